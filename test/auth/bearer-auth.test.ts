import { describe, expect, it } from 'vitest';
import type { EndpointContract } from '../../contracts/index.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { clientCredentials, createTestApp, getToken } from '../support/http.js';

/** A protected probe route, so the shared middleware is tested apart from any business route. */
const probe: EndpointContract = {
  id: 'probe',
  summary: 'test-only protected route',
  method: 'GET',
  host: 'api',
  path: '/_probe',
  auth: { kind: 'bearer', scopes: ['webapi', 'statement'] },
  responses: {},
  source: 'test',
};

function appWithProbe() {
  const app = createTestApp();
  registerEndpoint(app, probe, (c) => c.json({ clientId: c.get('token').clientId }));
  return app;
}

const call = (app: ReturnType<typeof appWithProbe>, token?: string, path = '/api/_probe') =>
  app.request(path, { headers: token === undefined ? {} : { authorization: token } });

describe('bearer auth of API routes', () => {
  it('lets a live token with a listed scope through, on both path layouts', async () => {
    const app = appWithProbe();
    const token = await getToken(app, clientCredentials({ scope: 'webapi' }));
    for (const path of ['/api/_probe', '/_probe']) {
      const res = await call(app, `Bearer ${token}`, path);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ clientId: 'test' });
    }
  });

  it.each([
    ['no Authorization header', undefined, /missing Bearer token/],
    ['a Basic header', 'Basic dGVzdDp0ZXN0', /missing Bearer token/],
    ['an unknown token', 'Bearer DCEB8O_ZM5U7SO_T_U5EJQ', /unknown access token/],
  ])('answers 401 given %s', async (_name, header, message) => {
    const res = await call(appWithProbe(), header);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 9010, message: expect.stringMatching(message) });
  });

  it('answers 401 once the token has expired (7200 s for client_credentials)', async () => {
    const app = appWithProbe();
    const token = await getToken(app, clientCredentials({ scope: 'statement' }));
    app.clock.advance(7199_000);
    expect((await call(app, `Bearer ${token}`)).status).toBe(200);
    app.clock.advance(1_000);
    const res = await call(app, `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect((await res.json()).message).toMatch(/expired at 2026-11-27T12:00:00.000Z/);
  });

  it('answers 403 naming the needed scope when the token lacks it', async () => {
    const app = appWithProbe();
    const token = await getToken(app, clientCredentials({ scope: 'transfer' }));
    const res = await call(app, `Bearer ${token}`);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      code: 9011,
      message:
        "Forbidden: insufficient scope: this route needs scope 'webapi' or 'statement'; the token has 'transfer'",
    });
  });

  it('answers 401 for a one-operation token that was already spent', async () => {
    const app = appWithProbe();
    const token = await getToken(app, clientCredentials({ scope: 'webapi' }));
    const record = app.sandbox.tokens.authenticate(token, []);
    app.sandbox.tokens.markUsed(record);
    const res = await call(app, `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect((await res.json()).message).toMatch(/already used/);
  });

  it('never shows one merchant the token of another as its own', async () => {
    const app = appWithProbe();
    const token = await getToken(app, {
      grant_type: 'password',
      username: 'halykfinanceUSD@halykbank.nb',
      password: 'XVp36qar',
      scope: 'api',
      client_id: 'halykfinanceUSD',
      client_secret: 'U01gQZVL##lJ$NhJ',
    });
    expect(await (await call(app, `Bearer ${token}`)).json()).toEqual({ clientId: 'halykfinanceUSD' });
  });
});
