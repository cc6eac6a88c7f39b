import { describe, expect, it } from 'vitest';
import { createExpiryQueue } from '../../server/core/auth/expiry-queue.js';
import {
  clientCredentials,
  createTestApp,
  getToken,
  postForm,
  TEST_MERCHANT,
  WEBAPI_SCOPE,
} from '../support/http.js';

const HOUR = 3600_000;

describe('the expiry queue', () => {
  it('gives back the keys due before an instant, earliest first, whatever order they were added in', () => {
    const queue = createExpiryQueue();
    const due = [50, 10, 40, 30, 20, 60, 5, 45];
    for (const at of due) queue.add(`k${at}`, at);
    expect(queue.takeDue(31)).toEqual(['k5', 'k10', 'k20', 'k30']);
    expect(queue.takeDue(31)).toEqual([]);
    expect(queue.takeDue(50)).toEqual(['k40', 'k45']);
    expect(queue.size).toBe(2);
    queue.clear();
    expect(queue.takeDue(1000)).toEqual([]);
  });
});

describe('forgetting old tokens', () => {
  it('keeps an expired token a day to say it expired, then forgets it once new tokens are issued', async () => {
    const app = createTestApp();
    const old = await getToken(app, clientCredentials());
    app.clock.advance(2 * HOUR + 23 * HOUR);
    await getToken(app, clientCredentials());
    expect(Object.hasOwn(app.sandbox.store.state.tokens, old)).toBe(true);
    expect(() => app.sandbox.tokens.authenticate(old, ['payment'])).toThrow(/expired at/);
    app.clock.advance(HOUR + 1);
    const fresh = await getToken(app, clientCredentials());
    expect(Object.hasOwn(app.sandbox.store.state.tokens, old)).toBe(false);
    expect(() => app.sandbox.tokens.authenticate(old, ['payment'])).toThrow(/unknown access token/);
    expect(app.sandbox.tokens.authenticate(fresh, ['payment']).clientId).toBe('test');
  });

  it('forgets expired refresh tokens and the tokens of a restored state too', async () => {
    const app = createTestApp();
    const password = {
      grant_type: 'password',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope: WEBAPI_SCOPE,
    };
    const answer = (await (await postForm(app, '/oauth2/token', password)).json()) as {
      refresh_token: string;
    };
    // A reset brings a new state; tokens written into it directly are queued when the service next looks.
    await app.sandbox.reset();
    app.sandbox.store.state.tokens.imported = {
      accessToken: 'imported',
      clientId: 'test',
      grantType: 'client_credentials',
      scopes: ['payment'],
      scope: 'payment',
      binding: {},
      issuedAt: '2026-11-27T10:00:00.000Z',
      expiresAt: '2026-11-27T12:00:00.000Z',
    };
    app.sandbox.store.state.refreshTokens[answer.refresh_token] = {
      refreshToken: answer.refresh_token,
      clientId: 'test',
      username: TEST_MERCHANT.username,
      scopes: ['webapi'],
      scope: 'webapi',
      issuedAt: '2026-11-27T10:00:00.000Z',
      expiresAt: '2026-11-28T10:00:00.000Z',
    };
    app.clock.advance(2 * 24 * HOUR);
    await getToken(app, clientCredentials());
    expect(Object.keys(app.sandbox.store.state.tokens)).not.toContain('imported');
    expect(Object.keys(app.sandbox.store.state.refreshTokens)).not.toContain(answer.refresh_token);
  });
});
