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
}

/**
 * A record source over an array (ids looked up through a map).
 *
 * @example
 * const source = arraySource([{ id: 'a', clientId: 'test' }]);
 * source.indexOf('a'); // 0
 */
export function arraySource<R extends { readonly id: string }>(records: readonly R[]): RecordSource<R> {
  const positions = new Map(records.map((r, i) => [r.id, i]));
  return {
    size: records.length,
    at: (index) => records[index] as R,
    indexOf: (id) => positions.get(id) ?? -1,
  };
}

/** True when `history` is a {@link RecordSource} rather than an array. */
export function isRecordSource<R>(history: readonly R[] | RecordSource<R>): history is RecordSource<R> {
  return !Array.isArray(history);
}
