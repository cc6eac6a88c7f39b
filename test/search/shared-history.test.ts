import { describe, expect, it } from 'vitest';
import { type PaymentRecord, type Sandbox, STATUS_IDS } from '../../server/core/index.js';
import { createTestApp } from '../support/http.js';

/** Every payment of merchant `test` with order number `invoiceId`, through `POST /operations`' search. */
function searchByInvoice(sandbox: Sandbox, invoiceId: string) {
  return sandbox.search.payments('test', {
    paging: { page: 0, size: 20 },
    searchParameters: [
      { name: 'created_date', method: 'between', searchParameter: ['2000-01-01', '2100-01-01'] },
      { name: 'invoice_id', method: '=', searchParameter: [invoiceId] },
    ],
  });
}

describe('search indexes over a history shared by namespaces', () => {
  it("keeps a namespace's changes to history records out of every other namespace's searches and lookups", async () => {
    const app = createTestApp({ history: 500 });
    const mine = (await app.controls.namespace('ns-a')).sandbox;
    const theirs = app.sandbox;
    const target = [...theirs.payments.all()].find(
      (p) => p.clientId === 'test' && p.origin === 'history' && p.status === 'CHARGE',
    ) as PaymentRecord;
    // Both indexes are built before the change: they share the history's engine.
    expect(searchByInvoice(mine, target.invoiceId).totalCount).toBe(1);
    expect(searchByInvoice(theirs, target.invoiceId).totalCount).toBe(1);

    mine.payments.save({ ...target, status: 'REFUND', refundedAmount: target.amount });
    const retry: PaymentRecord = {
      ...target,
      id: '00000000-0000-4000-8000-000000000001',
      createdDate: '2026-11-26T12:00:00.000Z',
      origin: 'api',
    };
    mine.payments.save(retry);

    const found = searchByInvoice(mine, target.invoiceId);
    expect(found.totalCount).toBe(2);
    expect(found.records.map((r) => [r.id, r.statusID])).toEqual([
      [retry.id, STATUS_IDS.CHARGE],
      [target.id, STATUS_IDS.REFUND],
    ]);
    expect(mine.search.paymentsByInvoice('test', target.invoiceId).map((p) => p.id)).toEqual([
      target.id,
      retry.id,
    ]);
    const untouched = searchByInvoice(theirs, target.invoiceId);
    expect(untouched.records.map((r) => [r.id, r.statusID])).toEqual([[target.id, STATUS_IDS.CHARGE]]);
    expect(theirs.search.paymentsByInvoice('test', target.invoiceId)).toEqual([target]);

    await mine.reset();
    expect(searchByInvoice(mine, target.invoiceId).records.map((r) => r.statusID)).toEqual([
      STATUS_IDS.CHARGE,
    ]);
  });

  it('pages through history and namespace records as one list', async () => {
    const app = createTestApp({ history: 300 });
    const sandbox = (await app.controls.namespace('ns-b')).sandbox;
    const all = (page: number, size: number) =>
      sandbox.search.payments('test', {
        paging: { page, size },
        searchParameters: [
          { name: 'created_date', method: 'between', searchParameter: ['2000-01-01', '2100-01-01'] },
        ],
        orderParameters: [{ field: 'amount', typeOrder: 'ASC' }],
      });
    const history = [...sandbox.payments.all()].filter((p) => p.clientId === 'test');
    for (let i = 0; i < 5; i++) {
      sandbox.payments.save({
        ...(history[i] as PaymentRecord),
        id: `00000000-0000-4000-8000-00000000010${i}`,
        amount: [0.5, 1e9, 150, 151, 152][i] as number,
        origin: 'api',
      });
    }
    const whole = all(0, 1000);
    expect(whole.totalCount).toBe(history.length + 5);
    const amounts = whole.records.map((r) => r.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(amounts[0]).toBe(0.5);
    expect(amounts.at(-1)).toBe(1e9);
    const pages = [0, 7, 14, 21].flatMap((skip) => all(skip, 7).records.map((r) => r.id));
    expect(pages).toEqual(whole.records.slice(0, 28).map((r) => r.id));
    const deep = all(history.length - 2, 10);
    expect(deep.records.map((r) => r.id)).toEqual(whole.records.slice(history.length - 2).map((r) => r.id));
  });
});
