import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AfterResponseHook, EpayHosts } from '../../client/index.js';
import { maskSensitive, RECORDING_FORMAT, type Recording } from '../../server/core/index.js';

/** Saves a target's answers as masked recording files. */
export interface Recorder {
  /** Absolute folder the files go to. */
  readonly dir: string;
  /** The client hook that records the answers of one contract or probe. */
  hook(contract: string): AfterResponseHook;
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * Creates a recorder writing to `dir` (created if needed): one JSON file per answer,
 * `NNN-<contract>-<endpoint>-<status>.json`, with card numbers, tokens, secrets, e-mails and phones masked.
 * The sandbox replays such files: `epay-sandbox --recordings DIR` (docs/kit.md).
 *
 * @example
 * const recorder = await createRecorder('recordings', EPAY_HOSTS.homebankTest);
 * createEpayClient({ ...hosts, credentials, hooks: { afterResponse: [recorder.hook('my-check')] } });
 */
export async function createRecorder(dir: string, hosts: EpayHosts): Promise<Recorder> {
  const absolute = resolve(dir);
  await mkdir(absolute, { recursive: true });
  let sequence = 0;
  return {
    dir: absolute,
    hook: (contract) => async (exchange) => {
      sequence += 1;
      const base = new URL(exchange.endpoint.host === 'oauth' ? hosts.oauthUrl : hosts.apiUrl);
      const url = new URL(exchange.url);
      const prefix = base.pathname.replace(/\/+$/, '');
      const path =
        (url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname) + url.search;
      const request = {
        ...(exchange.request.json !== undefined ? { json: maskSensitive(exchange.request.json) } : {}),
        ...(exchange.request.form
          ? { form: maskSensitive(exchange.request.form) as Record<string, string> }
          : {}),
      };
      const recording: Recording = {
        format: RECORDING_FORMAT,
        endpoint: exchange.endpoint.id,
        method: exchange.method,
        path,
        ...(Object.keys(request).length > 0 ? { request } : {}),
        status: exchange.status,
        ...(exchange.body !== undefined ? { response: maskSensitive(exchange.body) } : {}),
        recordedAt: new Date().toISOString(),
        host: url.origin,
        contract,
      };
      const name = `${String(sequence).padStart(3, '0')}-${slug(contract)}-${exchange.endpoint.id}-${exchange.status}.json`;
      await writeFile(resolve(absolute, name), `${JSON.stringify(recording, null, 2)}\n`);
    },
  };
}
