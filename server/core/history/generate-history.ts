import type { Merchant } from '../../../fixtures/index.js';
import type { PaymentRecord, RecordSource, TransferRecord } from '../records/index.js';
import { appendColumn, columnValue, materializedColumn } from './column-values.js';
import { buildCustomers } from './customers.js';
import { EXAMPLE_PAYMENTS, EXAMPLE_TRANSFERS } from './example-records.js';
import { createPaymentHistory } from './generate-payments.js';
import { createTransferHistory } from './generate-transfers.js';
import { Rng } from './rng.js';
import { createSeededFaker } from './seeded-faker.js';
import { buildTimeline } from './timeline.js';

/** Generated payments when no size is given: enough variety for screens and tests, generated in a few ms. */
export const DEFAULT_HISTORY_SIZE = 1000;
/** Largest history size accepted (memory grows by about 1 KB per payment). */
export const MAX_HISTORY_SIZE = 5_000_000;
/** Years of history before its end. */
export const HISTORY_YEARS = 5;
/** Largest customer pool (a returning customer makes about 40 payments). */
const MAX_CUSTOMERS = 25_000;
/** One transfer is generated per this many payments. */
export const PAYMENTS_PER_TRANSFER = 10;

/** Options of {@link generateHistory}. */
export interface HistoryOptions {
  readonly seed: number;
  /** Number of generated payments (transfers: one per {@link PAYMENTS_PER_TRANSFER}). */
  readonly size: number;
  /** End of the history (exclusive): nothing is generated at or after it. */
  readonly end: Date;
  /** Merchants that own the records (the first one gets most of them). */
  readonly merchants: readonly Merchant[];
  /** Include the documents' example records (default true). */
  readonly examples?: boolean;
}

/**
 * Midnight UTC of the day of `instant`: the end of the history a sandbox generates (see docs/search.md).
 *
 * @example
 * historyEndFor(new Date('2026-11-27T10:00:00Z')); // 2026-11-27T00:00:00.000Z
 */
export function historyEndFor(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 86_400_000) * 86_400_000);
}

/** The generated history: record sources that build each record when read. */
export interface GeneratedHistory {
  readonly payments: RecordSource<PaymentRecord>;
  readonly transfers: RecordSource<TransferRecord>;
}

/** A source of known size whose records are drawn on first access. */
function lazySource<R>(size: number, source: () => RecordSource<R>): RecordSource<R> {
  return {
    size,
    at: (index) => source().at(index),
    indexOf: (id) => source().indexOf(id),
    column: (property) => source().column?.(property),
  };
}

/**
 * `generated`, then the documents' example records (a copy on each read: callers may change what they
 * get). Examples come last so that whole columns are extended, not shifted.
 */
function withExamples<R extends { readonly id: string }>(
  examples: readonly R[],
  generated: RecordSource<R> | undefined,
): RecordSource<R> {
  const offset = generated?.size ?? 0;
  const positions = new Map(examples.map((r, i) => [r.id, offset + i]));
  return {
    size: offset + examples.length,
    at: (index) =>
      index < offset ? (generated as RecordSource<R>).at(index) : { ...(examples[index - offset] as R) },
    indexOf: (id) => positions.get(id) ?? (generated ? generated.indexOf(id) : -1),
    column(property) {
      const tail = examples.map((r) => columnValue(property, r[property]));
      if (!generated) return tail;
      const base =
        generated.column?.(property) ?? materializedColumn(generated.size, (i) => generated.at(i), property);
      return appendColumn(base, tail);
    },
  };
}

/**
 * Generates the history of a seed: `size` payments and `size / 10` transfers spread over
 * {@link HISTORY_YEARS} years before `end`, then the documents' example records. The same options give byte-identical
 * records on every machine: faker (one locale, seeded, reference date `end`) builds the customer pool, and
 * seeded sfc32 streams make the per-record choices. Only the creation instants are stored; each record is
 * generated when read (see docs/decisions/0011).
 *
 * @example
 * const history = generateHistory({ seed: 42, size: 1000, end: new Date('2026-11-27'), merchants });
 * history.payments.size; // 1009 (1000 generated + 9 example records)
 */
export function generateHistory(options: HistoryOptions): GeneratedHistory {
  const { seed, size, merchants } = options;
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_HISTORY_SIZE) {
    throw new RangeError(`history size must be an integer from 0 to ${MAX_HISTORY_SIZE}, got ${size}`);
  }
  const end = options.end.getTime();
  const startDate = new Date(end);
  startDate.setUTCFullYear(startDate.getUTCFullYear() - HISTORY_YEARS);
  const start = startDate.getTime();
  const examples = options.examples !== false && merchants.some((m) => m.clientId === 'test');
  const payments = examples ? EXAMPLE_PAYMENTS : [];
  const transfers = examples ? EXAMPLE_TRANSFERS : [];
  if (size === 0 || merchants.length === 0) {
    return { payments: withExamples(payments, undefined), transfers: withExamples(transfers, undefined) };
  }
  // Drawn when first read: a sandbox that never searches (most msw handlers) pays nothing for it.
  let drawn: { payments: RecordSource<PaymentRecord>; transfers: RecordSource<TransferRecord> } | undefined;
  const draw = () => {
    if (!drawn) {
      const faker = createSeededFaker(seed, options.end);
      const customers = buildCustomers(faker, Math.min(MAX_CUSTOMERS, Math.max(24, Math.round(size / 40))));
      const timeline = new Rng(seed);
      const paymentTimes = buildTimeline(timeline, size, start, end);
      const transferTimes = buildTimeline(timeline, Math.ceil(size / PAYMENTS_PER_TRANSFER), start, end);
      drawn = {
        payments: createPaymentHistory({ seed, merchants, customers, times: paymentTimes, end }),
        transfers: createTransferHistory({ seed, merchants, customers, times: transferTimes }),
      };
    }
    return drawn;
  };
  return {
    payments: withExamples(
      payments,
      lazySource(size, () => draw().payments),
    ),
    transfers: withExamples(
      transfers,
      lazySource(Math.ceil(size / PAYMENTS_PER_TRANSFER), () => draw().transfers),
    ),
  };
}
