import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Clock, SandboxConfig } from './core/index.js';
import { createInitialState, DEFAULT_CALLBACK_CONFIG, type StateStore } from './core/index.js';
import { createApp, DEFAULT_SEED, type EpayApp } from './http/create-app.js';
import { createFileNamespaceStorage, namespaceFolder } from './storage/file-namespace-storage.js';
import { openFileStore } from './storage/file-store.js';
import { createMemoryStore } from './storage/index.js';
import { type LoadedRecordings, loadRecordings } from './storage/load-recordings.js';
import { loadTlsCredentials, type TlsOptions } from './tls.js';

/** Default port of `npm start`. */
export const DEFAULT_PORT = 7070;
/** Default bind address: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';
/** Default data file, relative to the working directory. */
export const DEFAULT_DATA_FILE = '.epay-sandbox/data.json';

/** Options of {@link startSandbox}. */
export interface StartOptions {
  /** Port to listen on; 0 picks a free one. Default {@link DEFAULT_PORT}. */
  port?: number;
  /** Address to bind. Default 127.0.0.1. */
  host?: string;
  /** lowdb JSON data file. Default {@link DEFAULT_DATA_FILE}. Ignored with `inMemory`. */
  dataFile?: string;
  /** Keep state in memory only. */
  inMemory?: boolean;
  /** Seed; when the data file already exists its seed must match. Default: the file's seed, else 42. */
  seed?: number;
  /** Delays before each callback retry, in ms (default 10 s, 1 min, 5 min, 30 min, 2 h). */
  callbackRetryDelaysMs?: readonly number[];
  clock?: Clock;
  /**
   * Serve HTTPS: `true` uses a self-signed certificate generated on first use (kept in `tls/` next to the
   * data file; in memory with `inMemory`), or give `{ certFile, keyFile }`.
   */
  tls?: boolean | Pick<TlsOptions, 'certFile' | 'keyFile'>;
  /** Protects the `/_sandbox` routes (all but health) with this token. */
  adminToken?: string;
  /** Requests kept per namespace by the journal (default 500; 0 turns it off). */
  journalSize?: number;
  /** Fidelity settings (e.g. `{ auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: 'number' } }`). */
  config?: Partial<SandboxConfig>;
  /** Folder of recordings (`epay-sandbox contracts --record DIR`) to replay. */
  recordingsDir?: string;
  /** Generated payments in the history (default 1000). */
  history?: number;
}

/** A running sandbox server. */
export interface RunningSandbox {
  readonly url: string;
  readonly port: number;
  readonly app: EpayApp;
  /** Where state is kept: a file path, or `null` in memory. */
  readonly dataFile: string | null;
  /** With `tls`: the certificate clients should trust (null when generated in memory or without TLS). */
  readonly certFile: string | null;
  /** The recordings replayed (with `recordingsDir`). */
  readonly recordings?: LoadedRecordings;
  /** Stops accepting connections, then persists pending writes. */
  close(): Promise<void>;
}

/** Thrown when the data file and the requested seed disagree. */
export class SeedMismatchError extends Error {
  override name = 'SeedMismatchError';
}

async function openStore(options: StartOptions): Promise<{ store: StateStore; dataFile: string | null }> {
  if (options.inMemory) {
    return { store: createMemoryStore(createInitialState(options.seed ?? DEFAULT_SEED)), dataFile: null };
  }
  const dataFile = options.dataFile ?? DEFAULT_DATA_FILE;
  const store = await openFileStore(dataFile, () => createInitialState(options.seed ?? DEFAULT_SEED));
  if (options.seed !== undefined && store.state.seed !== options.seed) {
    const fileSeed = store.state.seed;
    await store.close();
    throw new SeedMismatchError(
      `data file ${dataFile} was created with seed ${fileSeed}, not ${options.seed}; ` +
        `use --seed ${fileSeed}, another --data file, or POST /_sandbox/reset {"seed": ${options.seed}}`,
    );
  }
  return { store, dataFile };
}

/**
 * Starts the sandbox as an HTTP server (node).
 *
 * @example
 * const sandbox = await startSandbox({ port: 0, inMemory: true });
 * await fetch(`${sandbox.url}/_sandbox/health`);
 * await sandbox.close();
 */
export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const recordings = options.recordingsDir ? await loadRecordings(options.recordingsDir) : undefined;
  const { store, dataFile } = await openStore(options);
  const tls = options.tls
    ? await loadTlsCredentials(
        options.tls === true
          ? { folder: dataFile ? join(dirname(dataFile), 'tls') : null }
          : { ...options.tls },
      )
    : undefined;
  const config: Partial<SandboxConfig> | undefined = options.callbackRetryDelaysMs
    ? {
        ...options.config,
        callbacks: {
          ...DEFAULT_CALLBACK_CONFIG,
          ...options.config?.callbacks,
          retryDelaysMs: options.callbackRetryDelaysMs,
        },
      }
    : options.config;
  const app = createApp({
    store,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(dataFile ? { namespaceStorage: createFileNamespaceStorage(namespaceFolder(dataFile)) } : {}),
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    ...(options.journalSize !== undefined ? { journalSize: options.journalSize } : {}),
    ...(recordings ? { recordings: recordings.recordings } : {}),
    ...(config ? { config } : {}),
    ...(options.history !== undefined ? { history: options.history } : {}),
  });
  // Build the search indexes before listening: "listening" then means ready (seconds at a million records).
  app.sandbox.search.warm();
  const host = options.host ?? DEFAULT_HOST;
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const listen = { fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host };
      const server = serve(
        tls
          ? { ...listen, createServer: createHttpsServer, serverOptions: { cert: tls.cert, key: tls.key } }
          : listen,
        (info) => resolve({ server, port: (info as AddressInfo).port }),
      );
      server.once('error', reject);
    },
  );
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://${urlHost}:${port}`,
    port,
    app,
    dataFile,
    certFile: tls?.certFile ?? null,
    ...(recordings ? { recordings } : {}),
    close() {
      app.controls.releaseHeld();
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      })
        // Stops every namespace's callback engine and persists pending writes.
        .then(() => app.controls.close())
        .then(() => store.close());
      return closing;
    },
  };
}
