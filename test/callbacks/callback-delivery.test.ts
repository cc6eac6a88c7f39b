import { afterEach, describe, expect, it } from 'vitest';
import { CallbackLog, CallbackPayload, validate } from '../../contracts/index.js';
import { createTestApp } from '../support/http.js';
import { type Receiver, startReceiver } from '../support/receiver.js';
import {
  CARDS,
  fastCallbacks,
  postTransfer,
  postWith,
  statusToken,
  transferBody,
  transferToken,
} from '../support/transfers.js';

let receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});

async function receiver(script: number[] = []): Promise<Receiver> {
  const r = await startReceiver(script);
  receivers.push(r);
  return r;
}

async function callbackLog(app: ReturnType<typeof createTestApp>, query = '') {
  const res = await app.request(`/_sandbox/callbacks${query}`);
  return { status: res.status, body: (await res.json()) as CallbackLog };
}

describe('postLink callbacks of transfers, to a real HTTP receiver', () => {
  it('POSTs the callback of a successful transfer to postLink with secret_hash echoed and masked card data', async () => {
    const merchant = await receiver();
    const app = createTestApp({ config: fastCallbacks() });
    const token = await transferToken(app, { secret_hash: 'my-secret-42', postLink: `${merchant.url}/ok` });
    const res = await postTransfer(app, token, transferBody({ order: { id: '800001' } }));
    const transfer = await res.json();
    const [callback] = await merchant.waitFor(1);
    expect(callback?.path).toBe('/ok');
    expect(callback?.headers['content-type']).toBe('application/json');
    const checked = validate(CallbackPayload, callback?.json);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(callback?.json).toMatchObject({
      id: transfer.id,
      invoiceId: '800001',
      amount: 100,
      currency: 'KZT',
      code: 'ok',
      reasonCode: 0,
      cardMask: '440563...5096',
      reference: transfer.reference,
      terminal: '40a348cb-68a3-45d5-9002-a4836d79c3b5',
      secret_hash: 'my-secret-42',
      dateTime: '2026-11-27T15:00:00.000000+05:00',
    });
    expect(callback?.body).not.toContain(CARDS.visa.pan);
  });

  it('POSTs a decline to failurePostLink with code "error" and the decline code', async () => {
    const merchant = await receiver();
    const app = createTestApp({ config: fastCallbacks() });
    const body = transferBody({
      order: { id: '800002', postLink: `${merchant.url}/ok`, failurePostLink: `${merchant.url}/fail` },
      sender: { cvc: '999' },
    });
    expect((await postTransfer(app, await transferToken(app), body)).status).toBe(400);
    const [callback] = await merchant.waitFor(1);
    expect(callback?.path).toBe('/fail');
    expect(callback?.json).toMatchObject({
      code: 'error',
      reasonCode: 466,
      reason: 'Declined',
      invoiceId: '800002',
    });
  });

  it('answers the API call without waiting for the receiver', async () => {
    const merchant = await receiver();
    merchant.hold();
    const app = createTestApp({ config: fastCallbacks() });
    const body = transferBody({ order: { id: '800003', postLink: merchant.url } });
    const res = await postTransfer(app, await transferToken(app), body);
    expect(res.status).toBe(200);
    const log = await callbackLog(app);
    expect(log.body.deliveries[0]?.status).toBe('pending');
    expect(merchant.received).toHaveLength(0);
    merchant.release();
    await merchant.waitFor(1);
  });

  it('retries a receiver that fails twice, then succeeds, and logs every attempt', async () => {
    const merchant = await receiver([500, 503]);
    const app = createTestApp({ config: fastCallbacks([30, 60]) });
    const body = transferBody({ order: { id: '800004', postLink: `${merchant.url}/flaky` } });
    await postTransfer(app, await transferToken(app), body);
    await merchant.waitFor(3);
    await app.sandbox.callbacks.settled();
    const log = await callbackLog(app, '?invoiceId=800004');
    const checked = validate(CallbackLog, log.body);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const [delivery] = log.body.deliveries;
    expect(delivery?.status).toBe('delivered');
    expect(delivery?.attempts.map((a) => [a.status, a.error])).toEqual([
      [500, 'HTTP 500'],
      [503, 'HTTP 503'],
      [200, null],
    ]);
    expect(merchant.received.map((r) => r.headers['x-sandbox-attempt'])).toEqual(['1', '2', '3']);
    expect(new Set(merchant.received.map((r) => r.body)).size).toBe(1);
  });

  it('logs a receiver that is down as failed after the schedule, with the connection error', async () => {
    const down = await receiver();
    await down.close();
    receivers = [];
    const app = createTestApp({ config: fastCallbacks([20]) });
    await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { id: '800005', postLink: down.url } }),
    );
    const started = Date.now();
    let delivery = (await callbackLog(app)).body.deliveries[0];
    while (delivery?.status === 'pending' && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 20));
      delivery = (await callbackLog(app)).body.deliveries[0];
    }
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts).toHaveLength(2);
    expect(delivery?.attempts[0]?.status).toBeNull();
    expect(delivery?.attempts[0]?.error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('re-sends a delivery with POST /_sandbox/callbacks/:id/replay', async () => {
    const merchant = await receiver();
    const app = createTestApp({ config: fastCallbacks() });
    await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { id: '800006', postLink: merchant.url } }),
    );
    await merchant.waitFor(1);
    const id = (await callbackLog(app)).body.deliveries[0]?.id;
    const res = await app.request(`/_sandbox/callbacks/${id}/replay`, { method: 'POST' });
    const delivery = await res.json();
    expect(res.status).toBe(200);
    expect(delivery.attempts.map((a: { replay: boolean }) => a.replay)).toEqual([false, true]);
    expect(merchant.received).toHaveLength(2);
    expect(merchant.received[1]?.body).toBe(merchant.received[0]?.body);
  });

  it('sends a callback for each change of a payment: charge, then refund', async () => {
    const merchant = await receiver();
    const app = createTestApp({ config: fastCallbacks() });
    const created = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'AUTH',
        amount: 100,
        invoiceId: '800007',
        postLink: merchant.url,
        secretHash: 's1',
      }),
    });
    const { id } = await created.json();
    const token = await statusToken(app);
    await postWith(app, token, `/operation/${id}/charge?amount=80`);
    await postWith(app, token, `/operation/${id}/refund?amount=30`);
    const got = await merchant.waitFor(2);
    expect(got.map((c) => [c.json.statusName, c.json.amount, c.json.code, c.json.secret_hash])).toEqual([
      ['CHARGE', 80, 'ok', 's1'],
      ['REFUND', 30, 'ok', 's1'],
    ]);
    for (const c of got) expect(validate(CallbackPayload, c.json).ok).toBe(true);
  });
});

describe('GET /_sandbox/callbacks', () => {
  it('filters by status and answers 9220 for an unknown delivery, 9002 for a bad filter', async () => {
    const app = createTestApp({ config: fastCallbacks() });
    // 004's example postLink is the bank's own host: logged as skipped, never called.
    const body = transferBody({ order: { postLink: 'https://epay.homebank.kz/payform' } });
    await postTransfer(app, await transferToken(app), body);
    expect((await callbackLog(app, '?status=skipped')).body.total).toBe(1);
    expect((await callbackLog(app, '?status=delivered')).body.total).toBe(0);
    expect((await callbackLog(app, '?status=lost')).body).toMatchObject({ code: 9002 });
    const missing = await app.request('/_sandbox/callbacks/nope');
    expect([missing.status, (await missing.json()).code]).toEqual([404, 9220]);
    const replay = await app.request('/_sandbox/callbacks/nope/replay', { method: 'POST' });
    expect(replay.status).toBe(404);
  });
});
