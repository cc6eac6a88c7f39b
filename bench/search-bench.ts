/**
 * `npm run bench:search`: starts the built sandbox with a large generated history (1,000,000 payments by
 * default) on 127.0.0.1, measures start-up and resident memory, and loads each search query of issue 3
 * with autocannon for a bounded time, printing p50/p95/p99 latency and requests per second.
 *
 *   npm run bench:search -- [--history N] [--duration S] [--warmup S] [--connections C] [--journal-size N]
 *
 * Loopback only; every child process is stopped at the end, also on failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: flags } = parseArgs({
  options: {
    history: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '2' },
    'journal-size': { type: 'string', default: '0' },
  },
});
const HISTORY = Number(flags.history);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const WARMUP = Number(flags.warmup);
/** The request journal (issue 8) records every answer; off by default so the figures are the search's. */
const JOURNAL = String(Number(flags['journal-size']));
/** The built CLI (npm scripts run at the package root). */
const CLI = resolve('dist/server/cli.js');
const MERCHANT = {
  client_id: 'test',
  client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  username: 'epay@halykbank.kz',
  password: 'XZG1E@Mm',
};
const SHOP = 'a5bc9d98-38ea-4b9c-ba7f-65a4add02ed6';

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly listeningMs: number;
}

function start(): Promise<Started> {
  const began = performance.now();
  const args = ['--port', '0', '--in-memory', '--history', String(HISTORY), '--journal-size', JOURNAL];
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line after 120 s: ${out}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], listeningMs: performance.now() - began });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += String(chunk);
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
  });
}

/** Resident memory of a process in MB (current and peak), from /proc (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function token(url: string): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'password',
    scope: 'webapi usermanagement email_send verification statement statistics payment',
    ...MERCHANT,
  });
  const res = await fetch(`${url}/oauth2/token`, { method: 'POST', body: form });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token: ${JSON.stringify(body)}`);
  return body.access_token;
}

interface SearchAnswer {
  readonly totalCount: number;
  readonly records: { readonly invoiceId: string; readonly payerEmail: string }[];
}

async function search(url: string, auth: string, body: unknown): Promise<SearchAnswer> {
  const res = await fetch(`${url}/operations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as SearchAnswer;
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${JSON.stringify(answer)}`);
  return answer;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(url: string, auth: string, body: unknown, duration = DURATION) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/operations`,
        method: 'POST',
        headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections: CONNECTIONS,
        duration,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    requests: latencies.length,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

const between = (from: string, to: string) => ({
  name: 'created_date',
  method: 'between',
  searchParameter: [from, to],
});
const byDateDesc = [{ field: 'created_date', typeOrder: 'DESC' }];

async function main(): Promise<void> {
  const server = await start();
  try {
    const auth = await token(server.url);
    const end = new Date();
    end.setUTCHours(0, 0, 0, 0);
    const monthStart = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1));
    const monthEnd = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1) - 1);
    const month = between(monthStart.toISOString(), monthEnd.toISOString());
    const allYears = between('2000-01-01T00:00:00Z', end.toISOString());
    const first = performance.now();
    const sample = await search(server.url, auth, {
      paging: { page: 0, size: 20 },
      searchParameters: [month],
    });
    const firstMs = performance.now() - first;
    const inMonth = sample.totalCount;
    const total = (
      await search(server.url, auth, { paging: { page: 0, size: 1 }, searchParameters: [allYears] })
    ).totalCount;
    const invoice = sample.records[7]?.invoiceId ?? '';
    const prefix = `${(sample.records[3]?.payerEmail ?? 'a').slice(0, 4)}%`;
    const queries: [string, unknown][] = [
      [
        'one month, created_date DESC',
        { paging: { page: 0, size: 20 }, searchParameters: [month], orderParameters: byDateDesc },
      ],
      [
        'one month + in shop_id',
        {
          paging: { page: 0, size: 20 },
          searchParameters: [month, { name: 'shop_id', method: 'in', searchParameter: [SHOP] }],
          orderParameters: byDateDesc,
        },
      ],
      [
        `one month + like '${prefix}' payer_email`,
        {
          paging: { page: 0, size: 20 },
          searchParameters: [month, { name: 'payer_email', method: 'like', searchParameter: [prefix] }],
          orderParameters: byDateDesc,
        },
      ],
      [
        'one month + = invoice_id',
        {
          paging: { page: 0, size: 20 },
          searchParameters: [month, { name: 'invoice_id', method: '=', searchParameter: [invoice] }],
        },
      ],
      [
        `one month, deep page (skip ${inMonth - 40})`,
        {
          paging: { page: Math.max(0, inMonth - 40), size: 20 },
          searchParameters: [month],
          orderParameters: byDateDesc,
        },
      ],
      [
        'all five years + = invoice_id',
        {
          paging: { page: 0, size: 20 },
          searchParameters: [allYears, { name: 'invoice_id', method: '=', searchParameter: [invoice] }],
        },
      ],
      [
        `all five years + like '${prefix}' payer_email`,
        {
          paging: { page: 0, size: 20 },
          searchParameters: [allYears, { name: 'payer_email', method: 'like', searchParameter: [prefix] }],
          orderParameters: byDateDesc,
        },
      ],
      [
        'all five years, deep page (half way)',
        { paging: { page: 'HALF', size: 20 }, searchParameters: [allYears], orderParameters: byDateDesc },
      ],
    ];
    const ready = memory(server.child.pid as number);
    const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(
      `epay-sandbox search benchmark: ${HISTORY.toLocaleString('en')} generated payments (merchant test: ${inMonth.toLocaleString('en')} in the month queried)`,
    );
    console.log(
      `node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s per query after ${WARMUP} s of warm-up each, journal size ${JOURNAL}, 127.0.0.1`,
    );
    console.log(
      `start-up to "listening" (history generated, indexes built): ${(server.listeningMs / 1000).toFixed(2)} s`,
    );
    console.log(`first search after start: ${firstMs.toFixed(1)} ms`);
    console.log(`resident memory when ready: ${ready.rss.toFixed(0)} MB`);
    console.log(`machine load average (1 min) at start: ${load1}\n`);
    console.log('| query | p50 ms | p95 ms | p99 ms | req/s | requests | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const bodies = queries.map(([name, template]) => ({
      name,
      body: JSON.parse(JSON.stringify(template).replace('"HALF"', String(Math.floor(total / 2)))) as unknown,
    }));
    // Warm-up, not measured: compiles the hot paths and lets the collector settle after start-up.
    if (WARMUP > 0) for (const { body } of bodies) await load(server.url, auth, body, WARMUP);
    for (const { name, body } of bodies) {
      const answer = await search(server.url, auth, body);
      const r = await load(server.url, auth, body);
      console.log(
        `| ${name} (total ${answer.totalCount}) | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.requests} | ${r.errors} |`,
      );
    }
    const after = memory(server.child.pid as number);
    console.log(
      `\nresident memory after the runs: ${after.rss.toFixed(0)} MB (peak ${after.peak.toFixed(0)} MB)`,
    );
  } finally {
    server.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
