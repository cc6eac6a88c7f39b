import { describe, expect, it } from 'vitest';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { startSandbox } from '../../server/node.js';
import { probeEndpoint, send } from '../support/controls.js';
import { clientCredentials, createTestApp, getToken, postForm } from '../support/http.js';

const fault = (app: ReturnType<typeof createTestApp>, body: unknown) =>
  send(app, 'POST', '/_sandbox/faults', body);
const token = (app: ReturnType<typeof createTestApp>) => postForm(app, '/oauth2/token', clientCredentials());

describe('fault injection', () => {
  it('delays an endpoint by a fixed latency', async () => {
    const app = createTestApp();
    expect((await fault(app, { endpoint: 'token', latencyMs: 120 })).status).toBe(201);
    const started = performance.now();
    const res = await token(app);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect(res.status).toBe(200);
  });

  it('draws a random latency within the range, the same on every run for the same seed', async () => {
    const run = async () => {
      const app = createTestApp();
      await fault(app, { endpoint: 'token', latencyMs: { min: 5, max: 60 }, seed: 3 });
      for (let i = 0; i < 3; i++) await token(app);
      const list = await (await send(app, 'GET', '/_sandbox/requests?endpoint=token')).json();
      return list.requests.map((r: { controls: { latencyMs: number } }) => r.controls.latencyMs);
    };
    const first = await run();
    expect(first).toHaveLength(3);
    for (const ms of first) {
      expect(ms).toBeGreaterThanOrEqual(5);
      expect(ms).toBeLessThanOrEqual(60);
    }
    expect(await run()).toEqual(first);
  });

  it('answers an injected status in the OAuth shape for the token endpoint, for the next N requests only', async () => {
    const app = createTestApp();
    await fault(app, { endpoint: 'token', effect: 'status', status: 503, times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await token(app);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        error: 'temporarily_unavailable',
        error_description: 'Injected fault (sandbox)',
      });
    }
    expect((await token(app)).status).toBe(200);
    expect(await (await send(app, 'GET', '/_sandbox/faults')).json()).toEqual({ faults: [] });
  });

  it('answers an injected status in the {code, message} shape on API routes, before authentication', async () => {
    const app = createTestApp();
    registerEndpoint(app, probeEndpoint('search'), (c) => c.json({}));
    await fault(app, { endpoint: 'search', effect: 'status', status: 502 });
    const res = await send(app, 'POST', '/_probe/search', {});
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ code: 9401, message: 'Injected fault (sandbox)' });
  });

  it('affects about the given share of requests, deterministically', async () => {
    const statuses = async () => {
      const app = createTestApp();
      await fault(app, { endpoint: 'token', effect: 'status', status: 500, share: 0.3, seed: 11 });
      const out: number[] = [];
      for (let i = 0; i < 40; i++) out.push((await token(app)).status);
      return out;
    };
    const first = await statuses();
    const failed = first.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(24);
    expect(await statuses()).toEqual(first);
  });

  it('drops the connection: in-process the answer is a network error', async () => {
    const app = createTestApp();
    await fault(app, { endpoint: 'token', effect: 'drop', times: 1 });
    const res = await token(app);
    expect(res.type).toBe('error');
    expect(res.status).toBe(0);
    const [entry] = (await (await send(app, 'GET', '/_sandbox/requests')).json()).requests;
    expect(entry).toMatchObject({ endpoint: 'token', response: { status: 0 }, controls: { fault: 'drop' } });
  });

  it('holds the answer of a timeout until the hold ends, then gives none', async () => {
    const app = createTestApp();
    await fault(app, { endpoint: 'token', effect: 'timeout', holdMs: 150 });
    const started = performance.now();
    const res = await token(app);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(res.type).toBe('error');
  });

  it('cuts the body of a malformed answer so that it is not JSON', async () => {
    const app = createTestApp();
    await fault(app, { endpoint: 'token', effect: 'malformed', times: 1 });
    const res = await token(app);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('{"access_token":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('deletes one fault by id and all faults at once', async () => {
    const app = createTestApp();
    const a = await (await fault(app, { endpoint: 'token', latencyMs: 1 })).json();
    await fault(app, { endpoint: '*', latencyMs: 1 });
    expect((await send(app, 'DELETE', `/_sandbox/faults/${a.id}`)).status).toBe(204);
    expect((await send(app, 'GET', `/_sandbox/faults/${a.id}`)).status).toBe(404);
    expect(await (await send(app, 'DELETE', '/_sandbox/faults')).json()).toEqual({ deleted: 1 });
  });

  it.each([
    [{ endpoint: 'token' }, /needs 'latencyMs', an 'effect', or both/],
    [
      { endpoint: 'token', effect: 'explode' },
      /'effect' of an endpoint fault must be one of status, timeout, drop, malformed/,
    ],
    [{ endpoint: 'token', latencyMs: -5 }, /whole number of milliseconds/],
    [{ endpoint: 'token', latencyMs: { min: 50, max: 10 } }, /must not exceed/],
    [{ endpoint: 'token', effect: 'status', status: 302 }, /from 400 to 599/],
    [{ endpoint: 'token', effect: 'drop', share: 0 }, /'share' must be/],
    [{ endpoint: 'token', effect: 'drop', status: 500 }, /only goes with "effect": "status"/],
    [{ endpoint: 'token', effect: 'drop', times: 1.5 }, /'times' must be/],
  ])('refuses the fault %j with code 9002', async (body, message) => {
    const res = await fault(createTestApp(), body);
    expect(res.status).toBe(400);
    const answer = await res.json();
    expect(answer.code).toBe(9002);
    expect(answer.message).toMatch(message);
  });

  it('refuses a fault on an endpoint the sandbox does not serve with code 9404', async () => {
    const res = await fault(createTestApp(), { endpoint: 'noSuchEndpoint', effect: 'drop' });
    expect((await res.json()).code).toBe(9404);
  });
});

describe('fault injection on the node server', () => {
  it('resets the socket on a dropped connection and gives up a held request when the client aborts', async () => {
    const server = await startSandbox({ port: 0, inMemory: true });
    try {
      const admin = (body: unknown) =>
        fetch(`${server.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(body) });
      const tokenRequest = (signal?: AbortSignal) =>
        fetch(`${server.url}/oauth2/token`, {
          method: 'POST',
          body: new URLSearchParams(clientCredentials()),
          ...(signal ? { signal } : {}),
        });
      await admin({ endpoint: 'token', effect: 'drop', times: 1 });
      await expect(tokenRequest()).rejects.toThrow(TypeError);

      await admin({ endpoint: 'token', effect: 'timeout', times: 1 });
      const started = performance.now();
      await expect(tokenRequest(AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
      expect(performance.now() - started).toBeLessThan(5_000);
      const journaled = async () =>
        (await (await fetch(`${server.url}/_sandbox/requests?endpoint=token`)).json()).requests as {
          response: { status: number };
          controls?: { fault?: string };
        }[];
      // The server notices the client's abort a moment later, then ends the held request unanswered.
      await expect.poll(async () => (await journaled()).length, { timeout: 3_000 }).toBe(2);
      expect((await journaled()).map((r) => [r.controls?.fault, r.response.status])).toEqual([
        ['timeout', 0],
        ['drop', 0],
      ]);
      expect((await tokenRequest()).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('stops promptly while a request is held by a timeout fault', async () => {
    const server = await startSandbox({ port: 0, inMemory: true });
    await fetch(`${server.url}/_sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ endpoint: 'token', effect: 'timeout', holdMs: 600_000 }),
    });
    const held = fetch(`${server.url}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams(clientCredentials()),
    });
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(3_000);
    await expect(held).rejects.toThrow(TypeError);
  });
});

describe('faults and authentication', () => {
  it('keeps a delayed request working with its token', async () => {
    const app = createTestApp();
    registerEndpoint(app, probeEndpoint('search'), (c) => c.json({ ok: true }));
    const access = await getToken(app, clientCredentials({ scope: 'webapi' }));
    await fault(app, { endpoint: 'search', latencyMs: 20 });
    const res = await send(app, 'POST', '/_probe/search', {}, { authorization: `Bearer ${access}` });
    expect(await res.json()).toEqual({ ok: true });
  });
});
