import { describe, expect, it } from 'vitest';
import { clientCredentials, createTestApp, getToken } from '../support/http.js';

describe('errors of the app', () => {
  it('answers an unknown route with a 404 in the bank error shape', async () => {
    const res = await createTestApp().request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      code: 9020,
      message: 'Not found: no route for GET /api/nothing-here',
    });
  });

  it('answers a body over 1 MiB with 413 in the bank error shape and stores nothing', async () => {
    const app = createTestApp();
    const res = await app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&pad=${'x'.repeat(1024 * 1024 + 10)}`,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: 9004, message: 'Request body too large' });
    expect(Object.keys(app.sandbox.store.state.tokens)).toHaveLength(0);
  });

  it('answers a bug with code 9500 and no stack trace', async () => {
    const app = createTestApp();
    app.get('/_boom', () => {
      throw new TypeError('secret internals at /home/x.ts:1');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await app.request('/_boom');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ code: 9500, message: 'Internal sandbox error' });
      expect(text).not.toMatch(/secret internals|\.ts:/);
    } finally {
      console.error = original;
    }
  });
});

describe('sandbox control', () => {
  it('reports health with the seed and the sandbox time', async () => {
    const res = await createTestApp({ seed: 9 }).request('/_sandbox/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      name: 'epay-sandbox',
      seed: 9,
      time: '2026-11-27T10:00:00.000Z',
    });
  });

  it('drops created tokens on reset and keeps the fixtures', async () => {
    const app = createTestApp();
    const token = await getToken(app, clientCredentials());
    const res = await app.request('/_sandbox/reset', { method: 'POST' });
    expect(await res.json()).toEqual({ status: 'reset', seed: 42 });
    expect(app.sandbox.store.state.tokens[token]).toBeUndefined();
    expect(await getToken(app, clientCredentials())).toMatch(/^[A-Z0-9_-]{22}$/);
  });

  it('resets to another seed when one is given', async () => {
    const app = createTestApp();
    const res = await app.request('/_sandbox/reset', { method: 'POST', body: JSON.stringify({ seed: 5 }) });
    expect(await res.json()).toEqual({ status: 'reset', seed: 5 });
  });

  it.each([['{"seed": -1}'], ['{"seed": "x"}'], ['[1]'], ['{oops']])(
    'refuses the reset body %s',
    async (body) => {
      const app = createTestApp();
      const res = await app.request('/_sandbox/reset', { method: 'POST', body });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBeGreaterThanOrEqual(9001);
      expect(app.sandbox.seed()).toBe(42);
    },
  );
});
