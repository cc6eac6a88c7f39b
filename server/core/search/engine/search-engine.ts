import {
  type ColumnValue,
  type DictionaryColumn,
  isDictionaryColumn,
  isoToMs,
  type RecordSource,
} from '../../records/index.js';
import { type Column, createColumn, growColumn, toCellValue, writeCell } from './columns.js';
import { DatePartition } from './date-partition.js';
import { dateRange, pageInDateOrder } from './date-plan.js';
import {
  type BoundKey,
  compareColumn,
  compareRows,
  compareSortValues,
  compareText,
  type RowComparator,
  selectPage,
} from './ordering.js';
import { compileFilter, type RowFilter } from './predicates.js';
import { StringColumn } from './string-column.js';
import { TextColumn } from './text-column.js';
import {
  type EngineQuery,
  type EngineResult,
  fieldValue,
  type SearchField,
  type SearchOptions,
  type SortKey,
} from './types.js';

/** What an engine indexes: a field table, the date field kept sorted, and how records are owned. */
export interface SearchEngineOptions<R> {
  readonly fields: readonly SearchField<R>[];
  /** Name of the date field each partition keeps sorted (creation date): date ranges become slices. */
  readonly primaryDate: string;
  /** The record's id property. */
  readonly idProperty: keyof R & string;
  /** The property naming the partition (merchant) a record belongs to: a query sees one partition. */
  readonly partitionProperty: keyof R & string;
  /**
   * Sort keys appended after the query's own, so that the order is total (default: the primary date
   * descending, newest first, then the id ascending).
   */
  readonly tiebreak?: readonly { readonly field: string; readonly descending: boolean }[];
}

/** An in-memory index of one kind of record, answering {@link EngineQuery}s. */
export interface SearchEngine<R> {
  /** Replaces everything with `records` (`expected`: their number, if known, to allocate once). */
  rebuild(records: Iterable<R>, expected?: number): void;
  /**
   * Replaces everything with the records of `source` read column by column, without building them
   * (`RecordSource.column`); ids are read from the records only when needed. False (and nothing
   * changed) when the source has no columns.
   */
  load(source: RecordSource<R>): boolean;
  /**
   * Adds `record`, or updates the indexed version of it. `previous` is the version indexed before, if
   * any (the ledger passes it): the row is found through its partition and primary date, so no map of
   * every id is kept.
   */
  upsert(record: R, previous?: R): void;
  /** The row of the indexed version of `record` (found through its partition, primary date and id), or -1. */
  rowOf(record: R): number;
  search(query: EngineQuery, options?: SearchOptions): EngineResult;
  /**
   * Compares the sort keys of two results of `query` (`SearchOptions.keys`), possibly from two engines of
   * the same options: the order `search` pages in.
   */
  keyComparator(query: EngineQuery): (a: SortKey, b: SortKey) => number;
  /** Number of indexed records. */
  readonly size: number;
}

/** The pseudo-field that sorts by record id. */
export const ID_FIELD = 'id';

/** The pseudo-field that sorts rows in the order they were added (lookups in save order). */
export const ROW_FIELD = '#row';

interface Store {
  columns: Column[];
  /** Row ids; rows loaded from a source may be missing, read through `idSource` when needed. */
  ids: (string | undefined)[];
  idSource: ((row: number) => string) | undefined;
  /** Reads every loaded row's id at once (for sorts that compare ids first). */
  allIds: (() => void) | undefined;
  partitionKeys: string[];
  partitions: Map<string, DatePartition>;
  capacity: number;
  size: number;
}

const dateMs = (raw: unknown): number =>
  typeof raw === 'number' ? raw : typeof raw === 'string' ? isoToMs(raw) : Number.NaN;

/**
 * Creates a search engine configured by a field table. Records are held as compact columns (typed arrays
 * for dates, numbers and booleans; dictionary codes or the records' own strings for text); each partition
 * keeps its rows sorted by the primary date, so a date range is a binary search and a page ordered by date
 * needs no sort. Other filters are evaluated over the rows of the range; other orders sort only the
 * matches (a heap for shallow pages). See docs/decisions/0012.
 *
 * @example
 * const engine = createSearchEngine({ fields, primaryDate: 'created_date', idProperty: 'id', partitionProperty: 'clientId' });
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
  const primaryField = fields[primary] as SearchField<R>;
  const idOf = (record: R) => String(record[options.idProperty]);
  const partitionOf = (record: R) => String(record[options.partitionProperty]);
  const tiebreak = options.tiebreak ?? [
    { field: options.primaryDate, descending: true },
    { field: ID_FIELD, descending: false },
  ];
  let store = emptyStore(0);
  /** Rows matched so far by a search (engines are synchronous, so one buffer serves every search). */
  let scratch = new Int32Array(1024);

  function emptyStore(capacity: number): Store {
    return {
      columns: fields.map((f) => createColumn(f.type, capacity, f.dictionary)),
      ids: [],
      idSource: undefined,
      allIds: undefined,
      partitionKeys: [],
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

  /** The primary date of a record as indexed: epoch ms, +Infinity when it has none. */
  function timeOf(record: R): number {
    const ms = dateMs(fieldValue(primaryField, record));
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  }

  /** Stores field `i`'s value `raw` (as read from a record or a column) at `row`. */
  function put(i: number, row: number, raw: unknown): void {
    const field = fields[i] as SearchField<R>;
    const column = store.columns[i] as Column;
    switch (field.type) {
      case 'date':
        (column as Float64Array)[row] = dateMs(raw);
        return;
      case 'number':
        (column as Float64Array)[row] = raw === null || raw === undefined ? Number.NaN : Number(raw);
        return;
      case 'text':
        (column as TextColumn | StringColumn).write(
          row,
          raw === null || raw === undefined ? null : String(raw),
        );
        return;
      default:
        writeCell(column, row, toCellValue('boolean', raw as boolean | null));
    }
  }

  function write(row: number, record: R): void {
    for (let i = 0; i < fields.length; i++) put(i, row, fieldValue(fields[i] as SearchField<R>, record));
  }

  function primaryTime(row: number): number {
    const t = (store.columns[primary] as Float64Array)[row] as number;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  }

  /** Fills column `i` from a source column of `n` values (adopting it when it fits as it is). */
  function loadColumn(i: number, col: ArrayLike<ColumnValue> | DictionaryColumn, n: number): void {
    const field = fields[i] as SearchField<R>;
    const target = store.columns[i] as Column;
    if (isDictionaryColumn(col)) {
      if (field.type === 'text' && !field.map) {
        // A source's dictionary values are distinct: its codes are taken over as they are.
        const text = target instanceof TextColumn ? target : new TextColumn(0);
        text.adopt(col.codes.length === n ? col.codes : col.codes.slice(0, n), col.values);
        store.columns[i] = text;
        return;
      }
      const mapped = field.map ? col.values.map((v) => field.map?.(v) ?? null) : col.values;
      if (field.type === 'text') {
        // Distinct source values may map to one value: merge them.
        const distinct: string[] = [];
        const seen = new Map<string, number>();
        const remap = mapped.map((v) => {
          if (v === null) return -1;
          const text = String(v);
          let code = seen.get(text);
          if (code === undefined) {
            code = distinct.length;
            distinct.push(text);
            seen.set(text, code);
          }
          return code;
        });
        const codes = new Int32Array(n);
        for (let row = 0; row < n; row++) {
          const c = col.codes[row] as number;
          codes[row] = c < 0 ? -1 : (remap[c] as number);
        }
        const text = target instanceof TextColumn ? target : new TextColumn(0);
        text.adopt(codes, distinct);
        store.columns[i] = text;
        return;
      }
      for (let row = 0; row < n; row++) {
        const c = col.codes[row] as number;
        put(i, row, c < 0 ? null : mapped[c]);
      }
      return;
    }
    if (!field.map && col instanceof Float64Array && target instanceof Float64Array) {
      target.set(col.subarray(0, n));
    } else if (!field.map && Array.isArray(col) && target instanceof StringColumn) {
      target.adopt(col as (string | null)[]); // a source builds a fresh array per call
    } else {
      for (let row = 0; row < n; row++) put(i, row, field.map ? field.map(col[row]) : col[row]);
    }
  }

  /** Groups rows 0..size-1 by partition and sorts each by primary date. */
  function buildPartitions(): void {
    const counts = new Map<string, number>();
    for (let row = 0; row < store.size; row++) {
      const key = store.partitionKeys[row] as string;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const filling = new Map<string, { rows: Int32Array; times: Float64Array; length: number }>();
    for (const [key, count] of counts) {
      filling.set(key, { rows: new Int32Array(count), times: new Float64Array(count), length: 0 });
    }
    let lastKey: string | undefined;
    let last: { rows: Int32Array; times: Float64Array; length: number } | undefined;
    for (let row = 0; row < store.size; row++) {
      const key = store.partitionKeys[row] as string;
      if (key !== lastKey) {
        last = filling.get(key);
        lastKey = key;
      }
      const entry = last as { rows: Int32Array; times: Float64Array; length: number };
      entry.rows[entry.length] = row;
      entry.times[entry.length] = primaryTime(row);
      entry.length++;
    }
    for (const [key, entry] of filling) store.partitions.set(key, DatePartition.build(entry));
  }

  function idAt(row: number): string {
    const id = store.ids[row];
    if (id !== undefined) return id;
    const read = (store.idSource as (row: number) => string)(row);
    store.ids[row] = read;
    return read;
  }

  /** The row of the indexed version `indexed` of a record, or -1. */
  function findRow(indexed: R): number {
    const partition = store.partitions.get(partitionOf(indexed));
    if (!partition) return -1;
    const id = idOf(indexed);
    const time = timeOf(indexed);
    for (let at = partition.lowerBound(time); at < partition.length && partition.times[at] === time; at++) {
      const row = partition.rows[at] as number;
      if (idAt(row) === id) return row;
    }
    return -1;
  }

  function partitionFor(key: string): DatePartition {
    let partition = store.partitions.get(key);
    if (!partition) {
      partition = new DatePartition();
      store.partitions.set(key, partition);
    }
    return partition;
  }

  function compareBy(name: string): RowComparator {
    if (name === ROW_FIELD) return (a, b) => a - b;
    if (name === ID_FIELD && !fieldIndex.has(ID_FIELD)) return (a, b) => compareText(idAt(a), idAt(b));
    const i = fieldIndex.get(name);
    if (i === undefined) throw new Error(`unknown field '${name}'`);
    return compareColumn(store.columns[i] as Column);
  }

  /** Reads the sort value of field `name` at a row, as {@link compareBy} compares it. */
  function readerOf(name: string): (row: number) => SortKey[number] {
    if (name === ROW_FIELD) return (row) => row;
    if (name === ID_FIELD && !fieldIndex.has(ID_FIELD)) return idAt;
    const column = store.columns[fieldIndex.get(name) as number] as Column;
    if (column instanceof TextColumn) {
      return (row) => {
        const code = column.codes[row] as number;
        return code < 0 ? null : (column.values[code] as string);
      };
    }
    if (column instanceof StringColumn) return (row) => column.values[row] ?? null;
    return (row) => column[row] as number;
  }

  /** The query's sort keys then the tiebreak, each field once: the order a search pages in. */
  function sortKeys(query: EngineQuery): { field: string; descending: boolean }[] {
    const seen = new Set<string>();
    const keys: { field: string; descending: boolean }[] = [];
    for (const key of [...query.order, ...tiebreak]) {
      const canonical = fieldIndex.has(key.field) ? `#${fieldIndex.get(key.field)}` : key.field;
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      keys.push(key);
    }
    return keys;
  }

  function comparatorFor(query: EngineQuery): {
    compare: RowComparator;
    byPrimaryFirst: boolean;
    descending: boolean;
  } {
    const keys: BoundKey[] = sortKeys(query).map((key) => ({
      compare: compareBy(key.field),
      descending: key.descending,
    }));
    const first = query.order[0] ?? tiebreak[0];
    if (first?.field === ID_FIELD && !fieldIndex.has(ID_FIELD)) store.allIds?.();
    const byPrimaryFirst = first !== undefined && fieldIndex.get(first.field) === primary;
    return { compare: compareRows(keys), byPrimaryFirst, descending: first?.descending ?? true };
  }

  /** Drops the rows of `hidden` (rows of records indexed elsewhere), or undefined when none is in range. */
  function hiddenFilter(
    hidden: ReadonlySet<number> | undefined,
    partition: string,
    from: number,
    to: number,
  ): RowFilter | undefined {
    if (!hidden || hidden.size === 0) return undefined;
    let inRange = false;
    for (const row of hidden) {
      const time = primaryTime(row);
      if (store.partitionKeys[row] === partition && time >= from && time <= to) inRange = true;
    }
    if (!inRange) return undefined;
    return (rows, count, out) => {
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const row = rows[i] as number;
        if (!hidden.has(row)) out[kept++] = row;
      }
      return kept;
    };
  }

  return {
    get size() {
      return store.size;
    },

    rebuild(records, expected = 1024) {
      store = emptyStore(expected);
      for (const record of records) {
        const row = store.size++;
        ensureCapacity(store.size);
        store.ids.push(idOf(record));
        store.partitionKeys.push(partitionOf(record));
        write(row, record);
      }
      buildPartitions();
    },

    load(source) {
      const column = source.column?.bind(source);
      if (!column) return false;
      const keys = column(options.partitionProperty);
      const values = fields.map((f) => column(f.property));
      if (!keys || values.some((v) => v === undefined)) return false;
      const n = source.size;
      store = emptyStore(n);
      store.size = n;
      store.idSource = (row) => String(source.at(row)[options.idProperty]);
      store.allIds = () => {
        const ids = column(options.idProperty);
        const read = (row: number): string =>
          ids && !isDictionaryColumn(ids) ? String(ids[row]) : String(source.at(row)[options.idProperty]);
        const all = new Array<string | undefined>(store.size);
        for (let row = 0; row < store.size; row++) all[row] = row < n ? read(row) : store.ids[row];
        store.ids = all;
        store.allIds = undefined;
      };
      store.partitionKeys = isDictionaryColumn(keys)
        ? Array.from(keys.codes, (code) => keys.values[code] as string)
        : Array.from(keys, String);
      for (let i = 0; i < fields.length; i++) {
        loadColumn(i, values[i] as ArrayLike<ColumnValue> | DictionaryColumn, n);
      }
      buildPartitions();
      return true;
    },

    rowOf: findRow,

    keyComparator(query) {
      const signs = sortKeys(query).map((key) => (key.descending ? -1 : 1));
      return (a, b) => {
        for (let k = 0; k < signs.length; k++) {
          const c = compareSortValues(a[k] ?? null, b[k] ?? null);
          if (c !== 0) return c * (signs[k] as number);
        }
        return 0;
      };
    },

    upsert(record, previous) {
      const row = findRow(previous ?? record);
      const key = partitionOf(record);
      if (row >= 0) {
        const before = primaryTime(row);
        const oldKey = store.partitionKeys[row] as string;
        write(row, record);
        store.ids[row] = idOf(record);
        const after = primaryTime(row);
        if (before !== after || oldKey !== key) {
          store.partitions.get(oldKey)?.remove(before, row);
          partitionFor(key).insert(after, row);
          store.partitionKeys[row] = key;
        }
        return;
      }
      const added = store.size++;
      ensureCapacity(store.size);
      store.ids[added] = idOf(record);
      store.partitionKeys[added] = key;
      write(added, record);
      partitionFor(key).insert(primaryTime(added), added);
    },

    search(query, options) {
      const partition = store.partitions.get(query.partition);
      if (!partition) return { total: 0, ids: [], ...(options?.keys ? { keys: [] } : {}) };
      const { from, to, rest } = dateRange(query.filters, (name) => fieldIndex.get(name) === primary);
      const lo = partition.lowerBound(from);
      const hi = Math.max(lo, partition.upperBound(to));
      const filters: RowFilter[] = rest.map((filter) => {
        const i = fieldIndex.get(filter.field);
        if (i === undefined) throw new Error(`unknown field '${filter.field}'`);
        return compileFilter(filter, (fields[i] as SearchField<R>).type, store.columns[i] as Column);
      });
      const hiding = hiddenFilter(options?.hidden, query.partition, from, to);
      if (hiding) filters.push(hiding);
      const { compare, byPrimaryFirst, descending } = comparatorFor(query);
      const rows = partition.rows;
      const answer = (total: number, page: readonly number[]): EngineResult => {
        if (!options?.keys) return { total, ids: page.map(idAt) };
        const readers = sortKeys(query).map((key) => readerOf(key.field));
        return {
          total,
          ids: page.map(idAt),
          keys: page.map((row) => readers.map((read) => read(row))),
        };
      };

      if (filters.length === 0) {
        const count = hi - lo;
        const page = byPrimaryFirst
          ? pageInDateOrder(count, (i) => rows[lo + i] as number, primaryTime, query, compare, descending)
          : selectPage(rows.subarray(lo, hi), compare, query.offset, query.limit);
        return answer(count, page);
      }

      // Each filter narrows the rows of the date range in place, in date order. The buffer is reused:
      // allocating megabytes per query would cost more than the scan.
      if (scratch.length < hi - lo) scratch = new Int32Array(Math.max(hi - lo, scratch.length * 2));
      const matches = scratch;
      let count = (filters[0] as RowFilter)(rows.subarray(lo, hi), hi - lo, matches);
      for (let f = 1; f < filters.length && count > 0; f++)
        count = (filters[f] as RowFilter)(matches, count, matches);
      const matched = matches.subarray(0, count);
      const page = byPrimaryFirst
        ? pageInDateOrder(count, (i) => matched[i] as number, primaryTime, query, compare, descending)
        : selectPage(matched, compare, query.offset, query.limit);
      return answer(count, page);
    },
  };
}
