import { describe, expect, it } from 'vitest';
import { TokenResponse, validate } from '../../contracts/index.js';
import {
  clientCredentials,
  createTestApp,
  type FormEncoding,
  INVOICE_MERCHANT,
  postForm,
  TEST_MERCHANT,
  WEBAPI_SCOPE,
} from '../support/http.js';

describe('POST /oauth2/token', () => {
  it.each([
    ['/epay2/oauth2/token', 'multipart'],
    ['/oauth2/token', 'multipart'],
    ['/epay2/oauth2/token', 'urlencoded'],
    ['/oauth2/token', 'json'],
  ] as const)('issues a client_credentials token on %s from a %s body', async (path, encoding) => {
    const app = createTestApp();
    const res = await postForm(
      app,
      path,
      clientCredentials({
        terminal: TEST_MERCHANT.terminal,
        invoiceID: '000000001',
        amount: '100',
        currency: 'KZT',
      }),
      encoding as FormEncoding,
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(validate(TokenResponse, body).ok).toBe(true);
    expect(body).toMatchObject({
      expires_in: 7200,
      refresh_token: '',
      scope: 'payment',
      token_type: 'Bearer',
    });
    expect(body.access_token).toMatch(/^[A-Z0-9_-]{22}$/);
  });

  it('binds a client_credentials token to the order given at token time', async () => {
    const app = createTestApp();
    const res = await postForm(
      app,
      '/oauth2/token',
      clientCredentials({
        scope: 'transfer',
        terminal: 'c36b282f-6819-4d4f-85df-a4bdc8a8f703',
        invoiceID: '000000001',
        amount: '100',
        currency: 'kzt',
        postLink: 'https://shop.example/ok',
        failurePostLink: '',
        secret_hash: 'abc',
      }),
    );
    const { access_token } = (await res.json()) as { access_token: string };
    const record = app.sandbox.store.state.tokens[access_token];
    expect(record?.binding).toEqual({
      terminal: 'c36b282f-6819-4d4f-85df-a4bdc8a8f703',
      invoiceId: '000000001',
      amount: 100,
      currency: 'KZT',
      postLink: 'https://shop.example/ok',
      secretHash: 'abc',
    });
    expect(record?.scopes).toEqual(['transfer']);
    expect(record?.expiresAt).toBe('2026-11-27T12:00:00.000Z');
  });

  it('answers a password grant with scope api as 002 shows: the web API scopes, "900" and a refresh token', async () => {
    const app = createTestApp();
    const res = await postForm(app, '/epay2/oauth2/token', {
      grant_type: 'password',
      username: INVOICE_MERCHANT.username,
      password: INVOICE_MERCHANT.password,
      scope: 'api',
      client_id: INVOICE_MERCHANT.clientId,
      client_secret: INVOICE_MERCHANT.clientSecret,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ expires_in: '900', scope: WEBAPI_SCOPE, token_type: 'Bearer' });
    expect(body.refresh_token).toMatch(/^[A-Z0-9_-]{22}$/);
  });

  it('answers a password grant with scope transfer as 001 shows: 7200 as a number and no refresh token', async () => {
    const app = createTestApp();
    const res = await postForm(app, '/oauth2/token', {
      grant_type: 'password',
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope: 'transfer',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
    });
    expect(await res.json()).toMatchObject({ expires_in: 7200, refresh_token: '', scope: 'transfer' });
  });

  it('reads the spaced scope spelling of 000 ("web api user management ...") as the web API scopes', async () => {
    const app = createTestApp();
    const res = await postForm(app, '/oauth2/token', {
      grant_type: 'password',
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope: 'web api user management email_send verification statement statistics payment',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).scope).toBe(WEBAPI_SCOPE);
  });

  it('renews a password token with its refresh token, once', async () => {
    const app = createTestApp();
    const first = await (
      await postForm(app, '/oauth2/token', {
        grant_type: 'password',
        username: INVOICE_MERCHANT.username,
        password: INVOICE_MERCHANT.password,
        scope: 'api',
        client_id: INVOICE_MERCHANT.clientId,
        client_secret: INVOICE_MERCHANT.clientSecret,
      })
    ).json();
    const refresh = {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token as string,
      client_id: INVOICE_MERCHANT.clientId,
      client_secret: INVOICE_MERCHANT.clientSecret,
    };
    const renewed = await postForm(app, '/oauth2/token', refresh);
    expect(renewed.status).toBe(200);
    const body = await renewed.json();
    expect(body.access_token).not.toBe(first.access_token);
    expect(body.scope).toBe(WEBAPI_SCOPE);
    const reused = await postForm(app, '/oauth2/token', refresh);
    expect(reused.status).toBe(400);
    expect((await reused.json()).error).toBe('invalid_grant');
  });

  describe('errors', () => {
    const password = (extra: Record<string, string>) => ({
      grant_type: 'password',
      username: TEST_MERCHANT.username,
      password: TEST_MERCHANT.password,
      scope: 'transfer',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      ...extra,
    });

    it.each([
      [
        'an unknown client_id',
        clientCredentials({ client_id: 'nobody' }),
        401,
        'invalid_client',
        /unknown client_id 'nobody'/,
      ],
      [
        'a wrong client_secret',
        clientCredentials({ client_secret: 'nope' }),
        401,
        'invalid_client',
        /client_secret does not match/,
      ],
      [
        'an unknown user',
        password({ username: 'who@example.kz' }),
        400,
        'invalid_grant',
        /unknown user 'who@example.kz'/,
      ],
      ['a wrong password', password({ password: 'wrong' }), 400, 'invalid_grant', /wrong password/],
      [
        'the user of another merchant',
        password({ username: INVOICE_MERCHANT.username }),
        400,
        'invalid_grant',
        /unknown user/,
      ],
      [
        'an unsupported grant type',
        { ...clientCredentials(), grant_type: 'implicit' },
        400,
        'unsupported_grant_type',
        /'implicit' is not supported/,
      ],
      ['no grant type', { client_id: 'test' }, 400, 'invalid_request', /'grant_type' is required/],
      [
        'no client_secret',
        { grant_type: 'client_credentials', client_id: 'test', scope: 'payment' },
        400,
        'invalid_request',
        /'client_secret' is required/,
      ],
      [
        'no scope',
        { grant_type: 'client_credentials', client_id: 'test', client_secret: TEST_MERCHANT.clientSecret },
        400,
        'invalid_request',
        /'scope' is required/,
      ],
      ['a password grant without password', password({ password: '' }), 400, 'invalid_request', /'password'/],
      [
        'an unknown scope',
        clientCredentials({ scope: 'payment superuser' }),
        400,
        'invalid_scope',
        /unknown scope 'superuser'/,
      ],
      [
        'a negative amount',
        clientCredentials({ amount: '-5' }),
        400,
        'invalid_request',
        /'amount' must be a positive number/,
      ],
      ['a non-numeric amount', clientCredentials({ amount: 'ten' }), 400, 'invalid_request', /'amount'/],
      [
        'a bad currency',
        clientCredentials({ currency: 'TENGE' }),
        400,
        'invalid_request',
        /'currency' must be a 3-letter code/,
      ],
      [
        'an unknown refresh token',
        {
          grant_type: 'refresh_token',
          refresh_token: 'X',
          client_id: 'test',
          client_secret: TEST_MERCHANT.clientSecret,
        },
        400,
        'invalid_grant',
        /refresh_token is unknown/,
      ],
    ])(
      'refuses %s with an OAuth2 error naming the problem',
      async (_name, fields, status, error, description) => {
        const app = createTestApp();
        const res = await postForm(app, '/oauth2/token', fields as Record<string, string>);
        expect(res.status).toBe(status);
        const body = await res.json();
        expect(body).toEqual({ error, error_description: expect.stringMatching(description) });
      },
    );

    it('refuses malformed JSON with invalid_request and stores nothing', async () => {
      const app = createTestApp();
      const res = await app.request('/oauth2/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"grant_type": "client_credentials", ',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe('invalid_request');
      expect(Object.keys(app.sandbox.store.state.tokens)).toHaveLength(0);
    });

    it('refuses a file part in a multipart body', async () => {
      const app = createTestApp();
      const body = new FormData();
      for (const [k, v] of Object.entries(clientCredentials())) body.append(k, v);
      body.append('terminal', new Blob(['x']), 'terminal.txt');
      const res = await app.request('/oauth2/token', { method: 'POST', body });
      expect(res.status).toBe(400);
      expect((await res.json()).error_description).toMatch(/'terminal' must be text/);
    });

    it('refuses an unsupported content type', async () => {
      const app = createTestApp();
      const res = await app.request('/oauth2/token', {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: '<token/>',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error_description).toMatch(/application\/xml/);
    });
  });
});
