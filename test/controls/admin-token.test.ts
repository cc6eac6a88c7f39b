import { describe, expect, it } from 'vitest';
import { send } from '../support/controls.js';
import { clientCredentials, createTestApp, postForm } from '../support/http.js';

const ADMIN = 'correct-horse-battery';

describe('the admin token', () => {
  it('refuses /_sandbox routes without it, with code 9407 and a Basic challenge for browsers', async () => {
    const app = createTestApp({ adminToken: ADMIN });
    for (const [method, path] of [
      ['GET', '/_sandbox'],
      ['GET', '/_sandbox/scenarios'],
      ['POST', '/_sandbox/reset'],
      ['GET', '/_sandbox/requests'],
      ['PUT', '/_sandbox/state'],
    ] as const) {
      const res = await send(app, method, path);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="epay-sandbox admin"/);
      expect((await res.json()).code).toBe(9407);
    }
  });

  it('accepts it as a Bearer token, as X-Sandbox-Admin-Token, or as the Basic password', async () => {
    const app = createTestApp({ adminToken: ADMIN });
    const ways: Record<string, string>[] = [
      { authorization: `Bearer ${ADMIN}` },
      { 'X-Sandbox-Admin-Token': ADMIN },
      { authorization: `Basic ${btoa(`anyone:${ADMIN}`)}` },
    ];
    for (const headers of ways) {
      expect((await send(app, 'GET', '/_sandbox/scenarios', undefined, headers)).status).toBe(200);
    }
  });

  it('refuses a wrong token', async () => {
    const app = createTestApp({ adminToken: ADMIN });
    const res = await send(app, 'GET', '/_sandbox/clock', undefined, {
      authorization: 'Bearer correct-horse-batterz',
    });
    expect(res.status).toBe(401);
    expect((await res.json()).message).toMatch(/does not match/);
  });

  it('leaves health and the bank routes open', async () => {
    const app = createTestApp({ adminToken: ADMIN });
    expect((await send(app, 'GET', '/_sandbox/health')).status).toBe(200);
    expect((await postForm(app, '/oauth2/token', clientCredentials())).status).toBe(200);
  });

  it('is not needed when the server has none', async () => {
    expect((await send(createTestApp(), 'GET', '/_sandbox/scenarios')).status).toBe(200);
  });
});
