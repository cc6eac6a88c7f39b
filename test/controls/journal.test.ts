import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../server/core/index.js';
import { mayHoldCardData } from '../../server/http/controls/journal-capture.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { startSandbox } from '../../server/node.js';
import { probeEndpoint, send } from '../support/controls.js';
import { clientCredentials, createTestApp, getToken, postForm, TEST_MERCHANT } from '../support/http.js';

/** 004's transfer body, card data included. */
const TRANSFER_BODY = {
  order: { amount: 100, currency: 'KZT', id: '8161284658529816', accountID: 'testUser1' },
  card: {
    sender: {
      save: true,
      transferType: 'TYPEPAN',
      cvc: '815',
      expire: { month: '01', year: '25' },
      name: 'Arman Ali',
      cardCred: '4405639704015096',
    },
    receiver: { cardCred: 'fcf69516-f7e8-9b14-e053-1d1a000aef2f', transferType: 'TYPECARDID' },
  },
};

const journal = async (app: ReturnType<typeof createTestApp>, query = '') =>
  (await (await send(app, 'GET', `/_sandbox/requests${query}`)).json()) as {
    requests: JournalEntry[];
    size: number;
    capacity: number;
  };

describe('the request journal', () => {
  it('keeps a token exchange with the client secret masked and the token shortened', async () => {
    const app = createTestApp();
    for (const encoding of ['multipart', 'urlencoded', 'json'] as const) {
      await postForm(app, '/epay2/oauth2/token', clientCredentials(), encoding);
    }
    const { requests, size, capacity } = await journal(app);
    expect(size).toBe(3);
    expect(capacity).toBe(500);
    for (const entry of requests) {
      expect(entry).toMatchObject({
        method: 'POST',
        path: '/epay2/oauth2/token',
        endpoint: 'token',
        clientId: 'test',
        sandboxTime: '2026-11-27T10:00:00.000Z',
        request: {
          body: {
            grant_type: 'client_credentials',
            client_id: 'test',
            client_secret: '***',
            scope: 'payment',
          },
        },
        response: {
          status: 200,
          body: { access_token: expect.stringMatching(/^[A-Z0-9_-]{4}…\(22\)$/), token_type: 'Bearer' },
        },
      });
    }
    const text = JSON.stringify(requests);
    expect(text).not.toContain(TEST_MERCHANT.clientSecret);
    for (const token of Object.keys(app.sandbox.store.state.tokens)) expect(text).not.toContain(token);
  });

  it('never keeps a full card number or CVC, in the body, the query or the headers', async () => {
    const app = createTestApp();
    registerEndpoint(app, probeEndpoint('transfer'), (c) => c.json({ ok: true }));
    const token = await getToken(app, clientCredentials({ scope: 'transfer' }));
    await send(app, 'POST', '/api/_probe/transfer?pan=5522042705066736', TRANSFER_BODY, {
      authorization: `Bearer ${token}`,
      'user-agent': 'card 4003 0327 0454 7597',
    });
    const [entry] = (await journal(app, '?endpoint=transfer')).requests;
    const card = (entry?.request.body as typeof TRANSFER_BODY | undefined)?.card;
    if (!card) throw new Error('no transfer body in the journal');
    expect(card.sender).toMatchObject({ cvc: '***', cardCred: '440563...5096', name: 'Arman Ali' });
    expect(card.receiver.cardCred).toBe('fcf69516-f7e8-9b14-e053-1d1a000aef2f');
    expect(entry?.query).toBe('pan=552204...6736');
    expect(entry?.request.headers.authorization).toMatch(/^Bearer .{4}…\(22\)$/);
    expect(entry?.request.headers['user-agent']).toBe('card 400303...7597');
    const text = JSON.stringify(entry);
    for (const secret of [
      '4405639704015096',
      '5522042705066736',
      '4003 0327 0454 7597',
      '4003032704547597',
      '"815"',
      token,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps the headers of a request to the node server masked: a card number in a header, the bearer token', async () => {
    const server = await startSandbox({ port: 0, inMemory: true });
    try {
      const token = await getToken(server.app, clientCredentials());
      const check = (userAgent: string) =>
        fetch(`${server.url}/check-status/payment/transaction/123456789`, {
          headers: { authorization: `Bearer ${token}`, 'user-agent': userAgent, accept: 'application/json' },
        });
      expect((await check('card 4003032704547597')).status).toBe(200);
      expect((await check('integration-tests/1.0')).status).toBe(200);
      const listed = await fetch(`${server.url}/_sandbox/requests?endpoint=paymentStatus`);
      const [plain, card] = ((await listed.json()) as { requests: JournalEntry[] }).requests;
      const bearer = expect.stringMatching(/^Bearer .{4}…\(22\)$/);
      expect(card?.request.headers).toMatchObject({
        authorization: bearer,
        'user-agent': 'card 400303...7597',
        accept: 'application/json',
      });
      expect(plain?.request.headers).toMatchObject({
        authorization: bearer,
        'user-agent': 'integration-tests/1.0',
        accept: 'application/json',
      });
      const text = JSON.stringify([plain, card]);
      for (const secret of ['4003032704547597', token]) expect(text).not.toContain(secret);
    } finally {
      await server.close();
    }
  });

  it('records what a scenario or a fault did', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/scenarios', {
      endpoint: 'token',
      outcome: { kind: 'decline', code: 401 },
      times: 1,
    });
    await postForm(app, '/oauth2/token', clientCredentials());
    await send(app, 'POST', '/_sandbox/faults', {
      endpoint: 'token',
      effect: 'status',
      status: 503,
      times: 1,
    });
    await postForm(app, '/oauth2/token', clientCredentials());
    const { requests } = await journal(app, '?controlled=true');
    expect(requests.map((r) => [r.response.status, r.controls])).toEqual([
      [503, { faultIds: ['ft_1'], fault: 'status' }],
      [401, { outcome: 'decline:401', scenarioId: 'sc_1' }],
    ]);
  });

  it('filters by endpoint, method, status class, path, merchant, time and count', async () => {
    const app = createTestApp();
    await postForm(app, '/oauth2/token', clientCredentials());
    await postForm(app, '/oauth2/token', { ...clientCredentials(), client_secret: 'wrong' });
    await app.request('/api/nothing');
    await postForm(app, '/oauth2/token', {
      grant_type: 'password',
      client_id: 'halykfinanceUSD',
      client_secret: 'x',
      username: 'u',
      password: 'p',
      scope: 'webapi',
    });
    expect((await journal(app, '?status=4xx')).requests).toHaveLength(3);
    expect((await journal(app, '?status=200')).requests).toHaveLength(1);
    expect((await journal(app, '?endpoint=token')).requests).toHaveLength(3);
    expect((await journal(app, '?method=get')).requests.map((r) => r.path)).toEqual(['/api/nothing']);
    expect((await journal(app, '?path=nothing')).requests[0]?.response.body).toMatchObject({ code: 9020 });
    expect((await journal(app, '?clientId=halykfinanceUSD')).requests).toHaveLength(1);
    expect((await journal(app, '?limit=2')).requests.map((r) => r.id)).toEqual([4, 3]);
    expect((await journal(app, '?since=2999-01-01T00:00:00Z')).requests).toHaveLength(0);
    const one = await (await send(app, 'GET', '/_sandbox/requests/2')).json();
    expect(one.response.status).toBe(401);
  });

  it.each([['?status=600'], ['?since=yesterday'], ['?limit=0'], ['?colour=red'], ['?controlled=maybe']])(
    'refuses the filter %s with code 9002',
    async (query) => {
      const res = await send(createTestApp(), 'GET', `/_sandbox/requests${query}`);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe(9002);
    },
  );

  it('keeps only the last N exchanges, and none of the sandbox’s own routes', async () => {
    const app = createTestApp({ journalSize: 2 });
    for (let i = 0; i < 4; i++) await postForm(app, '/oauth2/token', clientCredentials());
    await send(app, 'GET', '/_sandbox/health');
    const { requests, size, capacity } = await journal(app);
    expect([size, capacity]).toEqual([2, 2]);
    expect(requests.map((r) => r.id)).toEqual([4, 3]);
  });

  it('keeps nothing with journalSize 0', async () => {
    const app = createTestApp({ journalSize: 0 });
    await postForm(app, '/oauth2/token', clientCredentials());
    expect((await journal(app)).requests).toEqual([]);
  });

  it('clears the journal on DELETE', async () => {
    const app = createTestApp();
    await postForm(app, '/oauth2/token', clientCredentials());
    expect(await (await send(app, 'DELETE', '/_sandbox/requests')).json()).toEqual({ deleted: 1 });
    expect((await journal(app)).size).toBe(0);
    expect((await send(app, 'GET', '/_sandbox/requests/1')).status).toBe(404);
  });

  it('notes a body over the limit without reading it', async () => {
    const app = createTestApp();
    await app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&pad=${'x'.repeat(1024 * 1024 + 10)}`,
    });
    const [entry] = (await journal(app)).requests;
    expect(entry?.response.status).toBe(413);
    expect(entry?.request.body).toBe('[not read: larger than the body limit]');
  });
});

describe('which request bodies the journal masks at once', () => {
  it.each([
    ['a card number', '{"cardCred":"4405639704015096"}'],
    ['a card number with spaces', '{"cardCred":"4405 6397 0401 5096"}'],
    ['a card number with dashes in a form', 'pan=4405-6397-0401-5096&x=1'],
    ['a card number with + for spaces in a form', 'pan=4405+6397+0401+5096'],
    ['a 12-digit card number', '{"card":"440563970401"}'],
    ['a CVC', '{"card":{"cvc":"815"}}'],
    ['a CVV2 in a form', 'CVV2=815'],
    ['a PIN', '{"Pin":"1234"}'],
    ['digits written as JSON escapes', '{"cardCred":"\\u0034\\u0034\\u0030\\u0035"}'],
    ['digits written as percent escapes', 'cardCred=%34%34%30%35'],
  ])('masks a body with %s when it is captured', (_name, text) => {
    expect(mayHoldCardData(text)).toBe(true);
  });

  it.each([
    [
      'a token request',
      'grant_type=client_credentials&client_id=test&client_secret=yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG&scope=payment',
    ],
    [
      'an invoice',
      '{"invoice_id":"700000000001","amount":100,"expire_period":"1d","recipient_contact_sms":"+77771111111"}',
    ],
    [
      'a search',
      '{"searchParameters":[{"name":"created_date","searchParameter":["2026-10-01T00:00:00Z","2026-11-01T00:00:00Z"]}]}',
    ],
  ])('keeps %s as sent until the journal is read', (_name, text) => {
    expect(mayHoldCardData(text)).toBe(false);
  });
});
