import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentRecord } from '../../server/core/index.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { startSandbox } from '../../server/node.js';
import { probeEndpoint, send } from '../support/controls.js';
import { clientCredentials, createTestApp, postForm, TEST_MERCHANT } from '../support/http.js';

const NS = 'X-Sandbox-Namespace';

/** An app with a test-only search listing the caller's payments of the namespace's sandbox. */
function appWithSearch(options: Parameters<typeof createTestApp>[0] = {}) {
  const app = createTestApp(options);
  registerEndpoint(app, probeEndpoint('search'), (c) => {
    const clientId = c.get('token').clientId;
    // Made in the namespace through the API (the generated history is the same in every namespace).
    const records = [...c.get('sandbox').payments.all()].filter(
      (p) => p.clientId === clientId && p.origin === 'api',
    );
    return c.json({ totalCount: records.length, records: records.map((p) => p.invoiceId) });
  });
  return app;
}

/** One test run's flow inside its namespace: token, two payments, a search; returns what it saw. */
async function run(app: ReturnType<typeof appWithSearch>, namespace: string, invoiceIds: string[]) {
  const headers = { [NS]: namespace };
  const tokenRes = await app.request('/oauth2/token', {
    method: 'POST',
    headers,
    body: new URLSearchParams(clientCredentials({ scope: 'webapi' })),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  for (const invoiceId of invoiceIds) {
    const res = await send(app, 'POST', '/_sandbox/payments', { invoiceId, status: 'AUTH' }, headers);
    expect(res.status).toBe(201);
  }
  await send(
    app,
    'POST',
    '/_sandbox/scenarios',
    { endpoint: 'token', outcome: { kind: 'decline', code: 401 }, times: null },
    headers,
  );
  const search = await send(
    app,
    'POST',
    '/_probe/search',
    {},
    { ...headers, authorization: `Bearer ${token}` },
  );
  return { token, search: (await search.json()) as { totalCount: number; records: string[] } };
}

describe('namespaces', () => {
  it('keeps two namespaces used in parallel apart: neither sees the other’s tokens, payments or scenarios', async () => {
    const app = appWithSearch();
    const [a, b] = await Promise.all([
      run(app, 'run-a', ['100000001', '100000002']),
      run(app, 'run-b', ['200000001']),
    ]);
    expect(a.search).toEqual({ totalCount: 2, records: ['100000001', '100000002'] });
    expect(b.search).toEqual({ totalCount: 1, records: ['200000001'] });

    // A's token is unknown in B and in the default namespace.
    for (const namespace of ['run-b', 'default']) {
      const res = await send(
        app,
        'POST',
        '/_probe/search',
        {},
        { [NS]: namespace, authorization: `Bearer ${a.token}` },
      );
      expect(res.status).toBe(401);
    }
    // Each namespace's scenario only declines its own token requests; the default has none.
    expect((await postForm(app, '/oauth2/token', clientCredentials())).status).toBe(200);
    const declined = await app.request('/oauth2/token', {
      method: 'POST',
      headers: { [NS]: 'run-a' },
      body: new URLSearchParams(clientCredentials()),
    });
    expect(declined.status).toBe(401);
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(0);

    // And each journal holds only its own requests (A's token tried in B and default shows up there, refused).
    const journal = async (namespace: string) =>
      (
        (
          await (
            await send(app, 'GET', '/_sandbox/requests?endpoint=search', undefined, { [NS]: namespace })
          ).json()
        ).requests as { response: { status: number; body: unknown } }[]
      ).map((r) => [r.response.status, r.response.body]);
    expect(await journal('run-a')).toEqual([[200, a.search]]);
    expect(await journal('run-b')).toEqual([
      [401, expect.objectContaining({ code: 9010 })],
      [200, b.search],
    ]);
    expect(await journal('default')).toEqual([[401, expect.objectContaining({ code: 9010 })]]);
  });

  it('creates a namespace on first use and tells it in the answer', async () => {
    const app = createTestApp();
    const res = await postForm(app, '/oauth2/token', clientCredentials());
    expect(res.headers.get(NS)).toBeNull();
    const inNs = await app.request('/oauth2/token', {
      method: 'POST',
      headers: { [NS]: 'fresh' },
      body: new URLSearchParams(clientCredentials()),
    });
    expect(inNs.headers.get(NS)).toBe('fresh');
    const listed = await (await send(app, 'GET', '/_sandbox/namespaces')).json();
    expect(listed.namespaces.map((n: { name: string }) => n.name)).toEqual(['default', 'fresh']);
  });

  it('creates, shows and drops namespaces through /_sandbox/namespaces', async () => {
    const app = createTestApp();
    const created = await send(app, 'POST', '/_sandbox/namespaces', { name: 'ci-42', seed: 7 });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: 'ci-42', seed: 7, state: { tokens: 0, payments: 0 } });
    expect((await send(app, 'POST', '/_sandbox/namespaces', { name: 'ci-42' })).status).toBe(200);
    await app.request('/oauth2/token', {
      method: 'POST',
      headers: { [NS]: 'ci-42' },
      body: new URLSearchParams(clientCredentials()),
    });
    expect(await (await send(app, 'GET', '/_sandbox/namespaces/ci-42')).json()).toMatchObject({
      state: { tokens: 1 },
    });
    expect((await send(app, 'DELETE', '/_sandbox/namespaces/ci-42')).status).toBe(204);
    expect((await send(app, 'GET', '/_sandbox/namespaces/ci-42')).status).toBe(404);
    expect((await send(app, 'DELETE', '/_sandbox/namespaces/ci-42')).status).toBe(404);
  });

  it('drops a namespace on reset: its tokens, scenarios and journal are gone', async () => {
    const app = createTestApp();
    const headers = { [NS]: 'resettable' };
    const token = await (
      await app.request('/oauth2/token', {
        method: 'POST',
        headers,
        body: new URLSearchParams(clientCredentials()),
      })
    ).json();
    await send(
      app,
      'POST',
      '/_sandbox/scenarios',
      { endpoint: 'token', outcome: { kind: 'success' }, times: null },
      headers,
    );
    const reset = await send(app, 'POST', '/_sandbox/reset', undefined, headers);
    expect(await reset.json()).toEqual({ status: 'reset', seed: 42, namespace: 'resettable' });
    const ns = await app.controls.namespace('resettable');
    expect(ns.sandbox.store.state.tokens[token.access_token]).toBeUndefined();
    expect(ns.scenarios.list()).toEqual([]);
    expect(ns.journal.size).toBe(0);
  });

  it('drops every namespace but the default with DELETE /_sandbox/namespaces', async () => {
    const app = createTestApp();
    for (const name of ['a', 'b', 'c']) await send(app, 'POST', '/_sandbox/namespaces', { name });
    expect(await (await send(app, 'DELETE', '/_sandbox/namespaces')).json()).toEqual({ dropped: 3 });
    expect((await (await send(app, 'GET', '/_sandbox/namespaces')).json()).namespaces).toHaveLength(1);
  });

  it.each([['../etc'], ['a b'], ['x'.repeat(65)], ['ü']])(
    'refuses the namespace name %j with code 9406',
    async (name) => {
      const res = await send(createTestApp(), 'GET', '/_sandbox/health', undefined, { [NS]: name });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe(9406);
    },
  );

  it('refuses to drop the default namespace', async () => {
    const res = await send(createTestApp(), 'DELETE', '/_sandbox/namespaces/default');
    expect((await res.json()).code).toBe(9406);
  });

  it('unloads the least recently used namespace beyond the limit (in memory: it starts over)', async () => {
    const app = createTestApp({ maxNamespaces: 2 });
    const tokenIn = async (namespace: string) =>
      (
        await (
          await app.request('/oauth2/token', {
            method: 'POST',
            headers: { [NS]: namespace },
            body: new URLSearchParams(clientCredentials()),
          })
        ).json()
      ).access_token as string;
    const first = await tokenIn('one');
    await tokenIn('two');
    await tokenIn('three');
    const names = (await (await send(app, 'GET', '/_sandbox/namespaces')).json()).namespaces.map(
      (n: { name: string }) => n.name,
    );
    expect(names).toEqual(['default', 'two', 'three']);
    const one = await app.controls.namespace('one');
    expect(one.sandbox.store.state.tokens[first]).toBeUndefined();
  });

  it('shares the generated history between namespaces and overlays each one’s own changes', async () => {
    const history: PaymentRecord[] = [];
    let generated = 0;
    const app = appWithSearch({
      historyFor: () => {
        generated += 1;
        return { payments: history, transfers: [] };
      },
    });
    const a = await app.controls.namespace('a');
    const b = await app.controls.namespace('b');
    expect(generated).toBe(1);
    expect(a.sandbox.payments.size).toBe(0);
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '300000001' }, { [NS]: 'a' });
    expect(a.sandbox.payments.size).toBe(1);
    expect(b.sandbox.payments.size).toBe(0);
  });
});

describe('namespaces on the node server with a data file', () => {
  let folder: string;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('persists each namespace in its own file next to the data file and deletes it on drop', async () => {
    folder = await mkdtemp(join(tmpdir(), 'epay-ns-'));
    const dataFile = join(folder, 'data.json');
    const first = await startSandbox({ port: 0, dataFile });
    const tokenRes = await fetch(`${first.url}/oauth2/token`, {
      method: 'POST',
      headers: { [NS]: 'kept' },
      body: new URLSearchParams(clientCredentials({ scope: 'webapi' })),
    });
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    await fetch(`${first.url}/_sandbox/payments`, {
      method: 'POST',
      headers: { [NS]: 'kept' },
      body: '{"invoiceId":"400000001"}',
    });
    await first.close();
    expect(await readdir(join(folder, 'data.namespaces'))).toEqual(['kept.json']);

    const second = await startSandbox({ port: 0, dataFile });
    try {
      const listed = await (await fetch(`${second.url}/_sandbox/namespaces`)).json();
      expect(listed.namespaces).toContainEqual({ name: 'kept', loaded: false });
      const kept = await second.app.controls.namespace('kept');
      expect(kept.sandbox.store.state.tokens[token]?.clientId).toBe(TEST_MERCHANT.clientId);
      expect(Object.values(kept.sandbox.store.state.payments).map((p) => p.invoiceId)).toEqual(['400000001']);
      expect(second.app.sandbox.store.state.tokens[token]).toBeUndefined();
      expect((await fetch(`${second.url}/_sandbox/namespaces/kept`, { method: 'DELETE' })).status).toBe(204);
      expect(existsSync(join(folder, 'data.namespaces', 'kept.json'))).toBe(false);
    } finally {
      await second.close();
    }
  });
});
