import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { P2PStatusResponse, PaymentStatusResponse, validate } from '../../contracts/index.js';
import {
  clientCredentials,
  createTestApp,
  getToken,
  INVOICE_MERCHANT,
  WEBAPI_SCOPE,
} from '../support/http.js';
import {
  getWith,
  postTransfer,
  statusToken,
  TERMINALS,
  transferBody,
  transferToken,
} from '../support/transfers.js';

type App = ReturnType<typeof createTestApp>;

async function createPayment(app: App, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await app.request('/_sandbox/payments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Record<string, unknown>;
}

async function status(app: App, token: string, invoiceId: string, kind = 'payment') {
  const res = await getWith(app, token, `/api/check-status/${kind}/transaction/${invoiceId}`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    resultCode: string;
    resultMessage: string;
    transaction: Record<string, unknown> | null;
  };
}

describe('GET /check-status/payment/transaction/:invoiceid', () => {
  it('answers 100 SUCCESS with every field of the transaction, as 003 shows it', async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000001', amount: 12.22, status: 'CHARGE', email: 'a@b.kz' });
    const body = await status(app, await statusToken(app), '205000001');
    const checked = validate(PaymentStatusResponse, body);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(body.resultCode).toBe('100');
    expect(body.resultMessage).toBe('SUCCESS');
    expect(body.transaction).toMatchObject({
      invoiceID: '205000001',
      amount: 12.22,
      currency: 'KZT',
      terminal: '98120001',
      terminalID: TERMINALS.main,
      cardMask: '440563...5096',
      statusName: 'CHARGE',
      statusID: '22eb5a3e-0737-455c-ab42-ea98f80f7963',
      email: 'a@b.kz',
      createdDate: '2026-11-27T15:00:00.000000+05:00',
    });
    const documented = exampleJson(JSON_EXAMPLES.find((e) => e.id === 'status-response')!) as {
      transaction: object;
    };
    expect(Object.keys(body.transaction ?? {})).toEqual(Object.keys(documented.transaction));
  });

  it('validates both response examples of 003 against the contract', () => {
    for (const id of ['status-response', 'status-error']) {
      const result = validate(PaymentStatusResponse, exampleJson(JSON_EXAMPLES.find((e) => e.id === id)!));
      expect([id, result.ok]).toEqual([id, true]);
    }
  });

  it('answers 102 when no payment has that invoice id', async () => {
    const app = createTestApp();
    expect(await status(app, await statusToken(app), '123456789')).toEqual({
      resultCode: '102',
      resultMessage: 'Invoice not found, try again later or check transaction type (payment/p2p)',
      transaction: null,
    });
  });

  it('answers 102 for a payment of another merchant: merchants never see each other', async () => {
    const app = createTestApp();
    await createPayment(app, { terminal: INVOICE_MERCHANT.terminal, invoiceId: '205000002' });
    expect((await status(app, await statusToken(app), '205000002')).resultCode).toBe('102');
  });

  it('answers 104 when the token carries no terminal', async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000003' });
    const token = await getToken(app, clientCredentials({ scope: WEBAPI_SCOPE }));
    expect(await status(app, token, '205000003')).toMatchObject({ resultCode: '104', transaction: null });
  });

  it("answers 109 when the token's terminal is not the merchant's", async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000004' });
    const token = await statusToken(app, TERMINALS.otherMerchant);
    expect(await status(app, token, '205000004')).toMatchObject({
      resultCode: '109',
      resultMessage: 'Terminal does not belong to the client, check provided request',
    });
  });

  it("answers 106 when the payment is on another of the merchant's terminals", async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000005', terminal: TERMINALS.tokenExample });
    expect((await status(app, await statusToken(app, TERMINALS.main), '205000005')).resultCode).toBe('106');
    expect((await status(app, await statusToken(app, TERMINALS.tokenExample), '205000005')).resultCode).toBe(
      '100',
    );
  });

  it("answers 101 reject with no transaction for a rejected payment (003's error example)", async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000006', status: 'REJECT' });
    expect(await status(app, await statusToken(app), '205000006')).toEqual(
      exampleJson(JSON_EXAMPLES.find((e) => e.id === 'status-error')!),
    );
  });

  it.each([
    ['999999999999101', '101', 'reject'],
    ['999999999999102', '102', 'Invoice not found, try again later or check transaction type (payment/p2p)'],
    ['999999999999103', '103', 'Error, try again or contact support'],
    ['999999999999106', '106', 'Incorrect terminal'],
    ['999999999999107', '107', 'Try again later'],
  ])('answers the reserved invoice id %s with %s', async (invoiceId, code, message) => {
    const app = createTestApp();
    expect(await status(app, await statusToken(app), invoiceId)).toEqual({
      resultCode: code,
      resultMessage: message,
      transaction: null,
    });
  });

  it('checks the token before a reserved id: 104 wins', async () => {
    const app = createTestApp();
    const token = await getToken(app, clientCredentials({ scope: WEBAPI_SCOPE }));
    expect((await status(app, token, '999999999999103')).resultCode).toBe('104');
  });

  it('shows the latest payment of an invoice id that was retried', async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000007', status: 'REJECT' });
    app.clock.advance(1000);
    await createPayment(app, { invoiceId: '205000007', status: 'AUTH' });
    expect((await status(app, await statusToken(app), '205000007')).transaction?.statusName).toBe('AUTH');
  });

  it('follows the payment when it is checked, changed, then checked again (a status polled)', async () => {
    const app = createTestApp();
    const token = await statusToken(app);
    expect((await status(app, token, '205000008')).resultCode).toBe('102');
    await createPayment(app, { invoiceId: '205000008', status: 'AUTH' });
    expect((await status(app, token, '205000008')).transaction?.statusName).toBe('AUTH');
    app.clock.advance(1000);
    await createPayment(app, { invoiceId: '205000008', status: 'CHARGE' });
    expect((await status(app, token, '205000008')).transaction?.statusName).toBe('CHARGE');
  });

  it('forgets a checked payment after a reset', async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '205000009', status: 'CHARGE' });
    expect((await status(app, await statusToken(app), '205000009')).resultCode).toBe('100');
    expect((await app.request('/_sandbox/reset', { method: 'POST' })).status).toBe(200);
    expect((await status(app, await statusToken(app), '205000009')).resultCode).toBe('102');
  });

  it('refuses a token without a payment scope with 403', async () => {
    const app = createTestApp();
    const res = await getWith(app, await transferToken(app), '/check-status/payment/transaction/1');
    expect(res.status).toBe(403);
  });
});

describe('GET /check-status/p2p/transaction/:order', () => {
  it('answers 100 with the transfer after a transfer, on the token terminal', async () => {
    const app = createTestApp();
    await postTransfer(app, await transferToken(app), transferBody({ order: { id: '600001' } }));
    const body = await status(app, await statusToken(app, TERMINALS.bodyExample), '600001', 'p2p');
    const checked = validate(P2PStatusResponse, body);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(body).toMatchObject({
      resultCode: '100',
      transaction: {
        invoiceID: '600001',
        statusName: 'CHARGE',
        senderCardPAN: '440563...5096',
        terminal: '98151552',
      },
    });
  });

  it('answers 101 for a declined transfer and 102 for an unknown order', async () => {
    const app = createTestApp();
    await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { id: '600002' }, sender: { cvc: '000' } }),
    );
    const token = await statusToken(app, TERMINALS.bodyExample);
    expect((await status(app, token, '600002', 'p2p')).resultCode).toBe('101');
    expect((await status(app, token, '600003', 'p2p')).resultCode).toBe('102');
  });

  it('accepts a transfer-scope token with a terminal', async () => {
    const app = createTestApp();
    await postTransfer(app, await transferToken(app), transferBody({ order: { id: '600004' } }));
    const token = await transferToken(app, { terminal: TERMINALS.bodyExample });
    expect((await status(app, token, '600004', 'p2p')).resultCode).toBe('100');
  });

  it('answers a payment invoice id with 102 on the p2p route (transaction type matters)', async () => {
    const app = createTestApp();
    await createPayment(app, { invoiceId: '600005' });
    expect((await status(app, await statusToken(app), '600005', 'p2p')).resultCode).toBe('102');
  });
});
