// npm run bench:msw: time to create the msw handlers and answer the first request, cold, in fresh processes.
// Goal (issue 7): creating the handlers and answering the first request ≤ 50 ms with the default history.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GOAL_MS = 50;

interface Sample {
  importMs: number;
  coldCreateMs: number;
  coldListenMs: number;
  coldFirstAnswerMs: number;
  coldTotalMs: number;
  warmCreateMs: number;
  warmFirstAnswerMs: number;
  warmTotalMs: number;
  nextAnswerMs: number;
}

const TOKEN_FIELDS = {
  grant_type: 'client_credentials',
  client_id: 'test',
  client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  scope: 'payment',
  terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
  invoiceID: '000000001',
  amount: '100',
  currency: 'KZT',
};

/** A token request through msw to the bank's older test host; returns its duration in ms. */
async function timedTokenRequest(): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(TOKEN_FIELDS)) form.append(name, value);
  const start = performance.now();
  const res = await fetch('https://testoauth.homebank.kz/epay2/oauth2/token', { method: 'POST', body: form });
  await res.json();
  const elapsed = performance.now() - start;
  if (res.status !== 200) throw new Error(`token request answered ${res.status}`);
  return elapsed;
}

/**
 * One sample in a fresh process. Cold: the first handlers of the process (module code not yet compiled
 * by V8, ajv's first schema compile). Warm: the next handlers in the same process, as a second test file
 * in a vitest worker or a per-test sandbox in `server.boundary()` pays.
 */
async function sample(): Promise<Sample> {
  const t0 = performance.now();
  const { createEpayHandlers } = await import('../server/msw/index.js');
  const { setupServer } = await import('msw/node');
  const t1 = performance.now();

  const cold = createEpayHandlers();
  const t2 = performance.now();
  const server = setupServer(...cold);
  server.listen({ onUnhandledRequest: 'error' });
  const t3 = performance.now();
  const coldFirstAnswerMs = await timedTokenRequest();

  const t4 = performance.now();
  const warm = createEpayHandlers();
  const warmCreateMs = performance.now() - t4;
  server.use(...warm);
  const warmFirstAnswerMs = await timedTokenRequest();
  const nextAnswerMs = await timedTokenRequest();
  server.close();
  if (Object.keys(warm.state().tokens).length !== 2) throw new Error('the warm sandbox did not answer');

  return {
    importMs: t1 - t0,
    coldCreateMs: t2 - t1,
    coldListenMs: t3 - t2,
    coldFirstAnswerMs,
    coldTotalMs: t2 - t1 + coldFirstAnswerMs,
    warmCreateMs,
    warmFirstAnswerMs,
    warmTotalMs: warmCreateMs + warmFirstAnswerMs,
    nextAnswerMs,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  if (process.argv.includes('--sample')) {
    process.stdout.write(`${JSON.stringify(await sample())}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, [self, '--sample'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`sample ${i} failed:\n${run.stderr}`);
    samples.push(JSON.parse(run.stdout) as Sample);
  }
  const rows: [string, keyof Sample][] = [
    ['import epay-sandbox/msw + msw/node', 'importMs'],
    ['cold: createEpayHandlers()', 'coldCreateMs'],
    ['cold: setupServer().listen()', 'coldListenMs'],
    ['cold: first answer through msw', 'coldFirstAnswerMs'],
    ['cold: create + first answer', 'coldTotalMs'],
    ['warm: createEpayHandlers()', 'warmCreateMs'],
    ['warm: first answer through msw', 'warmFirstAnswerMs'],
    ['warm: create + first answer', 'warmTotalMs'],
    ['next answer through msw', 'nextAnswerMs'],
  ];
  console.log(
    `msw handlers: ${RUNS} fresh processes, node ${process.version}, default options (token request)`,
  );
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} (1 min) at the end`);
  console.log(`${'measure'.padEnd(40)}${'median ms'.padStart(10)}${'max ms'.padStart(10)}`);
  for (const [label, key] of rows) {
    const values = samples.map((s) => s[key]);
    console.log(
      `${label.padEnd(40)}${median(values).toFixed(1).padStart(10)}${Math.max(...values)
        .toFixed(1)
        .padStart(10)}`,
    );
  }
  for (const [label, key] of [
    ['cold', 'coldTotalMs'],
    ['warm', 'warmTotalMs'],
  ] as const) {
    const value = median(samples.map((s) => s[key]));
    console.log(
      `${label} create + first answer: ${value.toFixed(1)} ms median (goal ≤ ${GOAL_MS} ms): ${value <= GOAL_MS ? 'met' : 'NOT MET'}`,
    );
  }
}

await main();
