import { describe, expect, it } from 'vitest';
import { defaultFixtures } from '../../fixtures/index.js';
import {
  type CallbackDelivery,
  type CallbackEngine,
  createClock,
  createIdSource,
  createInitialState,
  createNamespaceClock,
  createSandbox,
} from '../../server/core/index.js';
import { createApp } from '../../server/http/create-app.js';
import { createMemoryStore } from '../../server/storage/index.js';
import { send } from '../support/controls.js';
import { clientCredentials, createTestApp } from '../support/http.js';
import { transferBody } from '../support/transfers.js';

/** A stand-in callback engine: a log with one failing delivery, recording what the controls call. */
function fakeEngine() {
  const calls: string[] = [];
  const delivery: CallbackDelivery = {
    id: 'cb-1',
    url: 'http://127.0.0.1:9/epay',
    kind: 'postLink',
    event: 'transfer',
    recordType: 'transfer',
    recordId: 't-1',
    clientId: 'test',
    payload: {},
    status: 'pending',
    invoiceId: '000000001',
    createdAt: '2026-11-27T10:00:00.000Z',
    nextAttemptAt: '2026-11-27T10:00:10.000Z',
    attempts: [
      { at: '2026-11-27T10:00:00.000Z', status: 500, latencyMs: 3, error: 'HTTP 500', replay: false },
    ],
  };
  const engine = {
    list: () => [delivery],
    replay: async (id: string) => {
      calls.push(`replay ${id}`);
      return delivery;
    },
    runDue: () => calls.push('runDue'),
    stop: () => calls.push('stop'),
  } as Partial<CallbackEngine> as CallbackEngine;
  return { engine, calls };
}

function appWithCallbacks() {
  const { engine, calls } = fakeEngine();
  const sandbox = createSandbox({
    store: createMemoryStore(createInitialState(42)),
    clock: createNamespaceClock(createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true })),
    ids: createIdSource(),
    fixtures: defaultFixtures,
  });
  Object.assign(sandbox, { callbacks: engine });
  return { app: createApp({ sandbox }), calls };
}

describe('the controls and a callback engine', () => {
  it('runs the due callback attempts when the clock moves', async () => {
    const { app, calls } = appWithCallbacks();
    await send(app, 'POST', '/_sandbox/clock/advance', { by: '10s' });
    await send(app, 'PUT', '/_sandbox/clock', { time: '2026-11-28T00:00:00Z' });
    expect(calls).toEqual(['runDue', 'runDue']);
  });

  it('shows deliveries with their retry state on the dashboard, and replays one from its button', async () => {
    const { app, calls } = appWithCallbacks();
    const text = await (await send(app, 'GET', '/_sandbox')).text();
    expect(text).toContain('<section id="callbacks"');
    expect(text).toMatch(/transfer → postLink[\s\S]*http:\/\/127\.0\.0\.1:9\/epay[\s\S]*pending/);
    expect(text).toContain('datetime="2026-11-27T10:00:10.000Z"');
    expect(text).toContain('aria-label="Replay callback cb-1"');
    const replay = await app.request('/_sandbox/dashboard/callbacks/cb-1/replay', {
      method: 'POST',
      body: new URLSearchParams(),
      headers: { origin: 'http://localhost' },
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/_sandbox#callbacks');
    expect(calls).toEqual(['replay cb-1']);
  });

  it('stops the engine when the app closes', async () => {
    const { app, calls } = appWithCallbacks();
    await app.controls.close();
    expect(calls).toEqual(['stop']);
  });

  it('shows the callbacks section of the sandbox’s own engine, empty at first', async () => {
    const text = await (await send(createApp(), 'GET', '/_sandbox')).text();
    expect(text).toContain('<section id="callbacks"');
    expect(text).toContain('No callbacks yet.');
  });

  it('refuses callback faults on a sandbox built by the caller (its sender is not wired to them)', async () => {
    const { app } = appWithCallbacks();
    const res = await send(app, 'POST', '/_sandbox/faults', { endpoint: 'callbacks', effect: 'duplicate' });
    expect(await res.json()).toMatchObject({
      code: 9404,
      message: expect.stringMatching(/built by the caller/),
    });
  });
});

describe('the clock and the real callback engine', () => {
  it('fires a callback retry at once when the clock is advanced past it, in that namespace only', async () => {
    // The receiver fails each callback's first attempt, then accepts.
    const attempts: string[] = [];
    const app = createTestApp({
      callbackSender: async (request) => {
        const invoiceId = (JSON.parse(request.body) as { invoiceId: string }).invoiceId;
        const first = !attempts.includes(invoiceId);
        attempts.push(invoiceId);
        return { status: first ? 500 : 200 };
      },
    });
    const transferIn = async (namespace: string, order: string) => {
      const headers = { 'X-Sandbox-Namespace': namespace };
      const token = await (
        await app.request('/oauth2/token', {
          method: 'POST',
          headers,
          body: new URLSearchParams(clientCredentials({ scope: 'transfer' })),
        })
      ).json();
      await app.request('/payments/cards/auth', {
        method: 'POST',
        headers: {
          ...headers,
          authorization: `Bearer ${token.access_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(transferBody({ order: { id: order, postLink: 'http://127.0.0.1:9/epay' } })),
      });
      const ns = await app.controls.namespace(namespace);
      await ns.sandbox.callbacks.settled();
      return ns;
    };
    const a = await transferIn('a', '500000000001');
    const b = await transferIn('b', '500000000002');
    expect(attempts).toEqual(['500000000001', '500000000002']);
    expect(a.sandbox.callbacks.list()[0]?.status).toBe('pending');

    // The first retry is due 10 s later (sandbox clock, frozen in tests): advance namespace a only.
    await send(app, 'POST', '/_sandbox/clock/advance', { by: '10s' }, { 'X-Sandbox-Namespace': 'a' });
    await a.sandbox.callbacks.settled();
    expect(attempts).toEqual(['500000000001', '500000000002', '500000000001']);
    expect(a.sandbox.callbacks.list()[0]?.status).toBe('delivered');
    expect(b.sandbox.callbacks.list()[0]?.status).toBe('pending');
  });
});
