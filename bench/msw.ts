// npm run bench:msw: time to create the msw handlers and answer the first request, cold, in fresh processes.
// Goal (issue 7): creating the handlers and answering the first request ≤ 50 ms with the default history.
//
// What the goal measures (the reading): from the call of createEpayHandlers() to the first answer's
// body, in a process that has already imported `epay-sandbox/msw` and `msw/node` (imports are paid once per
// test file whatever the handlers do, and are printed on their own line). `server.listen()` is msw's own
// set-up, between the two, and is not counted either. The first request is a token request (form-data, as
// the documents send it) through msw to the bank's older test host.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const GOAL_MS = 50;

interface Sample {
  importMs: number;
  coldCreateMs: number;
  coldListenMs: number;
  coldFirstAnswerMs: number;
  coldTotalMs: number;
  coldTotalCpuMs: number;
  coldAppMs: number;
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

const tokenForm = (): FormData => {
  const form = new FormData();
  for (const [name, value] of Object.entries(TOKEN_FIELDS)) form.append(name, value);
  return form;
};

/** A token request through msw to the bank's older test host; resolves when its body is read. */
async function tokenRequest(form: FormData): Promise<void> {
  const res = await fetch('https://testoauth.homebank.kz/epay2/oauth2/token', { method: 'POST', body: form });
  await res.json();
  if (res.status !== 200) throw new Error(`token request answered ${res.status}`);
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * One sample in a fresh process. Cold: the first handlers of the process (module code not yet compiled by
 * V8, first request through msw's interceptor). Warm: the next handlers in the same process, as a second
 * test file in a vitest worker or a per-test sandbox in `server.boundary()` pays.
 */
async function sample(): Promise<Sample> {
  const t0 = performance.now();
  const { createEpayHandlers } = await import('../server/msw/index.js');
  const { setupServer } = await import('msw/node');
  const t1 = performance.now();

  const coldForm = tokenForm();
  const cpu1 = process.cpuUsage();
  const c1 = performance.now();
  const cold = createEpayHandlers();
  const c2 = performance.now();
  // Time spent inside the emulator (app.fetch), to split the first answer between it and msw.
  const appFetch = cold.app.fetch;
  let coldAppMs = 0;
  cold.app.fetch = async (...args: Parameters<typeof appFetch>) => {
    const start = performance.now();
    try {
      return await appFetch.apply(cold.app, args);
    } finally {
      coldAppMs += performance.now() - start;
    }
  };
  const cpuCreate = cpuMs(cpu1);
  const server = setupServer(...cold);
  server.listen({ onUnhandledRequest: 'error' });
  const c3 = performance.now();
  const cpu3 = process.cpuUsage();
  await tokenRequest(coldForm);
  const c4 = performance.now();
  const coldTotalCpuMs = cpuCreate + cpuMs(cpu3);

  const w1 = performance.now();
  const warm = createEpayHandlers();
  const w2 = performance.now();
  server.use(...warm);
  await tokenRequest(tokenForm());
  const w3 = performance.now();
  const n1 = performance.now();
  await tokenRequest(tokenForm());
  const nextAnswerMs = performance.now() - n1;
  server.close();
  if (Object.keys(warm.state().tokens).length !== 2) throw new Error('the warm sandbox did not answer');
  if (Object.keys(cold.state().tokens).length !== 1) throw new Error('the cold sandbox did not answer');

  return {
    importMs: t1 - t0,
    coldCreateMs: c2 - c1,
    coldListenMs: c3 - c2,
    coldFirstAnswerMs: c4 - c3,
    coldTotalMs: c2 - c1 + (c4 - c3),
    coldTotalCpuMs,
    coldAppMs,
    warmCreateMs: w2 - w1,
    warmFirstAnswerMs: w3 - w2,
    warmTotalMs: w3 - w1,
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
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, [self, '--sample'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`sample ${i} failed:\n${run.stderr}`);
    samples.push(JSON.parse(run.stdout) as Sample);
  }
  const loadAfter = loadavg()[0] ?? Number.NaN;
  const rows: [string, keyof Sample][] = [
    ['import epay-sandbox/msw + msw/node', 'importMs'],
    ['cold: createEpayHandlers()', 'coldCreateMs'],
    ['cold: setupServer().listen() (not counted)', 'coldListenMs'],
    ['cold: first answer through msw', 'coldFirstAnswerMs'],
    ['  of which inside the emulator (app.fetch)', 'coldAppMs'],
    ['cold: create + first answer (the goal)', 'coldTotalMs'],
    ['cold: create + first answer, CPU time', 'coldTotalCpuMs'],
    ['warm: createEpayHandlers()', 'warmCreateMs'],
    ['warm: first answer through msw', 'warmFirstAnswerMs'],
    ['warm: create + first answer', 'warmTotalMs'],
    ['next answer through msw', 'nextAnswerMs'],
  ];
  console.log(
    `msw handlers: ${RUNS} fresh processes, node ${process.version}, default options (1000 payments)`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
  );
  console.log(
    '"cold: create + first answer" is the goal: createEpayHandlers() to the first token answer, after',
  );
  console.log(
    'the imports, msw listen() excluded. CPU time (user + system) moves less with the load than wall time.',
  );
  console.log(
    `${'measure'.padEnd(46)}${'median ms'.padStart(10)}${'min ms'.padStart(9)}${'max ms'.padStart(9)}`,
  );
  for (const [label, key] of rows) {
    const values = samples.map((s) => s[key]);
    console.log(
      `${label.padEnd(46)}${median(values).toFixed(1).padStart(10)}${Math.min(...values)
        .toFixed(1)
        .padStart(9)}${Math.max(...values)
        .toFixed(1)
        .padStart(9)}`,
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
