import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ChildServer, listeningLine, startChild } from './child.js';
import { BENCH_OUT, CACHE, CLI } from './paths.js';

const run = promisify(execFile);

/** The Prism version compared (the last that runs on Node 20). */
export const PRISM_VERSION = '5.14.2';
const PRISM_DIR = join(CACHE, `prism-${PRISM_VERSION}`);
const PRISM_BIN = join(PRISM_DIR, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

/** A fresh temporary folder for data files. */
export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), `epay-bench-${prefix}-`));

/**
 * Starts the built sandbox CLI on a free loopback port with `args` (a fresh data file unless given).
 *
 * @example
 * const sandbox = await startSandboxProcess(['--in-memory']);
 */
export async function startSandboxProcess(
  args: readonly string[] = [],
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const hasStore = args.includes('--in-memory') || args.includes('--data');
  const data = hasStore ? [] : ['--data', join(await tempDir('data'), 'data.json')];
  return startChild({
    name: 'sandbox',
    command: process.execPath,
    args: [...nodeArgs, CLI, '--port', '0', ...data, ...args],
    ready: listeningLine,
  });
}

/**
 * Starts the minimal node `http` server answering a fixed token JSON (the physical limit).
 *
 * @example
 * const limit = await startLimitServer();
 */
export function startLimitServer(): Promise<ChildServer> {
  return startChild({
    name: 'limit',
    command: process.execPath,
    args: [join(BENCH_OUT, 'limit-server.js')],
    ready: listeningLine,
  });
}

/**
 * Starts the bare hono app on @hono/node-server answering the same fixed token JSON (the floor of the
 * sandbox's stack: what hono and its node adapter cost before the sandbox does anything).
 *
 * @example
 * const floor = await startHonoFloorServer();
 */
export function startHonoFloorServer(): Promise<ChildServer> {
  return startChild({
    name: 'hono floor',
    command: process.execPath,
    args: [join(BENCH_OUT, 'hono-floor-server.js')],
    ready: listeningLine,
  });
}

/**
 * Installs `@stoplight/prism-cli` (pinned) into the bench cache on first use, outside the project's
 * dependencies: it brings ~185 packages that nobody but this bench needs.
 *
 * @example
 * await ensurePrism(); // prints a line when it installs
 */
export async function ensurePrism(): Promise<string> {
  const manifest = join(PRISM_DIR, 'node_modules', '@stoplight', 'prism-cli', 'package.json');
  if (
    existsSync(PRISM_BIN) &&
    (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === PRISM_VERSION
  )
    return PRISM_BIN;
  await mkdir(PRISM_DIR, { recursive: true });
  console.log(`installing @stoplight/prism-cli@${PRISM_VERSION} into ${PRISM_DIR} (first run only)...`);
  await run(
    'npm',
    [
      'install',
      '--prefix',
      PRISM_DIR,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `@stoplight/prism-cli@${PRISM_VERSION}`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return PRISM_BIN;
}

/**
 * Generates the sandbox's OpenAPI document (`epay-sandbox openapi`) into a temporary file.
 *
 * @example
 * const file = await writeOpenApi();
 */
export async function writeOpenApi(): Promise<string> {
  const file = join(await tempDir('openapi'), 'openapi.json');
  await run(process.execPath, [CLI, 'openapi', '--out', file]);
  return file;
}

/**
 * Starts Prism mocking the OpenAPI document on a loopback port (static examples, its default).
 *
 * @example
 * const prism = await startPrism(await writeOpenApi(), 4010);
 */
export async function startPrism(openapiFile: string, port: number): Promise<ChildServer> {
  const bin = await ensurePrism();
  return startChild({
    name: 'prism',
    command: process.execPath,
    args: [bin, 'mock', openapiFile, '--host', '127.0.0.1', '--port', String(port)],
    ready: (out) => (out.includes('Prism is listening') ? `http://127.0.0.1:${port}` : undefined),
    timeoutMs: 120_000,
  });
}
