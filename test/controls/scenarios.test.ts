import { describe, expect, it } from 'vitest';
import { forcedOutcome } from '../../server/http/controls/index.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { probeEndpoint, send } from '../support/controls.js';
import { clientCredentials, createTestApp, getToken, postForm } from '../support/http.js';
import {
  getWith,
  postTransfer,
  postWith,
  statusToken,
  transferBody,
  transferToken,
} from '../support/transfers.js';

/** An app with test-only endpoints: a plain API route, and one with its own outcome renderer. */
async function appWithProbes() {
  const app = createTestApp();
  const handled: string[] = [];
  registerEndpoint(app, probeEndpoint('search'), (c) => {
    handled.push(`search:${forcedOutcome(c)?.kind ?? 'none'}`);
    return c.json({ totalCount: 0, records: [] });
  });
  // A test-only endpoint that passes its own renderer.
  registerEndpoint(app, probeEndpoint('custom'), (c) => c.json({}), {
    outcomes: {
      render: ({ outcome, message }) => ({ status: 418, body: { custom: outcome.kind, message } }),
    },
  });
  const token = await getToken(app, clientCredentials({ scope: 'webapi payment transfer' }));
  const auth = { authorization: `Bearer ${token}` };
  return { app, handled, auth };
}

const scenario = (app: ReturnType<typeof createTestApp>, body: unknown, headers = {}) =>
  send(app, 'POST', '/_sandbox/scenarios', body, headers);

describe('forced outcomes by scenario', () => {
  it('declines the next token request with invalid_client in the OAuth shape, then answers normally', async () => {
    const app = createTestApp();
    const created = await scenario(app, {
      endpoint: 'token',
      outcome: { kind: 'decline', code: 401 },
      times: 1,
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'sc_1', endpoint: 'token', times: 1, remaining: 1 });

    const forced = await postForm(app, '/oauth2/token', clientCredentials());
    expect(forced.status).toBe(401);
    expect(await forced.json()).toEqual({
      error: 'invalid_client',
      error_description: 'invalid_client forced by the sandbox',
    });
    expect(Object.keys(app.sandbox.store.state.tokens)).toHaveLength(0);

    const normal = await postForm(app, '/oauth2/token', clientCredentials());
    expect(normal.status).toBe(200);
    expect(await (await send(app, 'GET', '/_sandbox/scenarios')).json()).toEqual({ scenarios: [] });
  });

  it('answers a decline of an API route as HTTP 400 {code, message} with the bank message, without running the handler', async () => {
    const { app, handled, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 484 }, times: 1 });
    const res = await send(app, 'POST', '/api/_probe/search', {}, auth);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 484, message: 'Insufficient funds' });
    expect(handled).toEqual([]);
  });

  it('answers an error outcome with its status and code, 9400 when none is given', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'error', status: 503 }, times: 1 });
    await scenario(app, {
      endpoint: 'search',
      outcome: { kind: 'error', status: 500, code: 1234 },
      times: 1,
    });
    const first = await send(app, 'POST', '/_probe/search', {}, auth);
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ code: 9400, message: 'Forced error (sandbox scenario)' });
    const second = await send(app, 'POST', '/_probe/search', {}, auth);
    expect(second.status).toBe(500);
    expect((await second.json()).code).toBe(1234);
  });

  it('plays counted scenarios in the order they were added', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 466 }, times: 2 });
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 470 }, times: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await send(app, 'POST', '/_probe/search', {}, auth);
      codes.push(res.status === 200 ? 200 : (await res.json()).code);
    }
    expect(codes).toEqual([466, 466, 470, 200]);
  });

  it('applies a times:null scenario to every call until it is deleted', async () => {
    const { app, auth } = await appWithProbes();
    const created = await (
      await scenario(app, { endpoint: 'search', outcome: { kind: 'error', status: 502 }, times: null })
    ).json();
    for (let i = 0; i < 3; i++)
      expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(502);
    const listed = await (await send(app, 'GET', `/_sandbox/scenarios/${created.id}`)).json();
    expect(listed).toMatchObject({ remaining: null, hits: 3 });
    expect((await send(app, 'DELETE', `/_sandbox/scenarios/${created.id}`)).status).toBe(204);
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(200);
    expect((await send(app, 'DELETE', `/_sandbox/scenarios/${created.id}`)).status).toBe(404);
  });

  it('lets a counted scenario go before a persistent one, and DELETE /_sandbox/scenarios clears them all', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'error', status: 500 }, times: null });
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 484 }, times: 1 });
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(400);
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(500);
    expect(await (await send(app, 'DELETE', '/_sandbox/scenarios')).json()).toEqual({ deleted: 1 });
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(200);
  });

  it('answers the transfer endpoint in the error shape of 004, echoing the order id and account id, spending nothing', async () => {
    const app = createTestApp();
    const token = await transferToken(app);
    await scenario(app, { endpoint: 'transfer', outcome: { kind: 'decline', code: 484 }, times: 1 });
    const res = await postTransfer(app, token, transferBody());
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 484,
      message: 'Insufficient funds',
      invoiceId: '8161284658529816',
      id: '',
      reference: '',
      accountId: 'testUser1',
    });
    expect(Object.keys(app.sandbox.store.state.transfers)).toHaveLength(0);
    // The token was not spent: the next call goes through.
    expect((await postTransfer(app, token, transferBody())).status).toBe(200);
  });

  it('answers check-status with a forced resultCode and transaction null, as the bank puts results in the body', async () => {
    const app = createTestApp();
    const token = await statusToken(app);
    await scenario(app, { endpoint: 'paymentStatus', outcome: { kind: 'decline', code: 107 }, times: 1 });
    await scenario(app, { endpoint: 'p2pStatus', outcome: { kind: 'error', status: 503 }, times: 1 });
    const payment = await getWith(app, token, '/check-status/payment/transaction/000000001');
    expect(payment.status).toBe(200);
    expect(await payment.json()).toEqual({
      resultCode: '107',
      resultMessage: 'Try again later',
      transaction: null,
    });
    const p2p = await getWith(app, token, '/api/check-status/p2p/transaction/000000001');
    expect(p2p.status).toBe(503);
    expect(await p2p.json()).toEqual({
      resultCode: '103',
      resultMessage: 'Error, try again or contact support',
      transaction: null,
    });
  });

  it('refuses a check-status decline that is not one of its resultCodes', async () => {
    const res = await scenario(createTestApp(), {
      endpoint: 'paymentStatus',
      outcome: { kind: 'decline', code: 484 },
    });
    expect(await res.json()).toMatchObject({ code: 9402, message: expect.stringMatching(/101, 102, 103/) });
  });

  it('answers a lifecycle route in the {code, message} shape', async () => {
    const app = createTestApp();
    const token = await getToken(app, clientCredentials({ scope: 'webapi' }));
    await scenario(app, { endpoint: 'operationRefund', outcome: { kind: 'decline', code: 470 }, times: 1 });
    const res = await postWith(app, token, '/operation/any-id/refund?amount=10');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 470, message: 'Invalid amount' });
  });

  it('answers with the renderer an endpoint registered', async () => {
    const { app, auth } = await appWithProbes();
    const res = await send(
      app,
      'POST',
      '/_probe/custom',
      {},
      { ...auth, 'X-Sandbox-Outcome': 'decline:466' },
    );
    expect(res.status).toBe(418);
    expect(await res.json()).toEqual({ custom: 'decline', message: 'Declined' });
  });

  it('runs the handler on a forced success and tells it the outcome', async () => {
    const { app, handled, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'success' } });
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(200);
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(200);
    expect(handled).toEqual(['search:success', 'search:none']);
  });

  it('does not consume a scenario on a request that fails authentication', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 484 }, times: 1 });
    expect((await send(app, 'POST', '/_probe/search', {}, { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(400);
  });

  it('applies a * scenario to every endpoint', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: '*', outcome: { kind: 'error', status: 503 }, times: 2 });
    expect((await postForm(app, '/oauth2/token', clientCredentials())).status).toBe(503);
    const res = await send(app, 'POST', '/_probe/search', {}, auth);
    expect(res.status).toBe(503);
    expect((await postForm(app, '/oauth2/token', clientCredentials())).status).toBe(200);
  });

  it.each([
    [{ endpoint: 'nope', outcome: { kind: 'success' } }, 9404, /'nope' is not served.*token/],
    [
      { endpoint: 'token', outcome: { kind: 'decline', code: 484 } },
      9402,
      /token endpoint declines with 400, 401/,
    ],
    [{ endpoint: 'token', outcome: { kind: 'maybe' } }, 9402, /'kind' must be decline, error or success/],
    [{ endpoint: 'token', outcome: { kind: 'error', status: 200 } }, 9402, /HTTP status from 400 to 599/],
    [{ endpoint: 'token', outcome: { kind: 'decline' } }, 9402, /needs a 'code'/],
    [{ endpoint: 'token', outcome: { kind: 'success' }, times: 0 }, 9002, /'times' must be a positive/],
    [{ endpoint: 'token', outcome: { kind: 'success' }, when: 'now' }, 9002, /unknown field 'when'/],
    [{ outcome: { kind: 'success' } }, 9002, /'endpoint' is required/],
  ])('refuses the scenario %j with code %i', async (body, code, message) => {
    const res = await scenario(createTestApp(), body);
    expect(res.status).toBe(400);
    const answer = await res.json();
    expect(answer.code).toBe(code);
    expect(answer.message).toMatch(message);
  });
});

describe('forced outcome by the X-Sandbox-Outcome header', () => {
  it('declines one request, leaving the next one and the scenarios alone', async () => {
    const { app, auth } = await appWithProbes();
    const res = await send(
      app,
      'POST',
      '/_probe/search',
      {},
      { ...auth, 'X-Sandbox-Outcome': 'decline:484' },
    );
    expect(await res.json()).toEqual({ code: 484, message: 'Insufficient funds' });
    expect((await send(app, 'POST', '/_probe/search', {}, auth)).status).toBe(200);
  });

  it('forces token errors by OAuth error name', async () => {
    const app = createTestApp();
    const res = await app.request('/epay2/oauth2/token', {
      method: 'POST',
      headers: { 'X-Sandbox-Outcome': 'decline:invalid_grant' },
      body: new URLSearchParams(clientCredentials()),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_grant');
  });

  it('wins over a scenario and leaves it for the next call', async () => {
    const { app, auth } = await appWithProbes();
    await scenario(app, { endpoint: 'search', outcome: { kind: 'decline', code: 466 }, times: 1 });
    const forced = await send(
      app,
      'POST',
      '/_probe/search',
      {},
      { ...auth, 'X-Sandbox-Outcome': 'error:503:77' },
    );
    expect(forced.status).toBe(503);
    expect((await forced.json()).code).toBe(77);
    expect((await (await send(app, 'POST', '/_probe/search', {}, auth)).json()).code).toBe(466);
  });

  it.each([['maybe'], ['decline:'], ['error:200'], ['decline:484:1'], ['success:1']])(
    'refuses the header %s with code 9403',
    async (header) => {
      const { app, auth } = await appWithProbes();
      const res = await send(app, 'POST', '/_probe/search', {}, { ...auth, 'X-Sandbox-Outcome': header });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe(9403);
    },
  );

  it('refuses a decline the endpoint cannot answer (484 on the token endpoint)', async () => {
    const app = createTestApp();
    const res = await app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'X-Sandbox-Outcome': 'decline:484' },
      body: new URLSearchParams(clientCredentials()),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 9403,
      message: expect.stringMatching(/token endpoint declines/),
    });
  });
});
