import { describe, expect, it } from 'vitest';
import { isEpayApiError, TEST_CREDENTIALS } from '../../client/index.js';
import { checkedClient } from '../support/client.js';
import { transferBody } from '../support/transfers.js';

const setup = () => checkedClient('test');

describe('the typed client against the money path', () => {
  it('transfers with a fresh token bound to each order, then reads the P2P status', async () => {
    const { client, problems } = setup();
    const body = transferBody({ order: { id: '970001', terminalId: TEST_CREDENTIALS.test.terminal } });
    const transfer = await client.call('transfer', { body: body as never });
    expect(transfer.status).toBe('CHARGE');
    const again = await client.call('transfer', {
      body: transferBody({ order: { id: '970002', terminalId: TEST_CREDENTIALS.test.terminal } }) as never,
    });
    expect(again.orderID).toBe('970002');
    const status = await client.call('p2pStatus', { params: { order: '970001' } });
    expect(status.resultCode).toBe('100');
    expect(problems).toEqual([]);
  });

  it('gets a typed API error for a declined card', async () => {
    const { client } = setup();
    const body = transferBody({
      order: { id: '970003', terminalId: TEST_CREDENTIALS.test.terminal },
      sender: { cvc: '000' },
    });
    const error = await client.call('transfer', { body: body as never }).catch((e: unknown) => e);
    expect(isEpayApiError(error)).toBe(true);
    expect((error as { body: { code: number } }).body.code).toBe(466);
  });

  it('charges and refunds a payment, reading empty 200 answers, and sees it in the payment status', async () => {
    const { app, client, problems } = setup();
    const created = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'AUTH', invoiceId: '970004', amount: 100 }),
    });
    const { id } = (await created.json()) as { id: string };
    expect(await client.call('operationCharge', { params: { id } })).toBe('');
    expect(await client.call('operationRefund', { params: { id }, query: { amount: 40 } })).toBe('');
    const status = await client.call('paymentStatus', { params: { invoiceid: '970004' } });
    expect(status.transaction).toMatchObject({ statusName: 'REFUND', amount: 60 });
    expect(problems).toEqual([]);
  });
});
