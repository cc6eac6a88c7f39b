import type { EpayHosts } from '../client/index.js';
import type { SandboxConfig } from '../server/core/index.js';

/** Hosts of the in-process sandbox (never resolved: requests go to `app.fetch`). */
export const IN_PROCESS_HOSTS: EpayHosts = {
  oauthUrl: 'http://epay-sandbox.in-process',
  apiUrl: 'http://epay-sandbox.in-process',
};

/** Options of the in-process emulator (the sandbox target, and the reference of a remote run's probes). */
export interface SandboxTargetOptions {
  /** Fidelity settings, e.g. `{ auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: 'number' } }`. */
  readonly config?: Partial<SandboxConfig>;
  readonly seed?: number;
}

/** An in-process emulator: a fetch into `app.fetch`, and its resolved settings. */
export interface InProcessSandbox {
  readonly fetch: typeof fetch;
  readonly config: SandboxConfig;
}

/**
 * Starts an in-memory emulator in this process (loaded on demand, so importing the kit stays light).
 *
 * @example
 * const sandbox = await startInProcessSandbox({ config: { auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: 'string' } } });
 * createEpayClient({ ...IN_PROCESS_HOSTS, credentials, fetch: sandbox.fetch });
 */
export async function startInProcessSandbox(options: SandboxTargetOptions = {}): Promise<InProcessSandbox> {
  const { createApp } = await import('../server/http/create-app.js');
  const app = createApp({
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  return {
    fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
    config: app.sandbox.config,
  };
}

/**
 * True for the bank's production hosts (the kit never writes there).
 *
 * @example
 * isProductionHost(EPAY_HOSTS.production); // true
 */
export function isProductionHost(hosts: EpayHosts): boolean {
  return [hosts.oauthUrl, hosts.apiUrl].some((url) =>
    /^https?:\/\/epay-(oauth|api)\.homebank\.kz(\/|$)/i.test(url),
  );
}
