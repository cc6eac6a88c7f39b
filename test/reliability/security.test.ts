import { mkdtemp, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLoopbackClient } from '../../bench/support/loopback-client.js';
import { stateLogPath } from '../../server/storage/state-log.js';
import {
  clientCredentials,
  createTestApp,
  getToken,
  INVOICE_MERCHANT,
  WEBAPI_SCOPE,
} from '../support/http.js';
import { startCli } from '../support/process.js';
import { startReceiver } from '../support/receiver.js';
import { CARDS, transferBody } from '../support/transfers.js';
import { createFixtures, ROUTES, routePath, validBody } from './support/routes.js';

const ADMIN = 'admin-secret-for-the-walk';

/** Every full test card number, and CVC fields with digits, in any text. */
function cardData(text: string): string[] {
  const found = Object.values(CARDS)
    .map((c) => c.pan)
    .filter((pan) => text.includes(pan));
  const cvc = text.match(/"(cvc|cvv|cvc2)"\s*:\s*"?\d{3,4}/gi) ?? [];
  return [...found, ...cvc];
}

/** Sends a request of `endpoint` with `token` and B's ids in every path parameter. */
function send(
  app: ReturnType<typeof createTestApp>,
  endpoint: (typeof ROUTES)[number],
  path: string,
  token: string,
) {
  const body = validBody(endpoint);
  return app.request(path, {
    method: endpoint.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(endpoint.method !== 'GET' && body ? { body: JSON.stringify(body) } : {}),
  });
}

describe('security', () => {
  it("never shows or changes merchant B's records to merchant A's tokens, on any route of the endpoint table", async () => {
    const app = createTestApp();
    await createFixtures(app);
    // Merchant B (halykfinanceUSD): payments in AUTH and CHARGE on its own terminal.
    const bIds: string[] = [];
    for (const [status, invoiceId] of [
      ['AUTH', '800000000001'],
      ['CHARGE', '800000000002'],
    ] as const) {
      const res = await app.request('/_sandbox/payments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status, invoiceId, amount: 700, terminal: INVOICE_MERCHANT.terminal }),
      });
      expect(res.status).toBe(201);
      bIds.push(((await res.json()) as { id: string }).id);
    }
    const bRecords = () =>
      JSON.stringify(
        Object.values(app.sandbox.store.state.payments).filter((p) => p.clientId === 'halykfinanceUSD'),
      );
    const before = bRecords();
    const secrets = Object.values(app.sandbox.store.state.payments)
      .filter((p) => p.clientId === 'halykfinanceUSD')
      .flatMap((p) => [p.reference, (p as { intReference?: string }).intReference ?? p.reference]);
    let walked = 0;
    for (const endpoint of ROUTES) {
      if (endpoint.auth.kind === 'none') continue;
      for (const value of [...bIds, '800000000001', '800000000002']) {
        for (const layout of [0, 1] as const) {
          const tokenA = await getToken(
            app,
            clientCredentials({
              scope: `${WEBAPI_SCOPE} transfer`,
              terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
            }),
          );
          const path = routePath(endpoint, layout, await fakeFixtures(), {
            invoiceid: value,
            order: value,
            id: value,
          });
          const res = await send(app, endpoint, path, tokenA);
          const text = await res.text();
          for (const secret of secrets) expect(text, `${endpoint.id} ${path}`).not.toContain(secret);
          walked++;
        }
      }
    }
    expect(bRecords()).toBe(before);
    expect(walked).toBeGreaterThan(ROUTES.length);
  });

  it('refuses a merchant token on every /_sandbox control route when an admin token is set', async () => {
    const app = createTestApp({ adminToken: ADMIN });
    const payment = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'x-sandbox-admin-token': ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'AUTH',
        invoiceId: '800000000009',
        terminal: INVOICE_MERCHANT.terminal,
      }),
    });
    expect(payment.status).toBe(201);
    const before = JSON.stringify(app.sandbox.store.state.payments);
    const tokenA = await getToken(app, clientCredentials({ scope: WEBAPI_SCOPE }));
    const controlRoutes = app.routes.filter(
      (r) => r.path.startsWith('/_sandbox') && r.path !== '/_sandbox/health' && r.method !== 'ALL',
    );
    expect(controlRoutes.length).toBeGreaterThan(20);
    for (const route of controlRoutes) {
      const path = route.path.replace(/:(\w+)/g, 'default');
      const res = await app.request(path, {
        method: route.method,
        headers: { authorization: `Bearer ${tokenA}`, 'content-type': 'application/json' },
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      expect([401, 403], `${route.method} ${path}`).toContain(res.status);
    }
    expect(JSON.stringify(app.sandbox.store.state.payments)).toBe(before);
  });

  it('refuses expired, revoked and spent tokens on every bearer route', async () => {
    const app = createTestApp();
    const fixtures = await createFixtures(app);
    const scope = `${WEBAPI_SCOPE} transfer`;
    const terminal = '67e34d63-102f-4bd1-898e-370781d0074d';
    const revoked = await getToken(app, clientCredentials({ scope, terminal }));
    (app.sandbox.store.state.tokens[revoked] as { revokedAt?: string }).revokedAt = new Date().toISOString();
    const spent = await getToken(app, clientCredentials({ scope: 'transfer' }));
    const used = await app.request('/payments/cards/auth', {
      method: 'POST',
      headers: { authorization: `Bearer ${spent}`, 'content-type': 'application/json' },
      body: JSON.stringify(transferBody({ order: { id: '720000000001' } })),
    });
    expect(used.status).toBe(200);
    const expiring = await getToken(app, clientCredentials({ scope, terminal }));
    const bearerRoutes = ROUTES.filter((r) => r.auth.kind === 'bearer');
    const refusedEverywhere = async (kind: 'expired' | 'revoked' | 'spent', token: string) => {
      for (const endpoint of bearerRoutes) {
        // A spent one-operation token still reads status: only operations spend it (004).
        if (kind === 'spent' && (endpoint.id === 'paymentStatus' || endpoint.id === 'p2pStatus')) continue;
        for (const layout of [0, 1] as const) {
          const res = await send(app, endpoint, routePath(endpoint, layout, fixtures), token);
          const body = (await res.json()) as { message?: string };
          expect(res.status, `${kind} token on ${endpoint.id}`).toBe(401);
          expect(body.message).toMatch(
            { spent: /already used/, expired: /expired/, revoked: /revoked/ }[kind],
          );
        }
      }
    };
    await refusedEverywhere('revoked', revoked);
    await refusedEverywhere('spent', spent);
    app.clock.set(new Date(app.clock.now().getTime() + 7201_000));
    await refusedEverywhere('expired', expiring);
  });

  it('keeps full card numbers and CVCs out of the data file, the log, the output, the journal and the callbacks', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'epay-pan-'));
    const dataFile = join(folder, 'data.json');
    const receiver = await startReceiver();
    const sandbox = await startCli(['--port', '0', '--data', dataFile]);
    try {
      const client = createLoopbackClient(sandbox.url, 4);
      let n = 0;
      for (const card of Object.values(CARDS)) {
        for (const save of [false, true]) {
          const token = await client.send(
            'POST',
            '/oauth2/token',
            { 'content-type': 'application/x-www-form-urlencoded' },
            new URLSearchParams(
              clientCredentials({
                scope: 'transfer',
                postLink: `${receiver.url}/ok`,
                failurePostLink: `${receiver.url}/fail`,
              }),
            ).toString(),
          );
          const accessToken = (JSON.parse(token.text) as { access_token: string }).access_token;
          const answer = await client.send(
            'POST',
            '/payments/cards/auth',
            { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
            JSON.stringify(transferBody({ card, order: { id: `73000000000${n++}` }, sender: { save } })),
          );
          expect(cardData(answer.text)).toEqual([]);
        }
      }
      // A card number where none belongs (a description) is masked too.
      await client.send(
        'POST',
        '/_sandbox/payments',
        { 'content-type': 'application/json' },
        JSON.stringify({ card: CARDS.visa.pan, description: `card ${CARDS.master.pan}` }),
      );
      const received = await receiver.waitFor(1, 10_000);
      const journal = await client.send('GET', '/_sandbox/requests?limit=500');
      const callbacks = await client.send('GET', '/_sandbox/callbacks');
      const state = await client.send('GET', '/_sandbox/state');
      const log = await readFile(stateLogPath(dataFile), 'utf8');
      client.close();
      expect(await sandbox.stop()).toBe(0);
      const file = await readFile(dataFile, 'utf8');
      expect(journal.text).toContain('440563...5096');
      for (const [where, text] of Object.entries({
        journal: journal.text,
        callbacks: callbacks.text,
        state: state.text,
        'data file': file,
        'state log': log,
        output: sandbox.output(),
        'received callbacks': received.map((r) => r.body).join('\n'),
      })) {
        expect(cardData(text), where).toEqual([]);
      }
    } finally {
      await sandbox.stop();
      await receiver.close();
    }
  });

  it('binds to loopback only by default', async () => {
    const sandbox = await startCli(['--port', '0', '--in-memory']);
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const port = Number(new URL(sandbox.url).port);
      const outside = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => a?.address as string);
      for (const address of outside) {
        const reached = await new Promise<boolean>((resolve) => {
          const socket = connect({ host: address, port }, () => {
            socket.destroy();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
        expect(reached, `reachable on ${address}:${port}`).toBe(false);
      }
    } finally {
      await sandbox.stop();
    }
  });
});

/** Path defaults that point nowhere in particular (the walk fills every parameter itself). */
async function fakeFixtures() {
  return { authPaymentId: 'x', chargedPaymentId: 'x', chargedInvoiceId: 'x', transferOrderId: 'x' };
}
