import {
  type AfterResponseHook,
  createEpayClient,
  EPAY_HOSTS,
  type EpayClient,
  type EpayCredentials,
  type EpayHosts,
  isEpayClientError,
  TEST_CREDENTIALS,
} from '../client/index.js';
import { endpoints, type ValidationMode } from '../contracts/index.js';
import { VERSION } from '../server/version.js';
import type { Contract } from './contract.js';
import {
  type ContractContext,
  ContractFailure,
  ContractSkip,
  createChecks,
  type TargetInfo,
} from './contract-context.js';
import { createEmulatorControl, detectEmulator, type EmulatorControl } from './emulator-control.js';
import type { Probe } from './probe.js';
import type { Recorder } from './record/index.js';
import { createRecorder } from './record/index.js';
import { createRedactor, type Redactor } from './redactor.js';
import type { ContractReport, ContractResult, ProbeResult } from './report.js';
import { ALL_CONTRACTS, ALL_PROBES } from './suites/index.js';
import {
  IN_PROCESS_HOSTS,
  type InProcessSandbox,
  isProductionHost,
  type SandboxTargetOptions,
  startInProcessSandbox,
} from './targets.js';
import { checkExchange } from './validate-exchange.js';

/** Options of {@link runContracts}. */
export interface RunContractsOptions {
  /** `sandbox` (default): an in-process emulator. `remote`: `hosts` over HTTP. */
  readonly target?: 'sandbox' | 'remote';
  /** Remote hosts (default: the bank's test hosts of the documents, {@link EPAY_HOSTS}.homebankTest). */
  readonly hosts?: EpayHosts;
  /** Credentials (default: the documented test merchant `test`). */
  readonly credentials?: EpayCredentials;
  /** The fetch of a remote run (default: the global fetch; pass an msw-intercepted one if you like). */
  readonly fetch?: typeof fetch;
  /** The emulator's settings: of the sandbox target, and of the reference a remote run's probes compare to. */
  readonly sandbox?: SandboxTargetOptions;
  /** Validation of answers (default: strict for the sandbox, open for a remote host). */
  readonly validation?: ValidationMode;
  /** Run contracts and probes that create data on a remote host (never on production). */
  readonly allowWrites?: boolean;
  /** Only contracts and probes whose name starts with one of these. */
  readonly only?: readonly string[];
  /** Contracts and probes to run (default: all of the kit). */
  readonly contracts?: readonly Contract[];
  readonly probes?: readonly Probe[];
  /** Saves every answer of the target (masked) as JSON files in this folder. */
  readonly record?: string;
  /** Per-request timeout (default 30 s). */
  readonly timeoutMs?: number;
  /** A drifting probe makes the report not ok. */
  readonly failOnDrift?: boolean;
  /** Called after each contract (progress). */
  readonly onResult?: (result: ContractResult) => void;
}

interface Target {
  readonly info: TargetInfo;
  readonly fetch: typeof fetch;
  /** Control routes when the target is an epay-sandbox. */
  readonly emulator: EmulatorControl | undefined;
}

/** A contract's bookkeeping while it runs. */
interface Run {
  readonly ctx: ContractContext;
  readonly problems: string[];
  readonly extraFields: Set<string>;
  readonly notes: string[];
  requests: number;
}

/**
 * Runs the contract suite and the fidelity probes against a target and returns the report. Every answer is
 * validated against the contract table (strictly against the emulator, openly against a remote host).
 *
 * @example
 * import { runContracts } from 'epay-sandbox/contracts';
 * const report = await runContracts({ target: 'sandbox' });
 * expect(report.contracts.filter((c) => c.result === 'fail')).toEqual([]);
 */
export async function runContracts(options: RunContractsOptions = {}): Promise<ContractReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const credentials = options.credentials ?? TEST_CREDENTIALS.test;
  const redactor = createRedactor();
  redactor.add(credentials.clientSecret);
  redactor.add(credentials.password);

  const kind = options.target ?? 'sandbox';
  const local: InProcessSandbox = await startInProcessSandbox(options.sandbox);
  const hosts = kind === 'sandbox' ? IN_PROCESS_HOSTS : (options.hosts ?? EPAY_HOSTS.homebankTest);
  if (kind === 'remote' && options.allowWrites && isProductionHost(hosts)) {
    throw new Error(
      'refusing --allow-writes against the production hosts: contracts that write create real orders',
    );
  }
  const validation = options.validation ?? (kind === 'sandbox' ? 'strict' : 'open');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const localControl = createEmulatorControl(IN_PROCESS_HOSTS.apiUrl, local.fetch, timeoutMs, 'strict');
  const targetFetch = kind === 'sandbox' ? local.fetch : (options.fetch ?? globalThis.fetch.bind(globalThis));
  const target: Target = {
    info: { kind, hosts, mode: validation },
    fetch: targetFetch,
    emulator:
      kind === 'sandbox'
        ? localControl
        : await detectEmulator(hosts.apiUrl, targetFetch, Math.min(timeoutMs, 10_000), validation),
  };
  const reference: Target = {
    info: { kind: 'sandbox', hosts: IN_PROCESS_HOSTS, mode: 'strict' },
    fetch: local.fetch,
    emulator: localControl,
  };
  const recorder = options.record ? await createRecorder(options.record, hosts) : undefined;

  const selected = <T extends { name: string }>(list: readonly T[]) =>
    options.only && options.only.length > 0
      ? list.filter((x) => options.only?.some((p) => x.name.startsWith(p)))
      : list;
  const skipReason = (item: { requires?: readonly string[]; endpoint: string; writes?: boolean }) => {
    const missing = (item.requires ?? [item.endpoint]).filter((id) => !(id in endpoints));
    if (missing.length > 0) return `endpoint ${missing.join(', ')} is not in the contract table yet`;
    if (item.writes && kind === 'remote' && !options.allowWrites) {
      return 'creates data on the remote host: run with --allow-writes';
    }
    return undefined;
  };

  const contracts: ContractResult[] = [];
  for (const contract of selected(options.contracts ?? ALL_CONTRACTS)) {
    const result = await runOne(
      contract,
      skipReason(contract),
      target,
      credentials,
      redactor,
      options,
      recorder,
    );
    contracts.push(result);
    options.onResult?.(result);
  }

  const probes: ProbeResult[] = [];
  for (const probe of selected(options.probes ?? ALL_PROBES)) {
    probes.push(
      await runProbe(
        probe,
        skipReason(probe),
        target,
        reference,
        local,
        credentials,
        redactor,
        options,
        recorder,
      ),
    );
  }

  const failed = contracts.filter((c) => c.result === 'fail').length;
  const drift = probes.filter((p) => p.drift).length;
  return {
    tool: { name: 'epay-sandbox', version: VERSION },
    target: {
      kind,
      oauthUrl: hosts.oauthUrl,
      apiUrl: hosts.apiUrl,
      validation,
      emulator: target.emulator !== undefined,
    },
    startedAt,
    durationMs: Math.round(performance.now() - started),
    ok: failed === 0 && !(options.failOnDrift && drift > 0),
    summary: {
      passed: contracts.filter((c) => c.result === 'pass').length,
      failed,
      skipped: contracts.filter((c) => c.result === 'skip').length,
      probes: probes.filter((p) => p.result !== 'skip').length,
      probesSkipped: probes.filter((p) => p.result === 'skip').length,
      drift,
    },
    contracts,
    probes,
    ...(recorder ? { recordedTo: recorder.dir } : {}),
  };
}

function startRun(
  name: string,
  target: Target,
  credentials: EpayCredentials,
  redactor: Redactor,
  options: RunContractsOptions,
  recorder: Recorder | undefined,
): Run {
  const notes: string[] = [];
  const run: Run = {
    ctx: undefined as unknown as ContractContext,
    problems: [],
    extraFields: new Set(),
    notes,
    requests: 0,
  };
  const hooks: AfterResponseHook[] = [
    (exchange) => {
      run.requests += 1;
      const body = exchange.body as { access_token?: unknown; refresh_token?: unknown } | undefined;
      if (typeof body?.access_token === 'string') redactor.add(body.access_token);
      if (typeof body?.refresh_token === 'string') redactor.add(body.refresh_token);
      const check = checkExchange(exchange, target.info.mode);
      for (const problem of check.problems) run.problems.push(`${check.label}: ${problem}`);
      for (const field of check.extraFields) run.extraFields.add(`${check.label}: ${field}`);
    },
  ];
  if (recorder) hooks.push(recorder.hook(name));
  const clientWith = (creds: EpayCredentials): EpayClient =>
    createEpayClient({
      ...target.info.hosts,
      credentials: creds,
      fetch: target.fetch,
      hooks: { afterResponse: hooks },
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  Object.assign(run, {
    ctx: {
      client: clientWith(credentials),
      clientWith,
      credentials,
      target: target.info,
      ...(target.emulator ? { emulator: target.emulator } : {}),
      ...createChecks(notes),
    },
  });
  return run;
}

async function runOne(
  contract: Contract,
  skipped: string | undefined,
  target: Target,
  credentials: EpayCredentials,
  redactor: Redactor,
  options: RunContractsOptions,
  recorder: Recorder | undefined,
): Promise<ContractResult> {
  const base = {
    name: contract.name,
    behaviour: contract.behaviour,
    endpoint: contract.endpoint,
    source: contract.source,
  };
  if (skipped)
    return {
      ...base,
      result: 'skip',
      durationMs: 0,
      reason: skipped,
      notes: [],
      extraFields: [],
      requests: 0,
    };
  const run = startRun(contract.name, target, credentials, redactor, options, recorder);
  const started = performance.now();
  let result: ContractResult['result'] = 'pass';
  let reason: string | undefined;
  try {
    await contract.run(run.ctx);
  } catch (error) {
    if (error instanceof ContractSkip) result = 'skip';
    else result = 'fail';
    reason = describeError(error);
  }
  if (run.problems.length > 0 && result !== 'skip') {
    result = 'fail';
    reason = [reason, `answer does not match the contract: ${run.problems.join('; ')}`]
      .filter(Boolean)
      .join('; ');
  }
  return {
    ...base,
    result,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    ...(reason ? { reason: redactor.text(reason) } : {}),
    notes: run.notes.map(redactor.text),
    extraFields: [...run.extraFields],
    requests: run.requests,
  };
}

async function runProbe(
  probe: Probe,
  skipped: string | undefined,
  target: Target,
  reference: Target,
  local: InProcessSandbox,
  credentials: EpayCredentials,
  redactor: Redactor,
  options: RunContractsOptions,
  recorder: Recorder | undefined,
): Promise<ProbeResult> {
  const base = { name: probe.name, question: probe.question, endpoint: probe.endpoint };
  if (skipped) return { ...base, result: 'skip', drift: false, reason: skipped, durationMs: 0 };
  const started = performance.now();
  const setting = probe.setting?.(local.config);
  try {
    const observed = redactor.text(
      await probe.observe(startRun(probe.name, target, credentials, redactor, options, recorder).ctx),
    );
    const sandboxObserved =
      target.info.kind === 'sandbox'
        ? observed
        : redactor.text(
            await probe.observe(
              startRun(probe.name, reference, credentials, redactor, options, undefined).ctx,
            ),
          );
    return {
      ...base,
      result: 'observed',
      target: observed,
      sandbox: { observed: sandboxObserved, ...(setting ? { setting } : {}) },
      drift: observed !== sandboxObserved,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    return {
      ...base,
      result: error instanceof ContractSkip ? 'skip' : 'error',
      drift: false,
      reason: redactor.text(describeError(error)),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

function describeError(error: unknown): string {
  if (error instanceof ContractFailure || error instanceof ContractSkip) return error.message;
  if (isEpayClientError(error)) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
