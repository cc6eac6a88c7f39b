import type { Ledger, LedgerRecord, RecordSource } from '../../records/index.js';
import {
  createSearchEngine,
  ROW_FIELD,
  type SearchEngine,
  type SearchEngineOptions,
} from './search-engine.js';
import type { EngineQuery, Filter, SortKey } from './types.js';

/** A search engine kept in step with a ledger. */
export interface LedgerIndex<R> {
  /** Runs a query; the page's records come from the ledger (history records are generated then). */
  search(query: EngineQuery): { readonly total: number; readonly records: readonly R[] };
  /**
   * The records of `partition` that pass every filter, in the order they were saved (history first): the
   * lookups by order number (check-status, duplicate orders) use this.
   */
  find(partition: string, filters: readonly Filter[]): R[];
  /** Indexes these records again as the ledger holds them now (fields that depend on the clock). */
  reindex(ids: Iterable<string>): void;
  /** Builds the index now rather than on the first search. */
  warm(): void;
}

/** What {@link createLedgerIndex} connects: records `R` of a ledger, indexed as `V` (by default `R`). */
export interface LedgerIndexDeps<R extends LedgerRecord, V = R> {
  readonly ledger: Ledger<R>;
  /**
   * The engine's configuration. Pass one constant per record kind: indexes with the same options over
   * the same history share the history's engine (namespaces of a seed).
   */
  readonly engine: SearchEngineOptions<V>;
  /** Subscribes to sandbox resets (`sandbox.onReset`). */
  readonly onReset: (listener: () => void) => () => void;
  /**
   * What is indexed of a record, when some field depends on more than the record (an invoice's status on
   * the clock). It must keep the id, the partition and the primary date. Such an index shares nothing.
   */
  readonly view?: (record: R) => V;
}

/** History engines by engine options, then by history source: immutable, so shared by every index. */
const sharedHistories = new WeakMap<object, WeakMap<object, SearchEngine<unknown>>>();

/** An engine holding the records of `history`, read column by column when the source can. */
function historyEngine<R, V>(
  options: SearchEngineOptions<V>,
  history: RecordSource<R>,
  view: (record: R) => V,
  shared: boolean,
): SearchEngine<V> {
  const build = (): SearchEngine<V> => {
    const engine = createSearchEngine(options);
    if (!shared || !engine.load(history as unknown as RecordSource<V>)) {
      engine.rebuild(
        (function* () {
          for (let i = 0; i < history.size; i++) yield view(history.at(i));
        })(),
        history.size,
      );
    }
    return engine;
  };
  if (!shared) return build();
  let byHistory = sharedHistories.get(options);
  if (!byHistory) {
    byHistory = new WeakMap();
    sharedHistories.set(options, byHistory);
  }
  let engine = byHistory.get(history) as SearchEngine<V> | undefined;
  if (!engine) {
    engine = build();
    byHistory.set(history, engine as SearchEngine<unknown>);
  }
  return engine;
}

/** Two layers: the history's engine (shared, never changed) and the records the API created or changed. */
interface Layers<V> {
  readonly history: SearchEngine<V>;
  readonly overlay: SearchEngine<V>;
  /** Rows of the history engine whose record was changed (the overlay holds the new version). */
  readonly hidden: Set<number>;
}

/**
 * Keeps an index current with `ledger` in two layers: the generated history, indexed once and shared by
 * every index over the same history (the namespaces of a seed), and an overlay of the records created or
 * changed through the API (`ledger.changed()`, then every save through `Ledger.subscribe`), private to
 * this index. A changed history record is hidden in the history layer. A search runs on both layers and
 * merges their pages by sort keys; a reset drops the overlay (docs/decisions/0090).
 *
 * @example
 * const index = createLedgerIndex({ ledger: sandbox.payments, engine: PAYMENT_ENGINE, onReset: sandbox.onReset });
 * index.search(query).records;
 */
export function createLedgerIndex<R extends LedgerRecord, V = R>(
  deps: LedgerIndexDeps<R, V>,
): LedgerIndex<R> {
  const { ledger } = deps;
  const indexed = deps.view ?? ((record: R) => record as unknown as V);
  let layers: Layers<V> | undefined;

  const put = (current: Layers<V>, record: R, previous: R | undefined): void => {
    const at = ledger.history.indexOf(record.id);
    if (at >= 0) {
      const row = current.history.rowOf(indexed(ledger.history.at(at)));
      if (row >= 0) current.hidden.add(row);
    }
    current.overlay.upsert(indexed(record), previous && indexed(previous));
  };
  const ensure = (): Layers<V> => {
    if (layers) return layers;
    const built: Layers<V> = {
      history: historyEngine(deps.engine, ledger.history, indexed, deps.view === undefined),
      overlay: createSearchEngine(deps.engine),
      hidden: new Set(),
    };
    for (const record of ledger.changed()) put(built, record, undefined);
    layers = built;
    return built;
  };
  ledger.subscribe((record, previous) => {
    if (layers) put(layers, record, previous);
  });
  deps.onReset(() => {
    layers = undefined;
  });
  const records = (ids: readonly string[]): R[] => {
    const out: R[] = [];
    for (const id of ids) {
      const record = ledger.get(id);
      if (record) out.push(record);
    }
    return out;
  };

  return {
    warm() {
      ensure();
    },
    search(query) {
      const { history, overlay, hidden } = ensure();
      if (overlay.size === 0) {
        const only = history.search(query, { hidden });
        return { total: only.total, records: records(only.ids) };
      }
      // The overlay's first offset + limit matches are all that can reach the page.
      const end = query.offset + query.limit;
      const top = overlay.search({ ...query, offset: 0, limit: end }, { keys: true });
      if (top.total === 0) {
        const only = history.search(query, { hidden });
        return { total: only.total, records: records(only.ids) };
      }
      // With m overlay matches before the page, its history records start at offset - m or later.
      const from = Math.max(0, query.offset - top.ids.length);
      const base = history.search({ ...query, offset: from, limit: end - from }, { hidden, keys: true });
      const page = mergePages(
        { ids: base.ids, keys: base.keys ?? [] },
        { ids: top.ids, keys: top.keys ?? [] },
        from,
        query,
        history.keyComparator(query),
      );
      return { total: base.total + top.total, records: records(page) };
    },
    find(partition, filters) {
      const { history, overlay, hidden } = ensure();
      const query: EngineQuery = {
        partition,
        filters,
        order: [{ field: ROW_FIELD, descending: false }],
        offset: 0,
        limit: Number.MAX_SAFE_INTEGER,
      };
      return records([...history.search(query, { hidden }).ids, ...overlay.search(query).ids]);
    },
    reindex(ids) {
      const current = ensure();
      for (const id of ids) {
        const record = ledger.get(id);
        if (record) put(current, record, record);
      }
    },
  };
}

interface Page {
  readonly ids: readonly string[];
  readonly keys: readonly SortKey[];
}

/**
 * The ids at [offset, offset + limit) of the merge of two sorted result lists: `base`, the history's
 * matches from position `from`, and `top`, every overlay match that can reach the page (all of them when
 * `from` > 0). Overlay matches sorting before the first history match are counted, not listed.
 */
function mergePages(
  base: Page,
  top: Page,
  from: number,
  query: Pick<EngineQuery, 'offset' | 'limit'>,
  compare: (a: SortKey, b: SortKey) => number,
): string[] {
  let o = 0;
  let position = from;
  if (from > 0) {
    const first = base.keys[0];
    if (!first) return [];
    while (o < top.ids.length && compare(top.keys[o] as SortKey, first) < 0) {
      o++;
      position++;
    }
  }
  const page: string[] = [];
  let b = 0;
  while (page.length < query.limit && (b < base.ids.length || o < top.ids.length)) {
    const takeTop =
      b >= base.ids.length ||
      (o < top.ids.length && compare(top.keys[o] as SortKey, base.keys[b] as SortKey) < 0);
    const id = takeTop ? (top.ids[o++] as string) : (base.ids[b++] as string);
    if (position >= query.offset) page.push(id);
    position++;
  }
  return page;
}
