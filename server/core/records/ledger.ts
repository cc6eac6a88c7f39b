import { maskFreeText } from './mask-free-text.js';
import { arraySource, isRecordSource, type RecordSource } from './record-source.js';

/** A record the ledger can hold: identified, owned by one merchant. */
export interface LedgerRecord {
  readonly id: string;
  readonly clientId: string;
}

/** Notified when a record is added or changed (`previous` is undefined for a new record). */
export type LedgerListener<R> = (record: R, previous: R | undefined) => void;

/**
 * One kind of record (payments, transfers, invoices): the generated history (in memory, reproducible from
 * the seed) overlaid by what the API created or changed (persisted in the state). Search indexes subscribe
 * to it to stay current.
 */
export interface Ledger<R extends LedgerRecord> {
  get(id: string): R | undefined;
  /** Every record, history first, then created ones; a changed history record appears once, changed. */
  all(): IterableIterator<R>;
  readonly size: number;
  /** Adds or replaces a record in the state (commit the store afterwards); card numbers in its free text are masked. */
  save(record: R): void;
  subscribe(listener: LedgerListener<R>): () => void;
  /** The history under the overlay (generated records, addressable by position). */
  readonly history: RecordSource<R>;
  /** The records created or changed through the API (the overlay kept in the state). */
  changed(): IterableIterator<R>;
  /** Swaps the generated history (a reset to another seed). Listeners are not called: resets are announced by the sandbox. */
  replaceHistory(history: readonly R[] | RecordSource<R>): void;
}

/**
 * Creates a ledger over `history` (an array, or a {@link RecordSource} that generates records on demand)
 * and a state collection (`state.payments`, ...), read through `created()` so that a store reset or
 * restore is picked up.
 *
 * @example
 * const payments = createLedger(history, () => store.state.payments);
 * payments.save({ ...payment, status: 'CHARGE' });
 */
export function createLedger<R extends LedgerRecord>(
  initialHistory: readonly R[] | RecordSource<R>,
  created: () => Record<string, R>,
): Ledger<R> {
  const sourceOf = (h: readonly R[] | RecordSource<R>): RecordSource<R> =>
    isRecordSource(h) ? h : arraySource(h);
  let history = sourceOf(initialHistory);
  const inHistory = (id: string): boolean => history.indexOf(id) >= 0;
  const listeners = new Set<LedgerListener<R>>();
  return {
    get(id) {
      const overlay = created();
      const own = Object.hasOwn(overlay, id) ? overlay[id] : undefined;
      if (own) return own;
      const index = history.indexOf(id);
      return index >= 0 ? history.at(index) : undefined;
    },
    *all() {
      // A Map, not the state object: keyed lookups of a million fresh id strings on a plain object
      // would intern every one of them.
      const overlay = new Map(Object.entries(created()));
      for (let i = 0; i < history.size; i++) {
        const record = history.at(i);
        yield (overlay.size > 0 ? overlay.get(record.id) : undefined) ?? record;
      }
      for (const [id, record] of overlay) if (!inHistory(id)) yield record;
    },
    get history() {
      return history;
    },
    *changed() {
      yield* Object.values(created());
    },
    get size() {
      let extra = 0;
      for (const id of Object.keys(created())) if (!inHistory(id)) extra++;
      return history.size + extra;
    },
    save(record) {
      maskFreeText(record);
      const collection = created();
      const own = collection[record.id];
      const index = own ? -1 : history.indexOf(record.id);
      const previous = own ?? (index >= 0 ? history.at(index) : undefined);
      collection[record.id] = record;
      for (const listener of listeners) listener(record, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replaceHistory(next) {
      history = sourceOf(next);
    },
  };
}
