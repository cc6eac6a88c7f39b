import { describe, expect, it } from 'vitest';
import { sandboxHosts, TEST_CREDENTIALS } from '../../client/index.js';
import { ALL_CONTRACTS, defineContract, runContracts } from '../../kit/index.js';
import { DEFAULT_AUTH_CONFIG } from '../../server/core/index.js';
import { appFetch, createTestApp } from '../support/http.js';

/** A remote target that is an in-process app, optionally rewriting its answers. */
function fakeRemote(
  rewrite?: (body: Record<string, unknown>, url: string) => Record<string, unknown>,
  config?: object,
) {
  const app = createTestApp(config ? { config } : {});
  const inner = appFetch(app);
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init);
    if (!rewrite) return response;
    const body = (await response.json()) as Record<string, unknown>;
    return Response.json(rewrite(body, String(input)), { status: response.status });
  };
  return { target: 'remote' as const, hosts: sandboxHosts('http://bank.test'), fetch };
}

describe('runContracts against the in-process sandbox', () => {
  it('passes every contract with strict validation and sees no drift', async () => {
    const report = await runContracts({ target: 'sandbox' });
    expect(report.contracts.filter((c) => c.result !== 'pass').map((c) => `${c.name}: ${c.reason}`)).toEqual(
      [],
    );
    expect(report.contracts).toHaveLength(ALL_CONTRACTS.length);
    expect(report.target).toMatchObject({ kind: 'sandbox', validation: 'strict' });
    expect(report.ok).toBe(true);
    expect(report.summary.drift).toBe(0);
    expect(report.probes.filter((p) => p.name.startsWith('token.')).map((p) => p.result)).toEqual([
      'observed',
      'observed',
      'observed',
    ]);
    const paging = report.probes.find((p) => p.name === 'search.paging-reading');
    expect(paging).toMatchObject({
      result: 'observed',
      target: 'page 1 (size 2) starts at record 2: a count of records to skip',
    });
    expect(paging?.sandbox?.setting).toBe('search.paging=skip');
    expect(report.probes.filter((p) => p.result === 'skip').map((p) => p.name)).toEqual([]);
    const expiresIn = report.probes.find((p) => p.name === 'token.expires-in-type');
    expect(expiresIn?.sandbox?.setting).toBe('auth.expiresIn=document');
    expect(expiresIn?.target).toBe(
      'password transfer: number; password api: string; client_credentials: number',
    );
  });

  it('runs only the contracts and probes whose name starts with a prefix', async () => {
    const report = await runContracts({ only: ['token.error.wrong', 'token.error-shape'] });
    expect(report.contracts.map((c) => c.name)).toEqual([
      'token.error.wrong-secret',
      'token.error.wrong-password',
    ]);
    expect(report.probes.map((p) => p.name)).toEqual(['token.error-shape']);
  });
});

describe('runContracts validation of answers', () => {
  const addField = (body: Record<string, unknown>) =>
    'access_token' in body ? { ...body, issued_by: 'bank' } : body;

  it('fails a contract whose answer has a field the contract does not know, under strict validation', async () => {
    const report = await runContracts({
      ...fakeRemote(addField),
      validation: 'strict',
      only: ['token.password.transfer'],
    });
    expect(report.contracts[0]?.result).toBe('fail');
    expect(report.contracts[0]?.reason).toContain("token 200: field 'issued_by' is not allowed");
    expect(report.ok).toBe(false);
  });

  it('passes but reports the unknown field under open validation (the default for a remote host)', async () => {
    const report = await runContracts({ ...fakeRemote(addField), only: ['token.password.transfer'] });
    expect(report.target.validation).toBe('open');
    expect(report.contracts[0]).toMatchObject({ result: 'pass', extraFields: ['token 200: issued_by'] });
  });

  it('fails a contract when an answer breaks the schema even under open validation', async () => {
    const report = await runContracts({
      ...fakeRemote((body) => ('access_token' in body ? { ...body, token_type: 'bearer' } : body)),
      only: ['token.client-credentials.status'],
    });
    expect(report.contracts[0]?.result).toBe('fail');
    expect(report.contracts[0]?.reason).toContain('field \'token_type\' must be "Bearer"');
  });

  it('fails a contract when the target answers a status the contract does not declare', async () => {
    const report = await runContracts({
      target: 'remote',
      hosts: sandboxHosts('http://bank.test'),
      fetch: async () => new Response('<html>Service Unavailable</html>', { status: 503 }),
      only: ['token.password.api'],
    });
    expect(report.contracts[0]?.result).toBe('fail');
    expect(report.contracts[0]?.reason).toContain('status 503 is not in the contract');
  });

  it('reports an unreachable host as failed contracts and erroring probes, with the cause', async () => {
    const report = await runContracts({
      target: 'remote',
      hosts: sandboxHosts('http://bank.test'),
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND bank.test') });
      },
      only: ['token.refresh', 'token.api-scope-echo'],
    });
    expect(report.contracts[0]?.reason).toContain('ENOTFOUND');
    expect(report.probes[0]).toMatchObject({ result: 'error', drift: false });
  });
});

describe('runContracts probes', () => {
  it('shows drift when the target answers expires_in as a number for every grant', async () => {
    const auth = { ...DEFAULT_AUTH_CONFIG, expiresIn: 'number' as const };
    const report = await runContracts({ ...fakeRemote(undefined, { auth }), only: ['token.expires-in'] });
    const probe = report.probes[0];
    expect(probe).toMatchObject({
      result: 'observed',
      drift: true,
      target: 'password transfer: number; password api: number; client_credentials: number',
      sandbox: {
        observed: 'password transfer: number; password api: string; client_credentials: number',
        setting: 'auth.expiresIn=document',
      },
    });
    expect(report.ok).toBe(true);
    expect(
      (
        await runContracts({
          ...fakeRemote(undefined, { auth }),
          only: ['token.expires-in'],
          failOnDrift: true,
        })
      ).ok,
    ).toBe(false);
  });

  it('compares a remote host with the emulator configured by the sandbox option', async () => {
    const auth = { ...DEFAULT_AUTH_CONFIG, expiresIn: 'string' as const };
    const report = await runContracts({
      ...fakeRemote(undefined, { auth }),
      sandbox: { config: { auth } },
      only: ['token.expires-in'],
    });
    expect(report.probes[0]).toMatchObject({ drift: false, sandbox: { setting: 'auth.expiresIn=string' } });
  });
});

describe('runContracts safety', () => {
  const writer = defineContract({
    name: 'custom.writer',
    behaviour: 'creates an order',
    endpoint: 'token',
    source: 'test',
    writes: true,
    async run(ctx) {
      ctx.expectStatus(await ctx.client.send('token', { form: { grant_type: 'password' } }), 400);
    },
  });

  it('skips contracts that create data on a remote host unless writes are allowed', async () => {
    const skipped = await runContracts({ ...fakeRemote(), contracts: [writer], probes: [] });
    expect(skipped.contracts[0]).toMatchObject({
      result: 'skip',
      reason: expect.stringContaining('--allow-writes'),
    });
    const allowed = await runContracts({
      ...fakeRemote(),
      contracts: [writer],
      probes: [],
      allowWrites: true,
    });
    expect(allowed.contracts[0]?.result).toBe('pass');
  });

  it('refuses to allow writes against the production hosts', async () => {
    await expect(
      runContracts({
        target: 'remote',
        hosts: { oauthUrl: 'https://epay-oauth.homebank.kz', apiUrl: 'https://epay-api.homebank.kz' },
        allowWrites: true,
      }),
    ).rejects.toThrow(/production/);
  });

  it('skips a contract whose endpoint is not in the contract table yet', async () => {
    const pending = defineContract({
      ...writer,
      name: 'custom.pending',
      endpoint: 'noSuchEndpoint',
      writes: false,
    });
    const report = await runContracts({ contracts: [pending], probes: [] });
    expect(report.contracts[0]).toMatchObject({
      result: 'skip',
      reason: 'endpoint noSuchEndpoint is not in the contract table yet',
    });
  });

  it('never puts the client secret, the password or an issued token in the report', async () => {
    let issued = '';
    const leaky = defineContract({
      name: 'custom.leaky',
      behaviour: 'fails with secrets in its message',
      endpoint: 'token',
      source: 'test',
      async run(ctx) {
        issued = (await ctx.client.tokens.password({ scope: 'api' })).access_token;
        ctx.note(`password ${TEST_CREDENTIALS.test.password}`);
        ctx.check(false, `token ${issued} secret ${TEST_CREDENTIALS.test.clientSecret}`);
      },
    });
    const report = await runContracts({ contracts: [leaky], probes: [] });
    const text = JSON.stringify(report);
    expect(report.contracts[0]?.reason).toBe('token *** secret ***');
    expect(report.contracts[0]?.notes).toEqual(['password ***']);
    for (const secret of [issued, TEST_CREDENTIALS.test.clientSecret, TEST_CREDENTIALS.test.password]) {
      expect(text).not.toContain(secret);
    }
  });
});
