import type { Ledger, LedgerRecord } from './ledger.js';

/** A record with an order (invoice) id and a creation instant. */
export interface OrderedRecord extends LedgerRecord {
  readonly invoiceId: string;
}

/** Finds a merchant's records by order id (invoice id) without scanning the ledger. */
export interface OrderIndex<R extends OrderedRecord> {
  /** Records of `clientId` with this order id, in the order they were saved (oldest first). */
  find(clientId: string, invoiceId: string): R[];
  /** Records of `clientId` whose order id ends with the same last 6 characters (004's uniqueness rule). */
  findBySuffix(clientId: string, invoiceId: string): R[];
}

const SUFFIX = 6;

/**
 * Creates an index over a ledger, built on first use and kept current through `ledger.subscribe`.
 * `onReset` (the sandbox's) drops it after a reset so it is rebuilt from the new state.
 *
 * @example
 * const byInvoice = createOrderIndex(sandbox.payments, sandbox.onReset);
 * byInvoice.find('test', '205218074')[0]?.status;
 */
export function createOrderIndex<R extends OrderedRecord>(
  ledger: Ledger<R>,
  onReset: (listener: () => void) => unknown,
): OrderIndex<R> {
  let exact: Map<string, string[]> | undefined;
  let suffix: Map<string, string[]> | undefined;
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  const build = (keyOf: (invoiceId: string) => string): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    for (const record of ledger.all()) add(map, keyOf(record.invoiceId), record.id);
    return map;
  };
  const tail = (invoiceId: string): string => invoiceId.slice(-SUFFIX);
  ledger.subscribe((record) => {
    if (exact) add(exact, record.invoiceId, record.id);
    if (suffix) add(suffix, tail(record.invoiceId), record.id);
  });
  onReset(() => {
    exact = undefined;
    suffix = undefined;
  });
  const resolve = (ids: readonly string[] | undefined, clientId: string): R[] => {
    const out: R[] = [];
    for (const id of ids ?? []) {
      const record = ledger.get(id);
      if (record && record.clientId === clientId) out.push(record);
    }
    return out;
  };
  return {
    find(clientId, invoiceId) {
      exact ??= build((id) => id);
      return resolve(exact.get(invoiceId), clientId);
    },
    findBySuffix(clientId, invoiceId) {
      suffix ??= build(tail);
      return resolve(suffix.get(tail(invoiceId)), clientId);
    },
  };
}
