/**
 * `npm run bench:lookups`: starts the built sandbox with a large generated history (1,000,000 payments by
 * default) on 127.0.0.1 and prints
 * - how long the first check-status, transfer and P2P status of a fresh server take (lookups by order
 *   number), and the second check-status;
 * - the resident memory of the server with 1 and with 3 namespaces that have searched and checked a status
 *   (each namespace reads the shared history through the search indexes).
 *
 *   npm run bench:lookups -- [--history N] [--namespaces N]
 *
 * Loopback only; the child process is stopped at the end, also on failure. Prints figures, asserts nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: {
    history: { type: 'string', default: '1000000' },
    namespaces: { type: 'string', default: '3' },
  },
});
const HISTORY = Number(flags.history);
const NAMESPACES = Math.max(1, Number(flags.namespaces));
const CLI = resolve('dist/server/cli.js');
const MERCHANT = { client_id: 'test', client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG' };
const TERMINAL = '67e34d63-102f-4bd1-898e-370781d0074d';
/** 003's example payment (an example record of merchant test, on TERMINAL). */
const PAYMENT_INVOICE = '205218074';

function start(): Promise<{ child: ChildProcess; url: string; listeningMs: number }> {
  const began = performance.now();
  const args = ['--port', '0', '--in-memory', '--history', String(HISTORY), '--journal-size', '0'];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line after 180 s: ${out}`)), 180_000);
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

/** Resident memory of a process in MB, from /proc (Linux). */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

async function call(
  url: string,
  path: string,
  init: RequestInit & { namespace?: string; token?: string },
): Promise<{ ms: number; status: number; body: Record<string, unknown> }> {
  const headers = new Headers(init.headers);
  if (init.namespace) headers.set('X-Sandbox-Namespace', init.namespace);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string') headers.set('content-type', 'application/json');
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { ...init, headers });
  const text = await res.text();
  const ms = performance.now() - started;
  return { ms, status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function token(url: string, fields: Record<string, string>, namespace?: string): Promise<string> {
  const body = new URLSearchParams({ ...MERCHANT, ...fields });
  const answer = await call(url, '/oauth2/token', {
    method: 'POST',
    body,
    ...(namespace ? { namespace } : {}),
  });
  const value = answer.body.access_token;
  if (typeof value !== 'string') throw new Error(`token: ${JSON.stringify(answer.body)}`);
  return value;
}

const statusToken = (url: string, namespace?: string) =>
  token(url, { grant_type: 'client_credentials', scope: 'payment', terminal: TERMINAL }, namespace);
const transferToken = (url: string) =>
  token(url, {
    grant_type: 'password',
    scope: 'transfer',
    username: 'epay@halykbank.kz',
    password: 'XZG1E@Mm',
  });
const searchToken = (url: string, namespace?: string) =>
  token(
    url,
    {
      grant_type: 'password',
      scope: 'webapi',
      username: 'epay@halykbank.kz',
      password: 'XZG1E@Mm',
    },
    namespace,
  );

const paymentStatus = async (url: string, auth: string, namespace?: string) => {
  const answer = await call(url, `/check-status/payment/transaction/${PAYMENT_INVOICE}`, {
    token: auth,
    ...(namespace ? { namespace } : {}),
  });
  if (answer.body.resultCode !== '100') throw new Error(`check-status: ${JSON.stringify(answer.body)}`);
  return answer.ms;
};

/** Builds a namespace's search indexes (a search over the whole history) and looks a status up. */
async function useNamespace(url: string, namespace: string): Promise<void> {
  const auth = await searchToken(url, namespace);
  const answer = await call(url, '/operations', {
    method: 'POST',
    token: auth,
    namespace,
    body: JSON.stringify({
      paging: { page: 0, size: 20 },
      searchParameters: [
        { name: 'created_date', method: 'between', searchParameter: ['2000-01-01', '2100-01-01'] },
      ],
    }),
  });
  if (answer.status !== 200) throw new Error(`search in ${namespace}: ${JSON.stringify(answer.body)}`);
  await paymentStatus(url, await statusToken(url, namespace), namespace);
}

async function main(): Promise<void> {
  const server = await start();
  const pid = server.child.pid as number;
  try {
    const { url } = server;
    const ready = residentMb(pid);
    const status = await statusToken(url);
    const firstStatus = await paymentStatus(url, status);
    const secondStatus = await paymentStatus(url, status);
    const transfer = await call(url, '/payments/cards/auth', {
      method: 'POST',
      token: await transferToken(url),
      body: JSON.stringify({
        order: {
          amount: 100,
          currency: 'KZT',
          description: 'bench',
          id: String(Date.now()),
          terminalId: TERMINAL,
        },
        card: {
          sender: {
            transferType: 'TYPEPAN',
            cardCred: '4405639704015096',
            expire: { month: '01', year: '25' },
            cvc: '815',
          },
          receiver: { transferType: 'TYPEPAN', cardCred: '5522042705066736' },
        },
      }),
    });
    const p2p = await call(url, '/check-status/p2p/transaction/8161284658529816', { token: status });
    await useNamespace(url, 'default');
    const one = residentMb(pid);
    for (let n = 1; n < NAMESPACES; n++) await useNamespace(url, `bench-${n}`);
    const many = residentMb(pid);

    console.log(
      `epay-sandbox lookup benchmark: ${HISTORY.toLocaleString('en')} generated payments, node ${process.version}, 127.0.0.1`,
    );
    console.log(`start-up to "listening": ${(server.listeningMs / 1000).toFixed(2)} s`);
    console.log(`first check-status (payment ${PAYMENT_INVOICE}): ${firstStatus.toFixed(1)} ms`);
    console.log(`second check-status: ${secondStatus.toFixed(1)} ms`);
    console.log(
      `first transfer (duplicate order check; HTTP ${transfer.status}): ${transfer.ms.toFixed(1)} ms`,
    );
    console.log(`first P2P check-status (HTTP ${p2p.status}): ${p2p.ms.toFixed(1)} ms`);
    console.log(`resident memory when ready: ${ready.toFixed(0)} MB`);
    console.log(`resident memory, 1 namespace searched and checked: ${one.toFixed(0)} MB`);
    console.log(
      `resident memory, ${NAMESPACES} namespaces searched and checked: ${many.toFixed(0)} MB ` +
        `(+${((many - one) / Math.max(1, NAMESPACES - 1)).toFixed(0)} MB per further namespace)`,
    );
    console.log(`machine load average (1 min): ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
  } finally {
    server.child.kill('SIGTERM');
  }
}

await main();
