/**
 * `npm run bench:throughput`: requests per second and latency of the sandbox per route, and the token and
 * status requests side by side with the physical limit (a minimal node `http` server answering a fixed
 * token JSON), the hono floor (a bare hono app on @hono/node-server answering the same JSON) and Stoplight
 * Prism mocking our OpenAPI document, with each server's CPU µs per request (from /proc: barely moved by
 * the other processes of a shared machine, unlike req/s). Loopback only; bounded in time (BENCH_SECONDS
 * per run, default 5, BENCH_ROUNDS interleaved rounds for the side by side, default 3). Prints figures,
 * asserts nothing.
 */
import type { ChildServer } from './support/child.js';
import { type LoadFigures, type LoadSpec, median, medianRun, runLoad } from './support/load.js';
import {
  accessToken,
  call,
  createOrderIds,
  INVOICE_MERCHANT,
  invoiceBody,
  invoiceTokenRequest,
  monthSearchBody,
  TEST,
  tokenRequest,
  transferBody,
  WEBAPI_SCOPE,
} from './support/requests.js';
import {
  PRISM_VERSION,
  startHonoFloorServer,
  startLimitServer,
  startPrism,
  startSandboxProcess,
  writeOpenApi,
} from './support/servers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STATUS_INVOICE = '700000000001';

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
const row = (name: string, f: LoadFigures, extra = '') =>
  `| ${name.padEnd(38)} | ${fmt(f.rps)} | ${fmt(f.p50, 1)} | ${fmt(f.p99, 1)} | ${String(f.non2xx + f.errors).padStart(5)} |${extra}`;
const HEADER = `| ${'route'.padEnd(38)} |    req/s | p50 (ms) | p99 (ms) | !2xx  |`;
const RULE = `|${'-'.repeat(40)}|----------|----------|----------|-------|`;
const SIDE_HEADER = `${HEADER} CPU µs/req |`;
const SIDE_RULE = `${RULE}------------|`;
const sideRow = (name: string, f: LoadFigures) =>
  row(name, f, ` ${f.cpuUs === undefined ? '       n/a' : fmt(f.cpuUs).padStart(10)} |`);

/** A load spec and the server it is sent to (for its CPU time). */
type ServerSpec = LoadSpec & { readonly server: ChildServer };

/**
 * Runs each spec once per round, interleaved (the machine is shared: noise hits every server alike). Each
 * result is the run of median req/s, with the median CPU µs per request of the rounds.
 */
async function sideBySide(specs: readonly ServerSpec[]): Promise<LoadFigures[]> {
  const runs: LoadFigures[][] = specs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { server, ...spec }] of specs.entries())
      runs[i]?.push(await runLoad({ connections: CONNECTIONS, ...spec }, SECONDS, 1, server.cpuMs));
  }
  return runs.map((r) => {
    const cpu = r.flatMap((f) => (f.cpuUs === undefined ? [] : [f.cpuUs]));
    return { ...medianRun(r), ...(cpu.length > 0 ? { cpuUs: median(cpu) } : {}) };
  });
}

async function paths(url: string): Promise<Set<string>> {
  const { body } = await call(url, { method: 'GET', path: '/openapi.json' });
  return new Set(Object.keys((body as { paths?: object }).paths ?? {}));
}

async function main(): Promise<void> {
  const started = performance.now();
  const servers: ChildServer[] = [];
  try {
    const openapi = await writeOpenApi();
    const sandbox = await startSandboxProcess();
    servers.push(sandbox);
    const limit = await startLimitServer();
    servers.push(limit);
    const floor = await startHonoFloorServer();
    servers.push(floor);
    const prism = await startPrism(openapi, 4010 + (process.pid % 1000));
    servers.push(prism);
    console.log(
      `sandbox ${sandbox.url} (data file, journal on: the defaults), limit ${limit.url}, hono floor ${floor.url}, ` +
        `prism ${PRISM_VERSION} ${prism.url}; ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections`,
    );

    // Status: a payment to look up, and a status token (003: client_credentials with a terminal).
    const created = await call(sandbox.url, {
      method: 'POST',
      path: '/_sandbox/payments',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'CHARGE', invoiceId: STATUS_INVOICE, amount: 100 }),
    });
    if (created.status !== 201)
      throw new Error(`could not create the status payment: ${JSON.stringify(created.body)}`);
    const statusToken = await accessToken(
      sandbox.url,
      tokenRequest(WEBAPI_SCOPE, { terminal: TEST.terminal }),
    );
    const status = (server: ChildServer) => ({
      server,
      url: server.url,
      method: 'GET' as const,
      path: `/check-status/payment/transaction/${STATUS_INVOICE}`,
      headers: { authorization: `Bearer ${statusToken}` },
    });

    console.log('\nSide by side (median round):\n');
    console.log(SIDE_HEADER);
    console.log(SIDE_RULE);
    const token = (server: ChildServer) => ({ server, url: server.url, ...tokenRequest() });
    const [tSandbox, tLimit, tFloor, tPrism] = (await sideBySide([
      token(sandbox),
      token(limit),
      token(floor),
      token(prism),
    ])) as [LoadFigures, LoadFigures, LoadFigures, LoadFigures];
    console.log(sideRow('token: sandbox', tSandbox));
    console.log(sideRow('token: limit (node http, fixed JSON)', tLimit));
    console.log(sideRow('token: hono floor (fixed JSON)', tFloor));
    console.log(sideRow(`token: prism ${PRISM_VERSION}`, tPrism));
    const [sSandbox, sLimit, sFloor, sPrism] = (await sideBySide([
      status(sandbox),
      status(limit),
      status(floor),
      status(prism),
    ])) as [LoadFigures, LoadFigures, LoadFigures, LoadFigures];
    console.log(sideRow('status: sandbox', sSandbox));
    console.log(sideRow('status: limit (node http, fixed JSON)', sLimit));
    console.log(sideRow('status: hono floor (fixed JSON)', sFloor));
    console.log(sideRow(`status: prism ${PRISM_VERSION}`, sPrism));
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)}%`;
    const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    console.log(
      `\nratios: token sandbox/limit ${pct(tSandbox.rps, tLimit.rps)} (target ≥ 50%), sandbox/prism ${times(tSandbox.rps, tPrism.rps)} (target ≥ 10×)`,
    );
    console.log(
      `        status sandbox/limit ${pct(sSandbox.rps, sLimit.rps)} (target ≥ 50%), sandbox/prism ${times(sSandbox.rps, sPrism.rps)} (target ≥ 10×)`,
    );
    const cpu = (a: LoadFigures, b: LoadFigures) =>
      a.cpuUs !== undefined && b.cpuUs !== undefined ? `${((100 * b.cpuUs) / a.cpuUs).toFixed(0)}%` : 'n/a';
    console.log(
      `CPU per request: token sandbox ${fmt(tSandbox.cpuUs ?? Number.NaN).trim()} µs = hono floor ` +
        `${fmt(tFloor.cpuUs ?? Number.NaN).trim()} + sandbox's own work; limit/sandbox ${cpu(tSandbox, tLimit)}`,
    );
    console.log(
      `                 status sandbox ${fmt(sSandbox.cpuUs ?? Number.NaN).trim()} µs = hono floor ` +
        `${fmt(sFloor.cpuUs ?? Number.NaN).trim()} + sandbox's own work; limit/sandbox ${cpu(sSandbox, sLimit)}`,
    );
    await prism.stop();
    await floor.stop();
    await limit.stop();

    console.log('\nSandbox per route (one run each):\n');
    console.log(HEADER);
    console.log(RULE);
    const one = ({ server, ...spec }: LoadSpec & { server?: ChildServer }) =>
      runLoad({ connections: CONNECTIONS, ...spec }, SECONDS, 1, server?.cpuMs);
    console.log(row('token (client_credentials)', await one({ url: sandbox.url, ...tokenRequest() })));
    console.log(row('status check (003)', await one(status(sandbox))));

    // P2P transfer with a fresh token per transfer (004): each connection alternates token -> transfer.
    const orderIds = createOrderIds(8);
    const transfer = await one({
      url: sandbox.url,
      requests: [
        {
          ...tokenRequest('transfer'),
          onResponse: (_status, body, context) => {
            (context as { token?: string }).token = (
              JSON.parse(body) as { access_token: string }
            ).access_token;
          },
        },
        {
          method: 'POST',
          path: '/payments/cards/auth',
          setupRequest: (req, context) => ({
            ...req,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${(context as { token?: string }).token}`,
            },
            body: transferBody(orderIds()),
          }),
        },
      ],
    });
    console.log(
      row(
        'P2P transfer (token + transfer)',
        { ...transfer, rps: transfer.rps / 2 },
        ' req/s = transfers/s; latency of both requests',
      ),
    );

    const served = await paths(sandbox.url);
    if (served.has('/operations')) {
      const searchToken = await accessToken(sandbox.url, {
        ...invoiceTokenRequest(),
        body: new URLSearchParams({
          grant_type: 'password',
          client_id: TEST.client_id,
          client_secret: TEST.client_secret,
          username: 'epay@halykbank.kz',
          password: 'XZG1E@Mm',
          scope: WEBAPI_SCOPE,
        }).toString(),
      });
      const search = await one({
        url: sandbox.url,
        method: 'POST',
        path: '/operations',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${searchToken}` },
        body: monthSearchBody(new Date()),
      });
      console.log(row('operations search (one month)', search));
    } else console.log(`| ${'operations search'.padEnd(38)} | not on this branch yet (issue 3)`);

    if (served.has('/invoice')) {
      const invoiceToken = await accessToken(sandbox.url, invoiceTokenRequest());
      const invoiceIds = createOrderIds(5);
      const invoice = await one({
        url: sandbox.url,
        requests: [
          {
            method: 'POST',
            path: '/invoice',
            setupRequest: (req) => ({
              ...req,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${invoiceToken}` },
              body: invoiceBody(invoiceIds()),
            }),
          },
        ],
      });
      console.log(row(`invoice create (${INVOICE_MERCHANT.client_id})`, invoice));
    } else console.log(`| ${'invoice create'.padEnd(38)} | not on this branch yet (issue 5)`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
  console.log(`\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
