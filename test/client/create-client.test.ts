import { describe, expect, it } from 'vitest';
import {
  createEpayClient,
  EPAY_HOSTS,
  EpayApiError,
  EpayClientError,
  type EpayExchange,
  EpayNetworkError,
  EpayOAuthError,
  EpayResponseError,
  type EpayTimeoutError,
  endpointUrl,
  isEpayApiError,
  isEpayClientError,
  isEpayNetworkError,
  isEpayOAuthError,
  isEpayResponseError,
  isEpayTimeoutError,
  sandboxHosts,
  TEST_CREDENTIALS,
} from '../../client/index.js';
import { endpoints, TokenResponse, validate } from '../../contracts/index.js';
import { appFetch, createTestApp } from '../support/http.js';

const WEBAPI = 'webapi usermanagement email_send verification statement statistics payment';

function sandboxClient(extra: Partial<Parameters<typeof createEpayClient>[0]> = {}) {
  const app = createTestApp();
  const exchanges: EpayExchange[] = [];
  const client = createEpayClient({
    ...sandboxHosts('http://sandbox.test'),
    credentials: TEST_CREDENTIALS.test,
    fetch: appFetch(app),
    hooks: { afterResponse: [(e) => void exchanges.push(e)] },
    ...extra,
  });
  return { app, client, exchanges };
}

describe('createEpayClient token methods', () => {
  it('gets a transfer token with the password grant of 001', async () => {
    const { client } = sandboxClient();
    const token = await client.tokens.password({ scope: 'transfer' });
    expect(validate(TokenResponse, token).ok).toBe(true);
    expect(token).toMatchObject({ scope: 'transfer', refresh_token: '', expires_in: 7200 });
  });

  it('asks for scope api by default and is answered the web API scope set (002)', async () => {
    const { client } = sandboxClient({ credentials: TEST_CREDENTIALS.halykfinanceUSD });
    const token = await client.tokens.password();
    expect(token.scope).toBe(WEBAPI);
    expect(token.expires_in).toBe('900');
  });

  it('binds a client_credentials token to an order and sends the credentials terminal (003, 004)', async () => {
    const { client, app, exchanges } = sandboxClient();
    const token = await client.tokens.clientCredentials({
      scope: 'transfer',
      invoiceID: '000000001',
      amount: 100,
      currency: 'KZT',
    });
    expect(token.scope).toBe('transfer');
    expect(exchanges[0]?.request.form).toMatchObject({
      terminal: TEST_CREDENTIALS.test.terminal,
      amount: '100',
    });
    const record = app.sandbox.store.state.tokens[token.access_token];
    expect(record?.binding).toMatchObject({ invoiceId: '000000001', amount: 100, currency: 'KZT' });
  });

  it('renews a web API password token with its refresh token', async () => {
    const { client } = sandboxClient();
    const first = await client.tokens.password({ scope: 'api' });
    const renewed = await client.tokens.refresh(first.refresh_token);
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.scope).toBe(WEBAPI);
  });

  it('works on the older /epay2 and /api layout as on the newer one', async () => {
    const { client, exchanges } = sandboxClient({
      oauthUrl: 'http://sandbox.test/epay2',
      apiUrl: 'http://sandbox.test/api',
    });
    await client.tokens.clientCredentials();
    expect(exchanges[0]?.url).toBe('http://sandbox.test/epay2/oauth2/token');
    expect(exchanges[0]?.status).toBe(200);
  });

  it('refuses a password grant without a cabinet user in the credentials', () => {
    const { client } = sandboxClient({ credentials: { clientId: 'test', clientSecret: 'x' } });
    expect(() => client.tokens.password()).toThrow(/credentials.username/);
  });
});

describe('createEpayClient errors', () => {
  it('throws an EpayOAuthError with status, error and description for a wrong client secret', async () => {
    const { client } = sandboxClient({
      credentials: { ...TEST_CREDENTIALS.test, clientSecret: 'wrong-secret' },
    });
    const error = await client.tokens.clientCredentials().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EpayOAuthError);
    expect(isEpayOAuthError(error) && isEpayClientError(error)).toBe(true);
    expect(isEpayApiError(error)).toBe(false);
    const oauth = error as EpayOAuthError;
    expect(oauth).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(oauth.request).toEqual({
      endpoint: 'token',
      method: 'POST',
      url: 'http://sandbox.test/oauth2/token',
    });
    expect(oauth.message).not.toContain('wrong-secret');
  });

  it('throws an EpayApiError carrying the code, message and whole body of a {code, message} answer', async () => {
    const body = { code: 487, message: ' Not permitted to merchant', invoiceId: '8161284658529816' };
    const client = createEpayClient({
      ...sandboxHosts('http://x.test'),
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => Response.json(body, { status: 400 }),
    });
    const error = await client.tokens.clientCredentials().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EpayApiError);
    expect(isEpayApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 487, bankMessage: ' Not permitted to merchant', body });
  });

  it('throws an EpayResponseError for an HTML error page', async () => {
    const client = createEpayClient({
      ...EPAY_HOSTS.epaymentTest,
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }),
    });
    const error = await client.tokens.clientCredentials().catch((e: unknown) => e);
    expect(isEpayResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, snippet: '<html>502 Bad Gateway</html>' });
    expect((error as Error).message).toContain('not JSON');
  });

  it('throws an EpayResponseError for a success answer that is not JSON', async () => {
    const client = createEpayClient({
      ...EPAY_HOSTS.epaymentTest,
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => new Response('OK', { status: 200 }),
    });
    await expect(client.tokens.clientCredentials()).rejects.toBeInstanceOf(EpayResponseError);
  });

  it('throws an EpayNetworkError when the host cannot be reached', async () => {
    const client = createEpayClient({
      ...EPAY_HOSTS.homebankTest,
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
      },
    });
    const error = await client.tokens.clientCredentials().catch((e: unknown) => e);
    expect(isEpayNetworkError(error)).toBe(true);
    expect(error).toBeInstanceOf(EpayNetworkError);
    expect(error).toBeInstanceOf(EpayClientError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('throws an EpayTimeoutError when no answer comes within timeoutMs', async () => {
    const client = createEpayClient({
      ...EPAY_HOSTS.homebankTest,
      credentials: TEST_CREDENTIALS.test,
      timeoutMs: 30,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    const error = await client.tokens.clientCredentials().catch((e: unknown) => e);
    expect(isEpayTimeoutError(error)).toBe(true);
    expect((error as EpayTimeoutError).timeoutMs).toBe(30);
  });
});

describe('createEpayClient token reuse', () => {
  it('reuses a password token until shortly before it expires, then gets a new one', async () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const { client, exchanges } = sandboxClient({ now: () => now });
    const policy = { grant: 'password', scope: 'transfer' } as const;
    const first = await client.accessToken(policy);
    now += 7200_000 - 61_000;
    expect(await client.accessToken(policy)).toBe(first);
    now += 2_000;
    const second = await client.accessToken(policy);
    expect(second).not.toBe(first);
    expect(exchanges.filter((e) => e.endpoint.id === 'token')).toHaveLength(2);
  });

  it('shares one token request between concurrent callers', async () => {
    const { client, exchanges } = sandboxClient();
    const policy = { grant: 'client_credentials', scope: WEBAPI, terminal: true } as const;
    const tokens = await Promise.all([client.accessToken(policy), client.accessToken(policy)]);
    expect(tokens[0]).toBe(tokens[1]);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.request.form?.terminal).toBe(TEST_CREDENTIALS.test.terminal);
  });

  it('gets a fresh token bound to the order for every per-operation call (004)', async () => {
    const { client, exchanges } = sandboxClient();
    const policy = {
      grant: 'client_credentials',
      scope: 'transfer',
      perOperation: (body: unknown) => ({ invoiceID: String((body as { id: string }).id), amount: '100' }),
    } as const;
    const a = await client.accessToken(policy, { id: '000000001' });
    const b = await client.accessToken(policy, { id: '000000002' });
    expect(a).not.toBe(b);
    expect(exchanges.map((e) => e.request.form?.invoiceID)).toEqual(['000000001', '000000002']);
    expect(exchanges[0]?.request.form?.terminal).toBeUndefined();
  });

  it('does not reuse a token whose expires_in is not a number', async () => {
    let calls = 0;
    const client = createEpayClient({
      ...sandboxHosts(),
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => {
        calls += 1;
        return Response.json({
          access_token: `T${calls}`,
          expires_in: 'soon',
          refresh_token: '',
          scope: 'x',
          token_type: 'Bearer',
        });
      },
    });
    const policy = { grant: 'password', scope: 'api' } as const;
    expect(await client.accessToken(policy)).toBe('T1');
    expect(await client.accessToken(policy)).toBe('T2');
  });

  it('forgets cached tokens on clearTokenCache', async () => {
    const { client } = sandboxClient();
    const policy = { grant: 'password', scope: 'api' } as const;
    const first = await client.accessToken(policy);
    client.clearTokenCache();
    expect(await client.accessToken(policy)).not.toBe(first);
  });
});

describe('createEpayClient send and call', () => {
  it('returns the raw exchange of an error answer without throwing', async () => {
    const { client } = sandboxClient();
    const exchange = await client.send('token', { form: { grant_type: 'password' } });
    expect(exchange.status).toBe(400);
    expect(exchange.body).toMatchObject({ error: 'invalid_request' });
    expect(exchange.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('calls an endpoint of the table by id and returns its typed body', async () => {
    const { client } = sandboxClient();
    const token = await client.call('token', {
      form: {
        grant_type: 'client_credentials',
        client_id: 'test',
        client_secret: TEST_CREDENTIALS.test.clientSecret,
        scope: 'payment',
      },
    });
    expect(token.token_type).toBe('Bearer');
  });

  it('gets the bearer token by the endpoint policy and renews a cached token the API refuses', async () => {
    let issued = 0;
    const seen: string[] = [];
    const client = createEpayClient({
      ...sandboxHosts('http://x.test'),
      credentials: TEST_CREDENTIALS.test,
      fetch: async (input, init) => {
        const url = String(input);
        if (url.endsWith('/oauth2/token')) {
          issued += 1;
          return Response.json({
            access_token: `T${issued}`,
            expires_in: 900,
            refresh_token: '',
            scope: 'x',
            token_type: 'Bearer',
          });
        }
        const auth = new Headers(init?.headers).get('authorization') ?? '';
        seen.push(auth);
        return auth === 'Bearer T1'
          ? Response.json({ code: 9010, message: 'Unauthorized' }, { status: 401 })
          : Response.json({ ok: true });
      },
    });
    const custom = {
      id: 'invoiceSearch',
      summary: 'test',
      method: 'POST',
      host: 'api',
      path: '/invoice/search',
      auth: { kind: 'bearer', scopes: ['webapi'] },
      responses: {},
      source: 'test',
    } as const;
    const exchange = await client.send(custom, { body: { paging: { skip: 0, limit: 1 } } });
    expect(exchange.status).toBe(200);
    expect(seen).toEqual(['Bearer T1', 'Bearer T2']);
  });

  it('builds endpoint URLs on each preset', () => {
    expect(endpointUrl(EPAY_HOSTS.homebankTest, endpoints.token)).toBe(
      'https://testoauth.homebank.kz/epay2/oauth2/token',
    );
    expect(endpointUrl(EPAY_HOSTS.epaymentTest, endpoints.token)).toBe(
      'https://test-epay-oauth.epayment.kz/oauth2/token',
    );
    expect(endpointUrl(EPAY_HOSTS.production, endpoints.token)).toBe(
      'https://epay-oauth.homebank.kz/oauth2/token',
    );
    const status = {
      ...endpoints.token,
      id: 'x',
      host: 'api',
      path: '/check-status/payment/transaction/:invoiceid',
    } as const;
    expect(endpointUrl(EPAY_HOSTS.homebankTest, status, { invoiceid: 'a/b' }, { amount: 10 })).toBe(
      'https://testepay.homebank.kz/api/check-status/payment/transaction/a%2Fb?amount=10',
    );
  });
});
