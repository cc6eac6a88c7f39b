import { describe, expect, it } from 'vitest';
import { isEpayApiError, TEST_CREDENTIALS } from '../../client/index.js';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import type { TransferRequest } from '../../contracts/index.js';
import { checkedClient } from '../support/client.js';
import { CARDS, TERMINALS } from '../support/transfers.js';

const TERMINAL = TEST_CREDENTIALS.test.terminal;

function setup() {
  const { app, client, exchanges, problems } = checkedClient('test');
  const tokenForms = () =>
    exchanges.filter((e) => e.endpoint.id === 'token').map((e) => e.request.form ?? {});
  const createPayment = async (fields: Record<string, unknown>) => {
    const res = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
    return ((await res.json()) as { id: string }).id;
  };
  return { app, client, problems, tokenForms, createPayment };
}

/** A transfer from 004's VISA test card to the unlocked MasterCard, on merchant test's main terminal. */
function transfer(id: string, sender: Partial<TransferRequest['card']['sender']> = {}): TransferRequest {
  return {
    order: { id, amount: 150, currency: 'KZT', terminalId: TERMINAL, description: 'client test' },
    card: {
      sender: {
        transferType: 'TYPEPAN',
        cardCred: CARDS.visa.pan,
        cvc: CARDS.visa.cvc,
        expire: { month: CARDS.visa.month, year: CARDS.visa.year },
        name: 'Arman Ali',
        ...sender,
      },
      receiver: { transferType: 'TYPEPAN', cardCred: CARDS.master.pan },
    },
  };
}

describe('client.transfer', () => {
  it('gets a fresh transfer token bound to each order and answers the typed transfer', async () => {
    const { client, problems, tokenForms } = setup();
    const first = await client.transfer(transfer('880000000001'));
    const second = await client.transfer(transfer('880000000002'));
    expect(first).toMatchObject({
      orderID: '880000000001',
      status: 'CHARGE',
      senderCardPAN: '440563...5096',
    });
    expect(second.orderID).toBe('880000000002');
    const forms = tokenForms();
    expect(forms).toHaveLength(2);
    expect(forms.map((f) => [f.scope, f.invoiceID, f.amount, f.currency, f.terminal])).toEqual([
      ['transfer', '880000000001', '150', 'KZT', TERMINAL],
      ['transfer', '880000000002', '150', 'KZT', TERMINAL],
    ]);
    expect(problems).toEqual([]);
  });

  it('binds secretHash to the token, so the postLink callback echoes it', async () => {
    const { app, client, tokenForms } = setup();
    const body = transfer('880000000003');
    await client.transfer(
      { ...body, order: { ...body.order, postLink: 'http://127.0.0.1:9/epay' } },
      { secretHash: 's3cr3t' },
    );
    expect(tokenForms()[0]).toMatchObject({ secret_hash: 's3cr3t', postLink: 'http://127.0.0.1:9/epay' });
    const log = (await (await app.request('/_sandbox/callbacks?invoiceId=880000000003')).json()) as {
      deliveries: { payload: { secret_hash: string } }[];
    };
    expect(log.deliveries[0]?.payload.secret_hash).toBe('s3cr3t');
  });

  it("throws a typed API error with 004's error body on a decline, and the next transfer gets a new token", async () => {
    const { client, problems, tokenForms } = setup();
    const error = await client.transfer(transfer('880000000004', { cvc: '000' })).catch((e: unknown) => e);
    expect(isEpayApiError(error)).toBe(true);
    if (!isEpayApiError(error)) return;
    expect(error.status).toBe(400);
    expect(error.code).toBe(466);
    expect(error.body).toMatchObject({ invoiceId: '880000000004', reference: '' });
    await expect(client.transfer(transfer('880000000004'))).resolves.toMatchObject({ status: 'CHARGE' });
    expect(tokenForms()).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('uses a token given by the caller, and a spent one is refused with 401', async () => {
    const { client, tokenForms } = setup();
    const { access_token } = await client.tokens.clientCredentials({ scope: 'transfer', terminal: TERMINAL });
    await client.transfer(transfer('880000000005'), { token: access_token });
    expect(tokenForms()).toHaveLength(1);
    const reused = await client
      .transfer(transfer('880000000006'), { token: access_token })
      .catch((e: unknown) => e);
    expect(isEpayApiError(reused) && [reused.status, reused.code]).toEqual([401, 9010]);
  });
});

describe('client status methods', () => {
  it('reads the payment and P2P status with one cached client_credentials token that carries the terminal', async () => {
    const { client, problems, tokenForms, createPayment } = setup();
    await createPayment({ status: 'CHARGE', invoiceId: '880000000010', amount: 300 });
    await client.transfer(transfer('880000000011'));
    const payment = await client.paymentStatus('880000000010');
    const p2p = await client.p2pStatus('880000000011');
    const unknown = await client.p2pStatus('880000000012');
    expect(payment).toMatchObject({
      resultCode: '100',
      transaction: { invoiceID: '880000000010', statusName: 'CHARGE', amount: 300 },
    });
    expect(p2p).toMatchObject({ resultCode: '100', transaction: { invoiceID: '880000000011' } });
    expect(unknown).toEqual({
      resultCode: '102',
      resultMessage: 'Invoice not found, try again later or check transaction type (payment/p2p)',
      transaction: null,
    });
    const statusForms = tokenForms().filter((f) => f.scope !== 'transfer');
    expect(statusForms).toHaveLength(1);
    expect(statusForms[0]).toMatchObject({ grant_type: 'client_credentials', terminal: TERMINAL });
    expect(problems).toEqual([]);
  });

  it('answers resultCode 106 for a payment on another terminal of the merchant', async () => {
    const { client, createPayment } = setup();
    await createPayment({ status: 'AUTH', invoiceId: '880000000013', terminal: TERMINALS.tokenExample });
    expect((await client.paymentStatus('880000000013')).resultCode).toBe('106');
  });
});

describe('client lifecycle methods', () => {
  it('charges in part, refunds in part and cancels, sharing the status token', async () => {
    const { client, problems, tokenForms, createPayment } = setup();
    const toCharge = await createPayment({ status: 'AUTH', invoiceId: '880000000020', amount: 100 });
    const toCancel = await createPayment({ status: 'AUTH', invoiceId: '880000000021', amount: 100 });
    await expect(client.chargePayment(toCharge, { amount: 80 })).resolves.toBeUndefined();
    await client.refundPayment(toCharge, { amount: '30.50' });
    await client.cancelPayment(toCancel);
    expect((await client.paymentStatus('880000000020')).transaction).toMatchObject({
      statusName: 'REFUND',
      amount: 49.5,
      orgAmount: 100,
    });
    expect((await client.paymentStatus('880000000021')).transaction?.statusName).toBe('CANCEL');
    expect(tokenForms()).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('throws a typed API error when the payment is in the wrong state', async () => {
    const { client, createPayment } = setup();
    const id = await createPayment({ status: 'CHARGE' });
    const error = await client.cancelPayment(id).catch((e: unknown) => e);
    expect(isEpayApiError(error) && [error.status, error.code]).toEqual([400, 9211]);
  });
});

describe('client bodyText', () => {
  it("sends 004's transfer example as printed (trailing comma) while hooks see the body it means", async () => {
    const { client, problems } = setup();
    const example = JSON_EXAMPLES.find((e) => e.id === 'transfer-request');
    if (!example) throw new Error('no transfer-request example');
    const body = exampleJson(example) as TransferRequest;
    const exchange = await client.send('transfer', { body, bodyText: example.raw });
    expect(exchange.status).toBe(200);
    expect(exchange.headers.get('x-sandbox-warning')).toMatch(/trailing comma/i);
    expect(exchange.request.json).toEqual(body);
    expect(problems).toEqual([]);
  });
});
