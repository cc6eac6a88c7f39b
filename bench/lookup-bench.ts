/**
 * `npm run bench:lookups`: starts the built sandbox with a large generated history (1,000,000 payments by
 * default) on 127.0.0.1 and prints
 * - how long the first check-status, transfer (its duplicate order check) and P2P status of a fresh server
 *   take (lookups by order number), and the second check-status;
 * - the resident memory of the server with 1 and with N namespaces that have searched and checked a status
 *   (each namespace reads the shared history through the search indexes).
 *
 *   npm run bench:lookups -- [--history N] [--namespaces N]
 *
 * Loopback only; the child process is stopped at the end, also on failure. Prints figures, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { call, TEST, tokenRequest, transferBody, WEBAPI_SCOPE } from './support/requests.js';
import { startSandboxProcess } from './support/servers.js';

const { values: flags } = parseArgs({
  options: {
    history: { type: 'string', default: '1000000' },
    namespaces: { type: 'string', default: '3' },
  },
});
const HISTORY = Number(flags.history);
const NAMESPACES = Math.max(1, Number(flags.namespaces));
/** 003's example payment (an example record of merchant test, on its terminal 98120001). */
const PAYMENT_INVOICE = '205218074';
/** 004's example transfer order (an example record of merchant test). */
const TRANSFER_ORDER = '8161284658529816';

interface Timed {
  readonly ms: number;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

async function timed(
  url: string,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Timed> {
  const started = performance.now();
  const { status, body } = await call(url, request);
  return { ms: performance.now() - started, status, body: body as Record<string, unknown> };
}

async function token(url: string, namespace: string, fields: Record<string, string>): Promise<string> {
  const request = tokenRequest(fields.scope, fields);
  const answer = await call(url, {
    ...request,
    headers: { ...request.headers, 'x-sandbox-namespace': namespace },
  });
  const value = (answer.body as { access_token?: string }).access_token;
  if (!value) throw new Error(`token: ${JSON.stringify(answer.body)}`);
  return value;
}

const statusToken = (url: string, namespace: string) =>
  token(url, namespace, { scope: 'payment', terminal: TEST.terminal });

async function paymentStatus(url: string, namespace: string, auth: string): Promise<number> {
  const answer = await timed(url, {
    method: 'GET',
    path: `/check-status/payment/transaction/${PAYMENT_INVOICE}`,
    headers: { authorization: `Bearer ${auth}`, 'x-sandbox-namespace': namespace },
  });
  if (answer.body.resultCode !== '100') throw new Error(`check-status: ${JSON.stringify(answer.body)}`);
  return answer.ms;
}

/** Builds a namespace's search indexes (a search over the whole history) and looks a status up. */
async function useNamespace(url: string, namespace: string): Promise<void> {
  const auth = await token(url, namespace, {
    grant_type: 'password',
    scope: WEBAPI_SCOPE,
    username: 'epay@halykbank.kz',
    password: 'XZG1E@Mm',
  });
  const answer = await call(url, {
    method: 'POST',
    path: '/operations',
    headers: {
      authorization: `Bearer ${auth}`,
      'content-type': 'application/json',
      'x-sandbox-namespace': namespace,
    },
    body: JSON.stringify({
      paging: { page: 0, size: 20 },
      searchParameters: [
        { name: 'created_date', method: 'between', searchParameter: ['2000-01-01', '2100-01-01'] },
      ],
    }),
  });
  if (answer.status !== 200) throw new Error(`search in ${namespace}: ${JSON.stringify(answer.body)}`);
  await paymentStatus(url, namespace, await statusToken(url, namespace));
}

const mb = (bytes: number | null) => (bytes === null ? Number.NaN : bytes / 1024 / 1024);

async function main(): Promise<void> {
  const server = await startSandboxProcess([
    '--in-memory',
    '--history',
    String(HISTORY),
    '--journal-size',
    '0',
  ]);
  try {
    const { url } = server;
    const ready = mb(await server.rss());
    const status = await statusToken(url, 'default');
    const firstStatus = await paymentStatus(url, 'default', status);
    const secondStatus = await paymentStatus(url, 'default', status);
    const transferToken = await token(url, 'default', { scope: 'transfer' });
    const transfer = await timed(url, {
      method: 'POST',
      path: '/payments/cards/auth',
      headers: { authorization: `Bearer ${transferToken}`, 'content-type': 'application/json' },
      body: transferBody(String(Date.now())),
    });
    const p2p = await timed(url, {
      method: 'GET',
      path: `/check-status/p2p/transaction/${TRANSFER_ORDER}`,
      headers: { authorization: `Bearer ${status}` },
    });
    await useNamespace(url, 'default');
    const one = mb(await server.rss());
    for (let n = 1; n < NAMESPACES; n++) await useNamespace(url, `bench-${n}`);
    const many = mb(await server.rss());

    console.log(
      `epay-sandbox lookup benchmark: ${HISTORY.toLocaleString('en')} generated payments, node ${process.version}, 127.0.0.1`,
    );
    console.log(`start-up to "listening": ${(server.readyMs / 1000).toFixed(2)} s`);
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
    await server.stop();
  }
}

await main();
