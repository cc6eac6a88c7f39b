import { describe, expect, it } from 'vitest';
import { ApiError, EmptyBody, validate } from '../../contracts/index.js';
import { createTestApp, getToken, INVOICE_MERCHANT, WEBAPI_SCOPE } from '../support/http.js';
import { getWith, postWith, statusToken } from '../support/transfers.js';

type App = ReturnType<typeof createTestApp>;

async function payment(
  app: App,
  body: Record<string, unknown> = {},
): Promise<{ id: string; invoiceID: string }> {
  const res = await app.request('/_sandbox/payments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ amount: 100, ...body }),
  });
  return (await res.json()) as { id: string; invoiceID: string };
}

async function operate(app: App, token: string, path: string) {
  const res = await postWith(app, token, path);
  const text = await res.text();
  return {
    status: res.status,
    text,
    body: text ? (JSON.parse(text) as { code: number; message: string }) : undefined,
  };
}

async function current(app: App, invoiceId: string) {
  const res = await getWith(app, await statusToken(app), `/check-status/payment/transaction/${invoiceId}`);
  return ((await res.json()) as { transaction: { statusName: string; amount: number; orgAmount: number } })
    .transaction;
}

const paymentToken = (app: App) => statusToken(app);

describe('POST /operation/:id/charge', () => {
  it('charges an authorised payment in full: 200, empty body, status CHARGE', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const result = await operate(app, await paymentToken(app), `/api/operation/${p.id}/charge`);
    expect(result.status).toBe(200);
    expect(validate(EmptyBody, result.text).ok).toBe(true);
    expect(await current(app, p.invoiceID)).toMatchObject({
      statusName: 'CHARGE',
      amount: 100,
      orgAmount: 100,
    });
  });

  it('charges part of the authorised amount with ?amount=', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    expect(
      (await operate(app, await paymentToken(app), `/operation/${p.id}/charge?amount=60.5`)).status,
    ).toBe(200);
    expect(await current(app, p.invoiceID)).toMatchObject({
      statusName: 'CHARGE',
      amount: 60.5,
      orgAmount: 100,
    });
  });

  it.each([
    ['above the authorised amount', '100.01', 9214],
    ['zero', '0', 9212],
    ['not a number', 'ten', 9212],
    ['with 3 decimals', '1.005', 9212],
  ])('refuses an amount %s', async (_name, amount, code) => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const result = await operate(app, await paymentToken(app), `/operation/${p.id}/charge?amount=${amount}`);
    expect(result.status).toBe(400);
    expect(result.body?.code).toBe(code);
    expect(validate(ApiError, result.body).ok).toBe(true);
    expect((await current(app, p.invoiceID)).statusName).toBe('AUTH');
  });

  it.each(['CHARGE', 'CANCEL', 'REFUND', 'REJECT'])(
    'refuses to charge a payment in %s with 9211',
    async (state) => {
      const app = createTestApp();
      const p = await payment(app, { status: state });
      const result = await operate(app, await paymentToken(app), `/operation/${p.id}/charge`);
      expect(result.status).toBe(400);
      expect(result.body?.code).toBe(9211);
      expect(result.body?.message).toMatch(new RegExp(`needs status AUTH; payment '.*' is ${state}`));
    },
  );
});

describe('POST /operation/:id/cancel', () => {
  it('cancels an authorised payment', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const result = await operate(app, await paymentToken(app), `/operation/${p.id}/cancel`);
    expect([result.status, result.text]).toEqual([200, '']);
    expect((await current(app, p.invoiceID)).statusName).toBe('CANCEL');
  });

  it('refuses to cancel a charged payment with 9211', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'CHARGE' });
    expect((await operate(app, await paymentToken(app), `/operation/${p.id}/cancel`)).body?.code).toBe(9211);
  });
});

describe('POST /operation/:id/refund', () => {
  it('refunds part, then the rest, never more than charged', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'CHARGE' });
    const token = await paymentToken(app);
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=40`)).status).toBe(200);
    expect(await current(app, p.invoiceID)).toMatchObject({
      statusName: 'REFUND',
      amount: 60,
      orgAmount: 100,
    });
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=60.01`)).body?.code).toBe(9214);
    expect((await operate(app, token, `/operation/${p.id}/refund`)).status).toBe(200);
    expect(await current(app, p.invoiceID)).toMatchObject({ statusName: 'REFUND', amount: 0 });
    const after = await operate(app, token, `/operation/${p.id}/refund?amount=10`);
    expect(after.body?.code).toBe(9214);
    expect(after.body?.message).toMatch(/refunded in full/);
  });

  it('refuses a partial refund below 10 KZT with 9213', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'CHARGE' });
    const result = await operate(app, await paymentToken(app), `/operation/${p.id}/refund?amount=9.99`);
    expect(result.body?.code).toBe(9213);
  });

  it('allows a refund below 10 KZT when it is all that is left', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'CHARGE' });
    const token = await paymentToken(app);
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=95`)).status).toBe(200);
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=5`)).status).toBe(200);
  });

  it('refunds only what a partial charge took', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const token = await paymentToken(app);
    await operate(app, token, `/operation/${p.id}/charge?amount=30`);
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=31`)).body?.code).toBe(9214);
    expect((await operate(app, token, `/operation/${p.id}/refund?amount=30`)).status).toBe(200);
  });

  it.each(['AUTH', 'CANCEL', 'REJECT'])('refuses to refund a payment in %s with 9211', async (state) => {
    const app = createTestApp();
    const p = await payment(app, { status: state });
    expect((await operate(app, await paymentToken(app), `/operation/${p.id}/refund`)).body?.code).toBe(9211);
  });
});

describe('operations on payments that are not the caller’s', () => {
  it('answers 9210 for an unknown payment id', async () => {
    const app = createTestApp();
    const result = await operate(
      app,
      await paymentToken(app),
      '/operation/00000000-0000-0000-0000-000000000000/charge',
    );
    expect([result.status, result.body?.code]).toEqual([400, 9210]);
  });

  it("answers 9210 for another merchant's payment and leaves it untouched", async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH', terminal: INVOICE_MERCHANT.terminal });
    const result = await operate(app, await paymentToken(app), `/operation/${p.id}/cancel`);
    expect(result.body?.code).toBe(9210);
    expect(app.sandbox.payments.get(p.id)?.status).toBe('AUTH');
  });

  it('needs a token: 401 without one', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const res = await app.request(`/operation/${p.id}/charge`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('accepts a web API token without a terminal', async () => {
    const app = createTestApp();
    const p = await payment(app, { status: 'AUTH' });
    const token = await getToken(app, {
      grant_type: 'password',
      client_id: 'test',
      client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
      username: 'epay@halykbank.kz',
      password: 'XZG1E@Mm',
      scope: WEBAPI_SCOPE,
    });
    expect((await operate(app, token, `/operation/${p.id}/cancel`)).status).toBe(200);
  });
});

describe('POST /_sandbox/payments', () => {
  it('creates a payment in the given state, masked, visible in the ledger', async () => {
    const app = createTestApp();
    const res = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'AUTH', invoiceId: '700001', card: '5522042705066736', amount: 55 }),
    });
    const body = await res.json();
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      statusName: 'AUTH',
      invoiceID: '700001',
      amount: 55,
      cardMask: '552204...6736',
      cardType: 'MasterCard',
    });
    expect(app.sandbox.payments.get(body.id)?.origin).toBe('api');
    expect(JSON.stringify(app.sandbox.store.state)).not.toContain('5522042705066736');
  });

  it('creates an AUTH payment of merchant test with no body at all', async () => {
    const app = createTestApp();
    const res = await app.request('/_sandbox/payments', { method: 'POST' });
    expect(res.status).toBe(201);
    expect((await res.json()).statusName).toBe('AUTH');
  });

  it.each([
    [{ status: 'PAID' }, /status/],
    [{ terminal: 'nope' }, /not a terminal/],
    [{ currency: 'USD', terminal: '40a348cb-68a3-45d5-9002-a4836d79c3b5' }, /accepts KZT/],
    [{ card: 'abc' }, /card/],
    [{ amount: -1 }, /amount/],
  ])('refuses %j with 9002', async (body, message) => {
    const app = createTestApp();
    const res = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    expect([res.status, answer.code]).toEqual([400, 9002]);
    expect(answer.message).toMatch(message);
  });
});
