/**
 * `npm run bench:startup`: time from process start to the first successful answer (a token), with the
 * default history and with 1M payments of history (`--history`, once the search issue's flag is there),
 * and what importing `typebox` costs a cold node process. Median of BENCH_RUNS runs (default 5).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startChild } from './support/child.js';
import { median } from './support/load.js';
import { CLI, ROOT } from './support/paths.js';
import { accessToken, tokenRequest } from './support/requests.js';

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Spawn to the first 200 of the token endpoint, in ms (the "listening" line is not enough: it must answer). */
async function firstAnswer(args: readonly string[]): Promise<{ ms: number; listeningMs: number }> {
  const started = performance.now();
  const child = await startChild({
    name: 'sandbox',
    command: process.execPath,
    args: [CLI, '--port', '0', '--in-memory', ...args],
    ready: (out) => out.match(/listening on (https?:\/\/\S+)/)?.[1],
    timeoutMs: 300_000,
  });
  const listeningMs = performance.now() - started;
  await accessToken(child.url, tokenRequest());
  const ms = performance.now() - started;
  await child.stop();
  return { ms, listeningMs };
}

async function importMs(code: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
  return performance.now() - started;
}

async function main(): Promise<void> {
  const help = (await run(process.execPath, [CLI, '--help'])).stdout;
  const variants: [string, string[]][] = [['default history', []]];
  if (help.includes('--history')) variants.push(['1M payments of history', ['--history', '1000000']]);
  console.log(`start-up to the first token answer (median of ${RUNS}, --in-memory):\n`);
  for (const [name, args] of variants) {
    const runs: { ms: number; listeningMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstAnswer(args));
    console.log(
      `  ${name.padEnd(24)} first answer ${median(runs.map((r) => r.ms))
        .toFixed(0)
        .padStart(6)} ms` + `   (listening line ${median(runs.map((r) => r.listeningMs)).toFixed(0)} ms)`,
    );
  }
  if (!help.includes('--history'))
    console.log('  1M payments of history   not on this branch yet (--history, issue 3)');

  const node: number[] = [];
  const typebox: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(await importMs('0'));
    typebox.push(await importMs("await import('typebox')"));
    server.push(await importMs("await import('./dist/server/index.js')"));
  }
  const base = median(node);
  console.log(`\ncold imports (median of ${RUNS}): node alone ${base.toFixed(0)} ms;`);
  console.log(`  + typebox          ${(median(typebox) - base).toFixed(0).padStart(5)} ms`);
  console.log(
    `  + the whole server ${(median(server) - base).toFixed(0).padStart(5)} ms (typebox, ajv, hono, faker, lowdb...)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
