import type { Column } from './columns.js';

/** Compares two rows: negative when `a` sorts first. */
export type RowComparator = (a: number, b: number) => number;

/** A sort key bound to its column. */
export interface BoundKey {
  readonly column: Column;
  readonly descending: boolean;
}

/** Ascending comparison of one column; nulls sort last ascending and first descending (PostgreSQL). */
function compareColumn(column: Column): RowComparator {
  if (Array.isArray(column)) {
    return (a, b) => {
      const x = column[a] ?? null;
      const y = column[b] ?? null;
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    };
  }
  if (column instanceof Uint8Array) return (a, b) => (column[a] as number) - (column[b] as number);
  return (a, b) => {
    const x = column[a] as number;
    const y = column[b] as number;
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
 * const compare = compareRows([{ column: emails, descending: false }, { column: ids, descending: false }]);
 * rows.sort(compare);
 */
export function compareRows(keys: readonly BoundKey[]): RowComparator {
  const parts = keys.map((key) => ({ compare: compareColumn(key.column), sign: key.descending ? -1 : 1 }));
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
 */
export function selectPage(rows: Int32Array, compare: RowComparator, offset: number, limit: number): number[] {
  const wanted = Math.min(rows.length, offset + limit);
  if (offset >= rows.length || limit === 0) return [];
  if (wanted * 8 > rows.length) {
    const all = Array.from(rows).sort(compare);
    return all.slice(offset, wanted);
  }
  // Max-heap (by compare) of the `wanted` smallest rows seen so far.
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(heap[i] as number, heap[parent] as number) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && compare(heap[l] as number, heap[top] as number) > 0) top = l;
      if (r < heap.length && compare(heap[r] as number, heap[top] as number) > 0) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top] as number, heap[i] as number];
      i = top;
    }
  };
  for (const row of rows) {
    if (heap.length < wanted) {
      heap.push(row);
      up(heap.length - 1);
    } else if (compare(row, heap[0] as number) < 0) {
      heap[0] = row;
      down(0);
    }
  }
  return heap.sort(compare).slice(offset, wanted);
}
