import { describe, expect, it } from 'vitest';
import { WEBAPI_SCOPE } from '../support/http.js';
import { TERMINALS, transferBody } from '../support/transfers.js';
import {
  credentialsForm,
  fetchToken,
  NEW_API_URL,
  OLD_API_URL,
  OLD_OAUTH_URL,
  tokenForm,
  useEpayServer,
} from './support.js';

const { epay } = useEpayServer();

/** A transfer of order `orderId` through the older test host, with extra request headers. */
async function transfer(orderId: string, headers: Record<string, string> = {}) {
  const token = await fetchToken(OLD_OAUTH_URL, credentialsForm({ scope: 'transfer' }));
  const res = await fetch(`${OLD_API_URL}/payments/cards/auth`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(transferBody({ order: { id: orderId } })),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('forced outcomes from the control object', () => {
  it('declines the next transfer with the forced code, then transfers again', async () => {
    const scenario = await epay.forceOutcome('transfer', { kind: 'decline', code: 484 });
    expect(scenario).toMatchObject({ endpoint: 'transfer', remaining: 1 });
    expect(await transfer('810001')).toMatchObject({ status: 400, body: { code: 484, invoiceId: '810001' } });
    expect(await transfer('810002')).toMatchObject({ status: 200, body: { orderID: '810002' } });
    expect(await epay.scenarios()).toEqual([]);
  });

  it('fails every token request until the scenarios are cleared', async () => {
    await epay.forceOutcome('token', { kind: 'error', status: 503 }, { times: null });
    for (let i = 0; i < 2; i++) {
      const res = await fetch(OLD_OAUTH_URL, { method: 'POST', body: tokenForm() });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: 'temporarily_unavailable' });
    }
    expect(await epay.scenarios()).toMatchObject([{ endpoint: 'token', remaining: null, hits: 2 }]);
    await epay.clearScenarios();
    expect((await fetch(OLD_OAUTH_URL, { method: 'POST', body: tokenForm() })).status).toBe(200);
  });

  it('forgets its scenarios on reset()', async () => {
    await epay.forceOutcome('*', { kind: 'error', status: 500 }, { times: 3 });
    await epay.reset();
    expect(await epay.scenarios()).toEqual([]);
  });

  it('rejects an endpoint the sandbox does not serve, naming it', async () => {
    await expect(epay.forceOutcome('nope' as never, { kind: 'success' })).rejects.toThrow(
      /'nope' is not served/,
    );
  });

  it('honours the X-Sandbox-Outcome header of one intercepted request', async () => {
    expect(await transfer('810003', { 'X-Sandbox-Outcome': 'decline:484' })).toMatchObject({
      status: 400,
      body: { code: 484 },
    });
    expect(await transfer('810004')).toMatchObject({ status: 200 });
  });
});

describe('the clock of the control object', () => {
  it('expires tokens when advanced, and reset() puts it back', async () => {
    const token = await fetchToken(
      OLD_OAUTH_URL,
      credentialsForm({ scope: WEBAPI_SCOPE, terminal: TERMINALS.bodyExample }),
    );
    const status = () =>
      fetch(`${NEW_API_URL}/check-status/p2p/transaction/810005`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await status()).status).toBe(200);
    epay.clock.advance(2 * 3600_000 + 1000);
    expect((await status()).status).toBe(401);
    const before = epay.clock.now().getTime();
    await epay.reset();
    expect(epay.clock.now().getTime()).toBeLessThan(before - 3600_000);
  });
});
