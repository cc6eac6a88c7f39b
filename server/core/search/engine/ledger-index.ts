import type { Ledger, LedgerRecord } from '../../records/index.js';
import type { SearchEngine } from './search-engine.js';
import type { EngineQuery } from './types.js';

/** A search engine kept in step with a ledger. */
export interface LedgerIndex<R> {
  /** Runs a query; the page's records come from the ledger (history records are generated then). */
  search(query: EngineQuery): { readonly total: number; readonly records: readonly R[] };
  /** Builds the index now rather than on the first search. */
  warm(): void;
}

/** What {@link createLedgerIndex} connects. */
export interface LedgerIndexDeps<R extends LedgerRecord> {
  readonly ledger: Ledger<R>;
  readonly engine: SearchEngine<R>;
  /** Subscribes to sandbox resets (`sandbox.onReset`). */
  readonly onReset: (listener: () => void) => () => void;
}

/**
 * Keeps `engine` current with `ledger`: built from `ledger.all()` on first use, updated on every save
 * (`Ledger.subscribe`: transfers, lifecycle changes, invoice payments made while the server runs), and
 * dropped on reset, to be rebuilt by the next search.
 *
 * @example
 * const index = createLedgerIndex({ ledger: sandbox.payments, engine, onReset: sandbox.onReset });
 * index.search(query).records;
 */
export function createLedgerIndex<R extends LedgerRecord>(deps: LedgerIndexDeps<R>): LedgerIndex<R> {
  const { ledger, engine } = deps;
  let built = false;
  const ensure = () => {
    if (built) return;
    const history = ledger.history;
    if (engine.load(history)) {
      // The overlay: records created or changed through the API, over the loaded history.
      for (const record of ledger.changed()) {
        const index = history.indexOf(record.id);
        engine.upsert(record, index >= 0 ? history.at(index) : undefined);
      }
    } else {
      engine.rebuild(ledger.all(), ledger.size);
    }
    built = true;
  };
  ledger.subscribe((record, previous) => {
    if (built) engine.upsert(record, previous);
  });
  deps.onReset(() => {
    built = false;
    engine.rebuild([]);
  });
  return {
    warm: ensure,
    search(query) {
      ensure();
      const result = engine.search(query);
      const records: R[] = [];
      for (const id of result.ids) {
        const record = ledger.get(id);
        if (record) records.push(record);
      }
      return { total: result.total, records };
    },
  };
}
