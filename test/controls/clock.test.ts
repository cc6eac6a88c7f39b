import { describe, expect, it } from 'vitest';
import { defaultFixtures } from '../../fixtures/index.js';
import { createClock, createIdSource, createInitialState, createSandbox } from '../../server/core/index.js';
import { createApp } from '../../server/http/create-app.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { createMemoryStore } from '../../server/storage/index.js';
import { probeEndpoint, send } from '../support/controls.js';
import { clientCredentials, createTestApp, getToken } from '../support/http.js';

const clock = async (app: ReturnType<typeof createApp>, headers = {}) =>
  (await send(app, 'GET', '/_sandbox/clock', undefined, headers)).json();

describe('the sandbox clock', () => {
  it('reads the time in UTC and as the bank writes it', async () => {
    expect(await clock(createTestApp())).toEqual({
      time: '2026-11-27T10:00:00.000Z',
      bankTime: '2026-11-27T15:00:00.000000+05:00',
      frozen: true,
      offsetMs: 0,
      controllable: true,
    });
  });

  it('expires a token when advanced past its lifetime, as if two hours had passed', async () => {
    const app = createTestApp();
    registerEndpoint(app, probeEndpoint('search'), (c) => c.json({ ok: true }));
    const token = await getToken(app, clientCredentials({ scope: 'webapi' }));
    const call = () => send(app, 'POST', '/_probe/search', {}, { authorization: `Bearer ${token}` });
    expect((await call()).status).toBe(200);
    const moved = await send(app, 'POST', '/_sandbox/clock/advance', { by: '1h59m' });
    expect((await moved.json()).time).toBe('2026-11-27T11:59:00.000Z');
    expect((await call()).status).toBe(200);
    await send(app, 'POST', '/_sandbox/clock/advance', { ms: 60_000 });
    const expired = await call();
    expect(expired.status).toBe(401);
    expect((await expired.json()).message).toMatch(/expired at 2026-11-27T12:00:00.000Z/);
  });

  it('sets the time, and goes back to server time on DELETE', async () => {
    const app = createTestApp();
    const set = await send(app, 'PUT', '/_sandbox/clock', { time: '2024-02-29T17:59:00Z' });
    expect(await set.json()).toMatchObject({
      time: '2024-02-29T17:59:00.000Z',
      bankTime: '2024-02-29T23:59:00.000000+06:00',
    });
    expect((await (await send(app, 'GET', '/_sandbox/health')).json()).time).toBe('2024-02-29T17:59:00.000Z');
    expect(await (await send(app, 'DELETE', '/_sandbox/clock')).json()).toMatchObject({
      time: '2026-11-27T10:00:00.000Z',
      offsetMs: 0,
    });
  });

  it('freezes a running clock and lets it run again', async () => {
    const app = createApp();
    const frozen = await (await send(app, 'POST', '/_sandbox/clock/freeze')).json();
    expect(frozen.frozen).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect((await clock(app)).time).toBe(frozen.time);
    const resumed = await (await send(app, 'POST', '/_sandbox/clock/resume')).json();
    expect(resumed.frozen).toBe(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(Date.parse((await clock(app)).time)).toBeGreaterThan(Date.parse(frozen.time));
  });

  it('freezes at a given time with PUT {time, frozen}', async () => {
    const app = createApp();
    await send(app, 'PUT', '/_sandbox/clock', { time: '2030-01-01T00:00:00Z', frozen: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(await clock(app)).toMatchObject({ time: '2030-01-01T00:00:00.000Z', frozen: true });
  });

  it('freezes at exactly the given time even when the server time moves between reads', async () => {
    let ms = Date.parse('2026-11-27T10:00:00Z');
    const app = createApp({ clock: { now: () => new Date(ms++) } });
    await send(app, 'PUT', '/_sandbox/clock', { time: '2030-01-01T00:00:00Z', frozen: true });
    expect(await clock(app)).toMatchObject({ time: '2030-01-01T00:00:00.000Z', frozen: true });
  });

  it('goes back to server time on reset', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/clock/advance', { by: '3d' });
    await send(app, 'POST', '/_sandbox/reset');
    expect((await clock(app)).time).toBe('2026-11-27T10:00:00.000Z');
  });

  it.each([
    ['POST', '/_sandbox/clock/advance', { by: 'soon' }],
    ['POST', '/_sandbox/clock/advance', {}],
    ['POST', '/_sandbox/clock/advance', { by: '2h', extra: 1 }],
    ['PUT', '/_sandbox/clock', { time: 'yesterday' }],
    ['PUT', '/_sandbox/clock', { frozen: 'yes' }],
    ['PUT', '/_sandbox/clock', {}],
  ])('refuses %s %s %j with code 9002 and leaves the time alone', async (method, path, body) => {
    const app = createTestApp();
    const res = await send(app, method, path, body);
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe(9002);
    expect((await clock(app)).time).toBe('2026-11-27T10:00:00.000Z');
  });

  it('answers 9408 when the app was given a sandbox whose clock cannot move', async () => {
    const fixed = { now: () => new Date('2026-01-01T00:00:00Z') };
    const sandbox = createSandbox({
      store: createMemoryStore(createInitialState(42)),
      clock: fixed,
      ids: createIdSource(),
      fixtures: defaultFixtures,
    });
    const app = createApp({ sandbox });
    expect((await clock(app)).controllable).toBe(false);
    const res = await send(app, 'POST', '/_sandbox/clock/advance', { by: '1h' });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe(9408);
  });

  it('moves only the namespace it is asked for', async () => {
    const app = createTestApp();
    await send(app, 'POST', '/_sandbox/clock/advance', { by: '1d' }, { 'X-Sandbox-Namespace': 'ahead' });
    expect((await clock(app, { 'X-Sandbox-Namespace': 'ahead' })).time).toBe('2026-11-28T10:00:00.000Z');
    expect((await clock(app)).time).toBe('2026-11-27T10:00:00.000Z');
    expect((await clock(app, { 'X-Sandbox-Namespace': 'other' })).time).toBe('2026-11-27T10:00:00.000Z');
  });

  it('follows the clock the app was created with', async () => {
    const base = createClock({ start: new Date('2026-05-01T00:00:00Z'), frozen: true });
    const app = createApp({ clock: base });
    base.advance(3_600_000);
    expect((await clock(app)).time).toBe('2026-05-01T01:00:00.000Z');
    expect((await clock(app, { 'X-Sandbox-Namespace': 'n1' })).time).toBe('2026-05-01T01:00:00.000Z');
  });
});
