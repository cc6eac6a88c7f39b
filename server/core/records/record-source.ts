/** A value of a record column: text, numbers, booleans; dates as epoch milliseconds (NaN when absent). */
export type ColumnValue = string | number | boolean | null;

/** A text column given as codes into distinct values (4 bytes a record instead of a reference). */
export interface DictionaryColumn {
  /** Per record, an index into `values` (-1 for null). */
  readonly codes: Int32Array;
  /** Distinct values. */
  readonly values: readonly string[];
}

/** A column of a record source: values by position, or dictionary codes. */
export type SourceColumn = ArrayLike<ColumnValue> | DictionaryColumn;

/**
 * True when `column` is dictionary-encoded.
 *
 * @example
 * isDictionaryColumn({ codes: Int32Array.of(0), values: ['x'] }); // true
 */
export function isDictionaryColumn(column: SourceColumn): column is DictionaryColumn {
  return 'codes' in column && column.codes instanceof Int32Array;
}

/**
 * Records addressable by position, possibly generated on demand: a million generated history records
 * need not live in memory as objects (see docs/decisions/0011).
 */
export interface RecordSource<R> {
  readonly size: number;
  /** The record at `index` (0 ≤ index < size). Generated sources return a fresh object on each call. */
  at(index: number): R;
  /** The position of the record with `id`, or -1. */
  indexOf(id: string): number;
  /**
   * Optional: one property of every record, in position order, without building the records. Date
   * properties (ISO strings in the records) come as epoch milliseconds, NaN when null. Undefined when the
   * source cannot provide the property this way. Search indexes load a million records through this.
   */
  column?(property: keyof R & string): SourceColumn | undefined;
}

/** The record source of each history array: ledgers over one array (namespaces of a seed) share its id map. */
const arraySources = new WeakMap<readonly { readonly id: string }[], RecordSource<{ readonly id: string }>>();

/**
 * A record source over an array (ids looked up through a map, built once per array).
 *
 * @example
 * const source = arraySource([{ id: 'a', clientId: 'test' }]);
 * source.indexOf('a'); // 0
 */
export function arraySource<R extends { readonly id: string }>(records: readonly R[]): RecordSource<R> {
  let source = arraySources.get(records);
  if (!source) {
    const positions = new Map(records.map((r, i) => [r.id, i]));
    source = {
      size: records.length,
      at: (index) => records[index] as R,
      indexOf: (id) => positions.get(id) ?? -1,
    };
    arraySources.set(records, source);
  }
  return source as RecordSource<R>;
}

/**
 * True when `history` is a {@link RecordSource} rather than an array.
 *
 * @example
 * isRecordSource([]); // false
 */
export function isRecordSource<R>(history: readonly R[] | RecordSource<R>): history is RecordSource<R> {
  return !Array.isArray(history);
}
