import { describe, expect, it } from 'vitest';
import { send } from '../support/controls.js';
import { clientCredentials, createTestApp, getToken } from '../support/http.js';

const NS = 'X-Sandbox-Namespace';

describe('snapshots', () => {
  it('saves the state by name and restores it after changes', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '700000001' });
    const saved = await send(app, 'POST', '/_sandbox/snapshots', { name: 'baseline' });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({
      name: 'baseline',
      seed: 42,
      sandboxTime: '2026-11-27T10:00:00.000Z',
    });

    const token = await getToken(app, clientCredentials());
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '700000002' });
    const restored = await send(app, 'POST', '/_sandbox/snapshots/baseline/restore');
    expect(await restored.json()).toEqual({ restored: 'baseline', seed: 42 });
    expect(Object.values(app.sandbox.store.state.payments).map((p) => p.invoiceId)).toEqual(['700000001']);
    expect(app.sandbox.store.state.tokens[token]).toBeUndefined();

    // Restoring twice gives the same state: the snapshot is not changed by what follows a restore.
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '700000003' });
    await send(app, 'POST', '/_sandbox/snapshots/baseline/restore');
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(1);
  });

  it('lists, exports and deletes snapshots', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/snapshots', { name: 'one' });
    const list = await (await send(app, 'GET', '/_sandbox/snapshots')).json();
    expect(list.snapshots.map((s: { name: string }) => s.name)).toEqual(['one']);
    const exported = await send(app, 'GET', '/_sandbox/snapshots/one?download');
    expect(exported.headers.get('content-disposition')).toMatch(
      /attachment; filename="epay-sandbox-default-one-/,
    );
    expect(await exported.json()).toMatchObject({
      format: 'epay-sandbox/state',
      version: 1,
      state: { seed: 42 },
    });
    expect((await send(app, 'DELETE', '/_sandbox/snapshots/one')).status).toBe(204);
    expect((await send(app, 'POST', '/_sandbox/snapshots/one/restore')).status).toBe(404);
  });

  it('exports a namespace’s state as JSON and imports it into another namespace', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '800000001' }, { [NS]: 'source' });
    const document = await (await send(app, 'GET', '/_sandbox/state', undefined, { [NS]: 'source' })).json();
    expect(document).toMatchObject({ format: 'epay-sandbox/state', namespace: 'source' });

    const imported = await send(app, 'PUT', '/_sandbox/state', document, { [NS]: 'target' });
    expect(await imported.json()).toEqual({ imported: true, seed: 42, namespace: 'target' });
    const target = await app.controls.namespace('target');
    expect(Object.values(target.sandbox.store.state.payments).map((p) => p.invoiceId)).toEqual(['800000001']);
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(0);
  });

  it('imports a state as a named snapshot without touching the current state', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '810000001' });
    const document = await (await send(app, 'GET', '/_sandbox/state')).json();
    await send(app, 'POST', '/_sandbox/reset');
    expect((await send(app, 'PUT', '/_sandbox/snapshots/from-file', document)).status).toBe(201);
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(0);
    await send(app, 'POST', '/_sandbox/snapshots/from-file/restore');
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(1);
  });

  it('imports a state larger than the 1 MiB limit of the bank routes', async () => {
    const app = createTestApp();
    const state = {
      schemaVersion: 1,
      seed: 42,
      tokens: {},
      refreshTokens: {},
      payments: {},
      transfers: {},
    } as Record<string, unknown>;
    const payments: Record<string, unknown> = {};
    for (let i = 0; i < 2500; i++) {
      payments[`p${i}`] = {
        id: `p${i}`,
        clientId: 'test',
        invoiceId: String(900000000 + i),
        description: 'x'.repeat(500),
      };
    }
    state.payments = payments;
    const body = JSON.stringify(state);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const res = await send(app, 'PUT', '/_sandbox/state', body);
    expect(res.status).toBe(200);
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(2500);
  });

  it('imports a state with another seed and follows it', async () => {
    const app = createTestApp();
    const res = await send(app, 'PUT', '/_sandbox/state', { schemaVersion: 1, seed: 5, tokens: {} });
    expect(await res.json()).toMatchObject({ seed: 5 });
    expect(app.sandbox.seed()).toBe(5);
    expect(app.sandbox.store.state.payments).toEqual({});
  });

  it.each([
    ['not an object', '[1]', /JSON object/],
    ['a wrong format', { format: 'other', version: 1, state: {} }, /'format' must be/],
    ['a negative seed', { schemaVersion: 1, seed: -1, tokens: {} }, /'seed'/],
    ['another schema version', { schemaVersion: 2, seed: 1, tokens: {} }, /schemaVersion/],
    [
      'a record under another id',
      { schemaVersion: 1, seed: 1, tokens: {}, payments: { a: { id: 'b', clientId: 'test' } } },
      /equal to its key/,
    ],
    [
      'a record without a merchant',
      { schemaVersion: 1, seed: 1, tokens: {}, payments: { a: { id: 'a' } } },
      /clientId/,
    ],
    [
      'a full card number',
      {
        schemaVersion: 1,
        seed: 1,
        tokens: {},
        payments: { a: { id: 'a', clientId: 'test', cardMask: '4405639704015096' } },
      },
      /state\.payments\.a\.cardMask' holds a full card number/,
    ],
    ['a collection that is a list', { schemaVersion: 1, seed: 1, tokens: [] }, /'tokens'|schemaVersion/],
  ])('refuses to import %s with code 9409 and keeps the state', async (_what, body, message) => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/payments', { invoiceId: '910000001' });
    const res = await send(app, 'PUT', '/_sandbox/state', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 9409, message: expect.stringMatching(message) });
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(1);
  });

  it('keeps at most 32 snapshots per namespace and answers 9410 beyond', async () => {
    const app = createTestApp();
    for (let i = 0; i < 32; i++)
      expect((await send(app, 'POST', '/_sandbox/snapshots', { name: `s${i}` })).status).toBe(201);
    const res = await send(app, 'POST', '/_sandbox/snapshots', { name: 'one-more' });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe(9410);
    expect((await send(app, 'POST', '/_sandbox/snapshots', { name: 's0' })).status).toBe(201);
  });

  it('refuses a snapshot name that is not a plain word', async () => {
    const res = await send(createTestApp(), 'POST', '/_sandbox/snapshots', { name: 'a/b' });
    expect(await res.json()).toMatchObject({ code: 9002 });
  });
});
