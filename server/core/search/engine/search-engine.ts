import { type Column, createColumn, growColumn, toCellValue, writeCell } from './columns.js';
import { DatePartition } from './date-partition.js';
import { type BoundKey, compareRows, type RowComparator, selectPage } from './ordering.js';
import { compileFilter, type RowTest } from './predicates.js';
import type { EngineQuery, EngineResult, Filter, SearchField } from './types.js';

/** What an engine indexes: a field table, the date field kept sorted, and how records are owned. */
export interface SearchEngineOptions<R> {
  readonly fields: readonly SearchField<R>[];
  /** Name of the date field each partition keeps sorted (creation date): date ranges become slices. */
  readonly primaryDate: string;
  /** The partition (merchant) a record belongs to: a query only ever sees one partition. */
  readonly partitionOf: (record: R) => string;
  readonly idOf: (record: R) => string;
  /**
   * Sort keys appended after the query's own, so that the order is total (default: the primary date
   * descending, newest first, then the id ascending).
   */
  readonly tiebreak?: readonly { readonly field: string; readonly descending: boolean }[];
}

/** An in-memory index of one kind of record, answering {@link EngineQuery}s. */
export interface SearchEngine<R> {
  /** Replaces everything with `records`. */
  rebuild(records: Iterable<R>): void;
  /** Adds a record, or updates the one with its id. */
  upsert(record: R): void;
  search(query: EngineQuery): EngineResult;
  /** Number of indexed records. */
  readonly size: number;
}

/** The pseudo-field that sorts by record id. */
export const ID_FIELD = 'id';

interface Store {
  columns: Column[];
  ids: string[];
  partitionKeys: string[];
  rowOf: Map<string, number>;
  partitions: Map<string, DatePartition>;
  capacity: number;
  size: number;
}

/**
 * Creates a search engine configured by a field table. Records are held as compact columns (typed arrays
 * for dates, numbers and booleans; shared strings for text); each partition keeps its rows sorted by the
 * primary date, so a date range is a binary search and a page ordered by date needs no sort. Other filters
 * are evaluated over the rows of the range; other orders sort only the matches (a heap for shallow pages).
 *
 * @example
 * const engine = createSearchEngine({ fields, primaryDate: 'created_date', partitionOf: (p) => p.clientId, idOf: (p) => p.id });
 * engine.rebuild(payments.all());
 * engine.search({ partition: 'test', filters, order: [], offset: 0, limit: 20 });
 */
export function createSearchEngine<R>(options: SearchEngineOptions<R>): SearchEngine<R> {
  const fields = options.fields;
  const fieldIndex = new Map<string, number>();
  fields.forEach((f, i) => {
    fieldIndex.set(f.name, i);
    for (const alias of f.aliases ?? []) fieldIndex.set(alias, i);
  });
  const primaryIndex = fieldIndex.get(options.primaryDate);
  if (primaryIndex === undefined || fields[primaryIndex]?.type !== 'date') {
    throw new Error(`primary date field '${options.primaryDate}' must be a date field of the table`);
  }
  const primary: number = primaryIndex;
  const tiebreak = options.tiebreak ?? [
    { field: options.primaryDate, descending: true },
    { field: ID_FIELD, descending: false },
  ];
  let store = emptyStore(0);

  function emptyStore(capacity: number): Store {
    return {
      columns: fields.map((f) => createColumn(f.type, capacity)),
      ids: [],
      partitionKeys: [],
      rowOf: new Map(),
      partitions: new Map(),
      capacity,
      size: 0,
    };
  }

  function ensureCapacity(rows: number): void {
    if (rows <= store.capacity) return;
    const capacity = Math.max(rows, Math.ceil(store.capacity * 1.5) + 64);
    store.columns = store.columns.map((c) => growColumn(c, capacity));
    store.capacity = capacity;
  }

  function write(row: number, record: R): number {
    let time = Number.POSITIVE_INFINITY;
    fields.forEach((field, i) => {
      const value = toCellValue(field.type, field.value(record));
      writeCell(store.columns[i] as Column, row, value);
      if (i === primary && typeof value === 'number') time = value;
    });
    return time;
  }

  function primaryTime(row: number): number {
    const t = (store.columns[primary] as Float64Array)[row] as number;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  }

  function columnOf(name: string): Column {
    if (name === ID_FIELD && !fieldIndex.has(ID_FIELD)) return store.ids;
    const i = fieldIndex.get(name);
    if (i === undefined) throw new Error(`unknown field '${name}'`);
    return store.columns[i] as Column;
  }

  function comparatorFor(query: EngineQuery): { compare: RowComparator; byPrimaryFirst: boolean; descending: boolean } {
    const seen = new Set<string>();
    const keys: BoundKey[] = [];
    const all = [...query.order, ...tiebreak];
    for (const key of all) {
      const canonical = key.field === ID_FIELD && !fieldIndex.has(ID_FIELD) ? ID_FIELD : `#${fieldIndex.get(key.field)}`;
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      keys.push({ column: columnOf(key.field), descending: key.descending });
    }
    const first = all[0];
    const byPrimaryFirst = first !== undefined && fieldIndex.get(first.field) === primary;
    return { compare: compareRows(keys), byPrimaryFirst, descending: first?.descending ?? true };
  }

  /** The primary-date range implied by the filters, and the filters it does not fully express. */
  function dateRange(filters: readonly Filter[]): { from: number; to: number; rest: Filter[] } {
    let from = Number.NEGATIVE_INFINITY;
    let to = Number.POSITIVE_INFINITY;
    const rest: Filter[] = [];
    for (const filter of filters) {
      if (fieldIndex.get(filter.field) !== primary) {
        rest.push(filter);
        continue;
      }
      const [a = 0, b = 0] = filter.values as number[];
      switch (filter.method) {
        case 'between':
          from = Math.max(from, a);
          to = Math.min(to, b);
          break;
        case '=':
          from = Math.max(from, a);
          to = Math.min(to, a);
          break;
        case '>=':
          from = Math.max(from, a);
          break;
        case '>':
          from = Math.max(from, Math.floor(a) + 1);
          break;
        case '<=':
          to = Math.min(to, a);
          break;
        case '<':
          to = Math.min(to, Math.ceil(a) - 1);
          break;
        default: // `in`: bounded by its extremes, then checked exactly
          from = Math.max(from, Math.min(...(filter.values as number[])));
          to = Math.min(to, Math.max(...(filter.values as number[])));
          rest.push(filter);
      }
    }
    return { from, to, rest };
  }

  /**
   * A page of rows that are already in primary-date order (ascending), sorted by the full comparator:
   * rows with equal dates at the page's edges are pulled in and ordered by the remaining keys.
   */
  function pageInDateOrder(
    count: number,
    rowAt: (i: number) => number,
    query: EngineQuery,
    compare: RowComparator,
    descending: boolean,
  ): number[] {
    if (query.offset >= count || query.limit === 0) return [];
    const logicalEnd = Math.min(count, query.offset + query.limit);
    let start = descending ? count - logicalEnd : query.offset;
    let end = descending ? count - query.offset : logicalEnd;
    const time = (i: number) => primaryTime(rowAt(i));
    while (start > 0 && time(start - 1) === time(start)) start--;
    while (end < count && time(end) === time(end - 1)) end++;
    const window: number[] = [];
    for (let i = start; i < end; i++) window.push(rowAt(i));
    window.sort(compare);
    const firstLogical = descending ? count - end : start;
    return window.slice(query.offset - firstLogical, logicalEnd - firstLogical);
  }

  return {
    get size() {
      return store.size;
    },

    rebuild(records) {
      const next = emptyStore(1024);
      store = next;
      const pending = new Map<string, { times: number[]; rows: number[] }>();
      for (const record of records) {
        const id = options.idOf(record);
        let row = next.rowOf.get(id);
        if (row === undefined) {
          row = next.size++;
          ensureCapacity(next.size);
          next.ids[row] = id;
          next.rowOf.set(id, row);
          const key = options.partitionOf(record);
          next.partitionKeys[row] = key;
          let entries = pending.get(key);
          if (!entries) pending.set(key, (entries = { times: [], rows: [] }));
          entries.rows.push(row);
        }
        write(row, record);
      }
      for (const [key, entries] of pending) {
        entries.times = entries.rows.map(primaryTime);
        next.partitions.set(key, DatePartition.build(entries));
      }
    },

    upsert(record) {
      const id = options.idOf(record);
      const key = options.partitionOf(record);
      const existing = store.rowOf.get(id);
      if (existing !== undefined) {
        const before = primaryTime(existing);
        const oldKey = store.partitionKeys[existing] as string;
        const after = write(existing, record);
        if (before !== after || oldKey !== key) {
          store.partitions.get(oldKey)?.remove(before, existing);
          partitionFor(key).insert(after, existing);
          store.partitionKeys[existing] = key;
        }
        return;
      }
      const row = store.size++;
      ensureCapacity(store.size);
      store.ids[row] = id;
      store.rowOf.set(id, row);
      store.partitionKeys[row] = key;
      partitionFor(key).insert(write(row, record), row);
    },

    search(query) {
      const partition = store.partitions.get(query.partition);
      if (!partition) return { total: 0, ids: [] };
      const { from, to, rest } = dateRange(query.filters);
      const lo = partition.lowerBound(from);
      const hi = Math.max(lo, partition.upperBound(to));
      const tests: RowTest[] = rest.map((filter) => {
        const i = fieldIndex.get(filter.field);
        if (i === undefined) throw new Error(`unknown field '${filter.field}'`);
        return compileFilter(filter, (fields[i] as SearchField<R>).type, store.columns[i] as Column);
      });
      const { compare, byPrimaryFirst, descending } = comparatorFor(query);
      const rows = partition.rows;
      const toIds = (page: readonly number[]) => page.map((row) => store.ids[row] as string);

      if (tests.length === 0) {
        const count = hi - lo;
        if (byPrimaryFirst) {
          return { total: count, ids: toIds(pageInDateOrder(count, (i) => rows[lo + i] as number, query, compare, descending)) };
        }
        return { total: count, ids: toIds(selectPage(rows.subarray(lo, hi), compare, query.offset, query.limit)) };
      }

      const matches = new Int32Array(hi - lo);
      let count = 0;
      scan: for (let p = lo; p < hi; p++) {
        const row = rows[p] as number;
        for (const test of tests) if (!test(row)) continue scan;
        matches[count++] = row;
      }
      const matched = matches.subarray(0, count);
      const page = byPrimaryFirst
        ? pageInDateOrder(count, (i) => matched[i] as number, query, compare, descending)
        : selectPage(matched, compare, query.offset, query.limit);
      return { total: count, ids: toIds(page) };
    },
  };

  function partitionFor(key: string): DatePartition {
    let partition = store.partitions.get(key);
    if (!partition) store.partitions.set(key, (partition = new DatePartition()));
    return partition;
  }
}
