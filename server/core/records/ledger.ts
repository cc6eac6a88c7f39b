import { maskFreeText } from './mask-free-text.js';

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
  /** Swaps the generated history (a reset to another seed). Listeners are not called: resets are announced by the sandbox. */
  replaceHistory(history: readonly R[]): void;
}

/**
 * Id index of each history array, shared by every ledger over the same array (namespaces share the
 * generated history of a seed, so they share its index too).
 */
const historyIndexes = new WeakMap<readonly LedgerRecord[], ReadonlyMap<string, LedgerRecord>>();

function indexOf<R extends LedgerRecord>(history: readonly R[]): ReadonlyMap<string, R> {
  let index = historyIndexes.get(history);
  if (!index) {
    index = new Map(history.map((r) => [r.id, r]));
    historyIndexes.set(history, index);
  }
  return index as ReadonlyMap<string, R>;
}

/**
 * Creates a ledger over `history` and a state collection (`state.payments`, ...), read through `created()`
 * so that a store reset or restore is picked up.
 *
 * @example
 * const payments = createLedger(history, () => store.state.payments);
 * payments.save({ ...payment, status: 'CHARGE' });
 */
export function createLedger<R extends LedgerRecord>(
  initialHistory: readonly R[],
  created: () => Record<string, R>,
): Ledger<R> {
  let history = initialHistory;
  let historyById = indexOf(history);
  const listeners = new Set<LedgerListener<R>>();
  return {
    get: (id) => {
      const overlay = created();
      return (Object.hasOwn(overlay, id) ? overlay[id] : undefined) ?? historyById.get(id);
    },
    *all() {
      const overlay = created();
      for (const record of history) yield overlay[record.id] ?? record;
      for (const [id, record] of Object.entries(overlay)) if (!historyById.has(id)) yield record;
    },
    get size() {
      let extra = 0;
      for (const id of Object.keys(created())) if (!historyById.has(id)) extra++;
      return history.length + extra;
    },
    save(record) {
      maskFreeText(record);
      const collection = created();
      const previous = collection[record.id] ?? historyById.get(record.id);
      collection[record.id] = record;
      for (const listener of listeners) listener(record, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replaceHistory(next) {
      history = next;
      historyById = indexOf(next);
    },
  };
}
