import type { Column } from './columns.js';
import { StringColumn } from './string-column.js';
import { TextColumn } from './text-column.js';

/** Compares two rows: negative when `a` sorts first. */
export type RowComparator = (a: number, b: number) => number;

/** A sort key: an ascending comparison of rows, and its direction. */
export interface BoundKey {
  readonly compare: RowComparator;
  readonly descending: boolean;
}

/**
 * Ascending comparison of text; null (absent) after every value.
 *
 * @example
 * ['b', null, 'a'].sort(compareText); // ['a', 'b', null]
 */
export function compareText(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/**
 * Ascending comparison of two sort values as read from columns (`SearchOptions.keys`): numbers (dates,
 * amounts, booleans as 0/1/2) with NaN (absent) last, text as {@link compareText}. Agrees with
 * {@link compareColumn}, so results of two engines can be merged.
 *
 * @example
 * compareSortValues(Number.NaN, 5); // 1: an absent value sorts last
 */
export function compareSortValues(x: string | number | null, y: string | number | null): number {
  if (typeof x === 'number' && typeof y === 'number') {
    if (x === y) return 0;
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
    if (Number.isNaN(y)) return -1;
    return x < y ? -1 : 1;
  }
  return compareText(x as string | null, y as string | null);
}

/**
 * Ascending comparison of one column; nulls sort last ascending and first descending (PostgreSQL).
 *
 * @example
 * rows.sort(compareColumn(amounts));
 */
export function compareColumn(column: Column): RowComparator {
  if (column instanceof TextColumn) {
    const ranks = column.rankByCode();
    const codes = column.codes;
    return (a, b) => {
      const x = codes[a] as number;
      const y = codes[b] as number;
      if (x === y) return 0;
      if (x < 0) return 1;
      if (y < 0) return -1;
      return (ranks[x] as number) - (ranks[y] as number);
    };
  }
  if (column instanceof StringColumn) {
    const strings = column.values;
    return (a, b) => compareText(strings[a] ?? null, strings[b] ?? null);
  }
  if (column instanceof Uint8Array) return (a, b) => (column[a] as number) - (column[b] as number);
  const numbers = column as Float64Array;
  return (a, b) => {
    const x = numbers[a] as number;
    const y = numbers[b] as number;
    if (x === y) return 0;
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
    if (Number.isNaN(y)) return -1;
    return x < y ? -1 : 1;
  };
}

/**
 * A lexicographic comparator over several keys (the caller ends the list with a unique key, so the
 * order is total and therefore stable and reproducible).
 *
 * @example
 * const compare = compareRows([{ compare: compareColumn(emails), descending: false }]);
 * rows.sort(compare);
 */
export function compareRows(keys: readonly BoundKey[]): RowComparator {
  const parts = keys.map((key) => ({ compare: key.compare, sign: key.descending ? -1 : 1 }));
  return (a, b) => {
    for (const part of parts) {
      const c = part.compare(a, b);
      if (c !== 0) return c * part.sign;
    }
    return 0;
  };
}

/**
 * The rows at positions [offset, offset + limit) of `rows` sorted by `compare`. Shallow pages keep only
 * the best `offset + limit` rows in a heap instead of sorting every match.
 *
 * @example
 * selectPage(matches, compare, 40, 20); // the third page of 20, in order
 */
export function selectPage(
  rows: Int32Array,
  compare: RowComparator,
  offset: number,
  limit: number,
): number[] {
  const wanted = Math.min(rows.length, offset + limit);
  if (offset >= rows.length || limit === 0) return [];
  if (wanted * 8 > rows.length) {
    const all = Array.from(rows).sort(compare);
    return all.slice(offset, wanted);
  }
  // Max-heap (by compare) of the `wanted` smallest rows seen so far.
  const heap: number[] = [];
  const swap = (i: number, j: number) => {
    const t = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = t;
  };
  for (const row of rows) {
    if (heap.length < wanted) {
      heap.push(row);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (compare(heap[i] as number, heap[parent] as number) <= 0) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(row, heap[0] as number) < 0) {
      heap[0] = row;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < heap.length && compare(heap[l] as number, heap[top] as number) > 0) top = l;
        if (r < heap.length && compare(heap[r] as number, heap[top] as number) > 0) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(compare).slice(offset, wanted);
}
