import { describe, expect, it } from 'vitest';
import { defaultFixtures } from '../../fixtures/index.js';
import {
  createClock,
  createHistoryProvider,
  createInitialState,
  EXAMPLE_PAYMENTS,
  generateHistory,
  isDictionaryColumn,
  isoToMs,
  PAYMENT_FIELDS,
  type PaymentRecord,
  type RecordSource,
  TRANSFER_FIELDS,
} from '../../server/core/index.js';
import { createMemoryStore } from '../../server/storage/index.js';

const END = new Date('2026-11-27T00:00:00Z');
const merchants = defaultFixtures.merchants;
const all = <R>(source: RecordSource<R>): R[] => Array.from({ length: source.size }, (_, i) => source.at(i));

describe('generated history', () => {
  const history = generateHistory({ seed: 42, size: 2000, end: END, merchants });
  const payments = all(history.payments);
  const transfers = all(history.transfers);
  const generated = payments.filter((p) => p.origin === 'history');

  it('is byte-identical for the same seed, size and end', () => {
    const again = generateHistory({ seed: 42, size: 2000, end: END, merchants });
    expect(JSON.stringify(all(again.payments))).toBe(JSON.stringify(payments));
    expect(JSON.stringify(all(again.transfers))).toBe(JSON.stringify(transfers));
  });

  it('differs for another seed', () => {
    const other = generateHistory({ seed: 43, size: 2000, end: END, merchants });
    expect(other.payments.at(20).id).not.toBe(history.payments.at(20).id);
    expect(JSON.stringify(all(other.payments))).not.toBe(JSON.stringify(payments));
  });

  it("holds the documents' example records and the requested number of generated ones", () => {
    expect(payments.filter((p) => p.origin === 'example').map((p) => p.id)).toEqual(
      EXAMPLE_PAYMENTS.map((p) => p.id),
    );
    expect(generated.length).toBe(2000);
    expect(transfers.filter((t) => t.origin === 'history').length).toBe(200);
    const status = history.payments.at(history.payments.indexOf('af2089fe-43b1-47eb-a61f-c78dd196e18d'));
    expect(status).toMatchObject({
      invoiceId: '205218074',
      status: 'REFUND',
      terminalId: '67e34d63-102f-4bd1-898e-370781d0074d',
      clientId: 'test',
    });
  });

  it('spreads payments over five years up to, not after, the end', () => {
    const times = generated.map((p) => Date.parse(p.createdDate));
    expect(Math.max(...times)).toBeLessThan(END.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.UTC(2021, 10, 27));
    expect(new Set(generated.map((p) => p.createdDate.slice(0, 4)))).toEqual(
      new Set(['2021', '2022', '2023', '2024', '2025', '2026']),
    );
    for (const p of generated) {
      for (const date of [p.authDate, p.confirmDate, p.updatedDate, p.payoutDate]) {
        if (date !== null) expect(Date.parse(date)).toBeLessThan(END.getTime());
      }
    }
  });

  it('has the variety of a live merchant', () => {
    const values = (pick: (p: PaymentRecord) => unknown) => new Set(generated.map(pick));
    for (const status of ['AUTH', 'CHARGE', 'CANCEL', 'REFUND', 'REJECT', 'FAILED']) {
      expect(values((p) => p.status)).toContain(status);
    }
    expect(values((p) => p.currency)).toEqual(new Set(['KZT', 'USD', 'EUR', 'RUB']));
    expect(values((p) => p.transactionType)).toEqual(
      new Set(['purchase', 'recurrent', 'installment', 'payout']),
    );
    expect(values((p) => p.clientId)).toEqual(new Set(['test', 'halykfinanceUSD']));
    expect(values((p) => p.shopId).size).toBe(2); // one per terminal's shop
    expect(values((p) => p.cardType)).toContain('VISA');
    expect(values((p) => p.cardType)).toContain('MasterCard');
    const bigger = generateHistory({ seed: 42, size: 20_000, end: END, merchants }).payments;
    expect(new Set(Array.from({ length: 2000 }, (_, i) => bigger.at(i * 10).cardType))).toContain('AMEX');
    expect(values((p) => p.language)).toEqual(new Set(['RUS', 'KAZ', 'ENG']));
    expect(generated.some((p) => !Number.isInteger(p.amount))).toBe(true);
    expect(generated.some((p) => p.amountBonus > 0)).toBe(true);
    expect(generated.some((p) => p.payoutDate !== null && p.payoutAmount > 0)).toBe(true);
    expect(generated.some((p) => p.status === 'REFUND' && p.refundedAmount < p.chargedAmount)).toBe(true);
    expect(generated.some((p) => p.reasonCode === '484')).toBe(true);
    expect(values((p) => p.payerEmail).size).toBeGreaterThan(20);
    expect(generated.every((p) => /^\d{12}$/.test(p.reference) || p.reference === '')).toBe(true);
    expect(new Set(transfers.map((t) => t.status))).toEqual(new Set(['ok', 'error']));
    expect(new Set(transfers.map((t) => t.senderTransferType))).toEqual(new Set(['TYPEPAN', 'TYPECARDID']));
  });

  it('keeps state consistent: charges within the amount, refunds within the charge, AUTH not charged', () => {
    for (const p of generated) {
      expect(p.chargedAmount).toBeLessThanOrEqual(p.amount);
      expect(p.refundedAmount).toBeLessThanOrEqual(p.chargedAmount);
      if (p.status === 'AUTH' || p.status === 'REJECT') expect(p.chargedAmount).toBe(0);
      if (p.status === 'REFUND') expect(p.refundedAmount).toBeGreaterThan(0);
    }
  });

  it('holds masked cards only: never a full card number', () => {
    const text = JSON.stringify([...payments, ...transfers]);
    expect(text).not.toMatch(/"\w*[Cc]ard\w*":"\d{13,19}"/);
    expect(text).not.toMatch(/cvc|cardCVC/i);
    for (const p of payments) expect(p.cardMask).toMatch(/^\d{4,6}\.\.\.\d{4}$/);
    for (const t of transfers) {
      expect(t.senderCardMask).toMatch(/^(\d{6}\.\.\.\d{4}|\d{4}\*+\d{4})$/);
      expect(t.receiverCardMask).toMatch(/^(\d{6}\.\.\.\d{4}|\d{4}\*+\d{4})$/);
    }
  });

  it('finds every record by id, and nothing for other ids', () => {
    payments.forEach((p, i) => {
      expect(history.payments.indexOf(p.id)).toBe(i);
    });
    transfers.forEach((t, i) => {
      expect(history.transfers.indexOf(t.id)).toBe(i);
    });
    expect(history.payments.indexOf('00000000-0000-4000-8000-000000000000')).toBe(-1);
    expect(history.payments.indexOf('not a uuid')).toBe(-1);
    expect(history.payments.indexOf(transfers[5]?.id ?? '')).toBe(-1);
  });

  it('gives the same values column by column as record by record', () => {
    const check = <R>(source: RecordSource<R>, records: R[], properties: string[]) => {
      for (const property of properties) {
        const column = source.column?.(property as keyof R & string);
        expect(column, property).toBeDefined();
        const read = (i: number) => {
          if (!column) return undefined;
          if (!isDictionaryColumn(column)) return column[i];
          const code = column.codes[i] as number;
          return code < 0 ? null : column.values[code];
        };
        records.forEach((record, i) => {
          const raw = record[property as keyof R] as unknown;
          const expected = /Date$|At$/.test(property)
            ? raw === null
              ? Number.NaN
              : isoToMs(String(raw))
            : raw;
          expect(read(i), `${property} of record ${i}`).toEqual(expected);
        });
      }
    };
    check(history.payments, payments, ['id', 'clientId', ...PAYMENT_FIELDS.map((f) => f.property)]);
    check(history.transfers, transfers, ['id', 'clientId', ...TRANSFER_FIELDS.map((f) => f.property)]);
  });

  it('accepts size 0: the example records only', () => {
    const empty = generateHistory({ seed: 1, size: 0, end: END, merchants });
    expect(all(empty.payments).every((p) => p.origin === 'example')).toBe(true);
    expect(empty.transfers.size).toBe(1);
  });

  it('refuses a size that is negative or not whole', () => {
    expect(() => generateHistory({ seed: 1, size: -1, end: END, merchants })).toThrow(RangeError);
    expect(() => generateHistory({ seed: 1, size: 1.5, end: END, merchants })).toThrow(RangeError);
  });
});

describe('history end date', () => {
  it("is midnight UTC of the clock's day, and kept in the state across restarts", () => {
    const store = createMemoryStore(createInitialState(42));
    const clock = createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true });
    const first = createHistoryProvider({ store, clock, merchants, size: 50 });
    const a = first.historyFor(42);
    expect(store.state.historyEnd).toBe('2026-11-27T00:00:00.000Z');
    clock.advance(3 * 86_400_000);
    const restarted = createHistoryProvider({ store, clock, merchants, size: 50 });
    const b = restarted.historyFor(42);
    expect(JSON.stringify(all(b.payments as RecordSource<PaymentRecord>))).toBe(
      JSON.stringify(all(a.payments as RecordSource<PaymentRecord>)),
    );
  });

  it('is written back after a reset that keeps the seed', async () => {
    const store = createMemoryStore(createInitialState(42));
    const clock = createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true });
    const provider = createHistoryProvider({ store, clock, merchants, size: 10 });
    provider.historyFor(42);
    await store.replace(createInitialState(42));
    expect(store.state.historyEnd).toBeUndefined();
    provider.keepEnd();
    expect(store.state.historyEnd).toBe('2026-11-27T00:00:00.000Z');
  });
});
