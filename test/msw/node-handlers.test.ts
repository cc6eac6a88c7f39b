import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, OAuthError, TokenResponse, validate } from '../../contracts/index.js';
import { createEpayHandlers, DEFAULT_EPAY_HOSTS } from '../../server/msw/index.js';
import { createTestApp } from '../support/http.js';
import {
  deterministic,
  fetchToken,
  NEW_API_URL,
  NEW_OAUTH_URL,
  OLD_API_URL,
  OLD_OAUTH_URL,
  tokenForm,
  useEpayServer,
} from './support.js';

const { epay, server } = useEpayServer();

describe('createEpayHandlers in Node (setupServer)', () => {
  it.each([
    ['older test host', OLD_OAUTH_URL],
    ['newer test host', NEW_OAUTH_URL],
    ['production host', 'https://epay-oauth.homebank.kz/oauth2/token'],
  ])('issues a token from the %s with the emulator', async (_name, url) => {
    const res = await fetch(url, { method: 'POST', body: tokenForm() });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { access_token: string };
    expect(validate(TokenResponse, body, 'strict').ok).toBe(true);
    expect(epay.state().tokens[body.access_token]).toMatchObject({
      clientId: 'test',
      binding: { invoiceId: '000000001', amount: 100, currency: 'KZT' },
    });
  });

  it.each(DEFAULT_EPAY_HOSTS)('answers every path of %s with the emulator', async (host) => {
    const res = await fetch(`${host}/_sandbox/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', name: 'epay-sandbox', seed: 42 });
  });

  it('answers the OAuth error shape given a wrong client secret', async () => {
    const res = await fetch(NEW_OAUTH_URL, { method: 'POST', body: tokenForm({ client_secret: 'wrong' }) });
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(validate(OAuthError, body, 'strict').ok).toBe(true);
    expect(body).toMatchObject({ error: 'invalid_client' });
  });

  it.each([
    ['older layout', `${OLD_API_URL}/no-such-route`],
    ['newer layout', `${NEW_API_URL}/no-such-route`],
  ])('answers an unknown API path on the %s in the bank error shape', async (_name, url) => {
    const res = await fetch(url, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(validate(ApiError, body, 'strict').ok).toBe(true);
    expect(body).toMatchObject({ code: 9020 });
  });

  it('answers exactly what the emulator app answers for the same inputs (one code path)', async () => {
    server.use(...createEpayHandlers(deterministic()));
    const viaMsw = await fetch(OLD_OAUTH_URL, { method: 'POST', body: tokenForm() });
    const direct = createTestApp(deterministic());
    const viaApp = await direct.request('/epay2/oauth2/token', { method: 'POST', body: tokenForm() });
    // Both sandboxes draw ids from the same seeded source: the answers are identical, token included.
    expect(viaMsw.status).toBe(viaApp.status);
    expect(await viaMsw.json()).toEqual(await viaApp.json());
  });

  it('lets server.use() override a route while the other routes keep the emulator', async () => {
    server.use(
      http.post(OLD_OAUTH_URL, () =>
        HttpResponse.json({ error: 'temporarily_unavailable' }, { status: 503 }),
      ),
    );
    const overridden = await fetch(OLD_OAUTH_URL, { method: 'POST', body: tokenForm() });
    expect(overridden.status).toBe(503);
    const emulated = await fetch(NEW_OAUTH_URL, { method: 'POST', body: tokenForm() });
    expect(emulated.status).toBe(200);
  });

  it('runs a separate sandbox per concurrent test inside server.boundary()', async () => {
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothInside = new Promise<void>((resolve) => {
      release = resolve;
    });
    const runIsolated = (seed: number) =>
      server.boundary(async () => {
        const own = createEpayHandlers({ seed });
        server.use(...own);
        arrived += 1;
        if (arrived === 2) release();
        await bothInside;
        const health = (await (await fetch(`${NEW_API_URL}/_sandbox/health`)).json()) as { seed: number };
        const token = await fetchToken(NEW_OAUTH_URL);
        return { seed: health.seed, token, own };
      })();
    const [a, b] = await Promise.all([runIsolated(1), runIsolated(2)]);
    expect([a.seed, b.seed]).toEqual([1, 2]);
    expect(Object.keys(a.own.state().tokens)).toEqual([a.token]);
    expect(Object.keys(b.own.state().tokens)).toEqual([b.token]);
    // Outside the boundaries the shared sandbox saw none of it.
    expect(epay.state().tokens).toEqual({});
  });

  it('intercepts a custom base URL and strips its path prefix', async () => {
    const own = createEpayHandlers({ hosts: ['http://localhost:8080/proxy/epay'] });
    server.use(...own);
    const res = await fetch('http://localhost:8080/proxy/epay/epay2/oauth2/token', {
      method: 'POST',
      body: tokenForm(),
    });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    expect(own.state().tokens[access_token]).toBeDefined();
    expect(own.hosts).toEqual(['http://localhost:8080/proxy/epay']);
  });
});

describe('sandbox control', () => {
  it('forgets issued tokens on reset()', async () => {
    const token = await fetchToken(NEW_OAUTH_URL);
    expect(epay.state().tokens[token]).toBeDefined();
    await epay.reset();
    expect(epay.state().tokens).toEqual({});
  });

  it('switches to another seed on reset(seed)', async () => {
    await epay.reset(9);
    expect(epay.sandbox.seed()).toBe(9);
    const health = (await (await fetch(`${NEW_API_URL}/_sandbox/health`)).json()) as { seed: number };
    expect(health.seed).toBe(9);
    await epay.reset(42);
  });

  it('returns a copy from state(): changing it does not change the sandbox', async () => {
    const token = await fetchToken(NEW_OAUTH_URL);
    const snapshot = epay.state();
    delete snapshot.tokens[token];
    expect(epay.state().tokens[token]).toBeDefined();
  });

  it('starts from initialState and returns to it on reset()', async () => {
    const token = await fetchToken(NEW_OAUTH_URL);
    const own = createEpayHandlers({ initialState: epay.state() });
    expect(own.sandbox.seed()).toBe(42);
    expect(own.state().tokens[token]).toBeDefined();
    own.sandbox.store.state.tokens = {};
    await own.reset();
    expect(own.state().tokens[token]).toBeDefined();
    await own.reset(5);
    expect(own.state().tokens).toEqual({});
  });

  it('refuses initialState that is not a sandbox state', () => {
    expect(() => createEpayHandlers({ initialState: { tokens: {} } as never })).toThrow(/schemaVersion 1/);
  });

  it('refuses a seed that contradicts initialState', () => {
    expect(() => createEpayHandlers({ seed: 1, initialState: epay.state() })).toThrow(/differs/);
  });

  it('generates the history size it is given', () => {
    const small = createEpayHandlers({ history: 0 });
    const standard = createEpayHandlers();
    expect(small.sandbox.payments.size).toBeLessThan(20);
    expect(standard.sandbox.payments.size).toBeGreaterThanOrEqual(1000);
  });

  it('follows the clock it is given', async () => {
    const { clock } = deterministic();
    const own = createEpayHandlers({ clock });
    const res = await own.app.request('/_sandbox/health');
    expect(await res.json()).toMatchObject({ time: '2026-11-27T10:00:00.000Z' });
    clock.advance(60_000);
    expect(own.clock.now().toISOString()).toBe('2026-11-27T10:01:00.000Z');
  });
});
