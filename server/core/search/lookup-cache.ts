import type { Ledger, LedgerRecord } from '../records/index.js';

/** Remembers which records a lookup found; see {@link createLookupCache}. */
export type LookupCache<R> = (key: string, find: () => R[]) => R[];

/**
 * Remembers the ids each lookup of a ledger found (a status check polled again and again), forgotten at
 * the ledger's next change and at every reset or restore: the events that keep its index current too, so
 * an answer from the cache is the one the index would give. Records are read from the ledger on every hit
 * (their current version). At most `maxKeys` lookups are kept (then it starts over).
 *
 * @example
 * const byInvoice = createLookupCache(sandbox.payments, sandbox.onReset);
 * byInvoice(`${clientId} ${invoiceId}`, () => index.find(clientId, filters));
 */
export function createLookupCache<R extends LedgerRecord>(
  ledger: Ledger<R>,
  onReset: (listener: () => void) => unknown,
  maxKeys = 4096,
): LookupCache<R> {
  let found = new Map<string, readonly string[]>();
  const forget = (): void => {
    if (found.size > 0) found = new Map();
  };
  ledger.subscribe(forget);
  onReset(forget);
  return (key, find) => {
    const ids = found.get(key);
    if (ids === undefined) {
      const records = find();
      if (found.size >= maxKeys) found = new Map();
      found.set(
        key,
        records.map((r) => r.id),
      );
      return records;
    }
    const records: R[] = [];
    for (const id of ids) {
      const record = ledger.get(id);
      if (record) records.push(record);
    }
    return records;
  };
}
