import type { RowComparator } from './ordering.js';
import type { EngineQuery, Filter } from './types.js';

/**
 * The primary-date range [from, to] (epoch ms, inclusive) implied by a query's filters, and the filters
 * the range does not fully express (those on other fields, and `in` on the date, which is bounded by its
 * extremes and then checked exactly). Dates are whole milliseconds, so `> a` is `>= a + 1`.
 *
 * @example
 * dateRange([{ field: 'created_date', method: '>=', values: [1000] }], (f) => f === 'created_date');
 * // { from: 1000, to: Infinity, rest: [] }
 */
export function dateRange(
  filters: readonly Filter[],
  isPrimary: (field: string) => boolean,
): { from: number; to: number; rest: Filter[] } {
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  const rest: Filter[] = [];
  for (const filter of filters) {
    if (!isPrimary(filter.field)) {
      rest.push(filter);
      continue;
    }
    const values = filter.values as number[];
    const [a = 0, b = 0] = values;
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
      default:
        from = Math.max(from, Math.min(...values));
        to = Math.min(to, Math.max(...values));
        rest.push(filter);
    }
  }
  return { from, to, rest };
}

/**
 * The requested page of `count` rows that are in primary-date order (ascending), sorted by the full
 * comparator `compare` (whose first key is the primary date, `descending` or not): only the page is
 * read, plus the rows sharing a date with its edges, which the remaining keys order.
 *
 * @example
 * pageInDateOrder(matches.length, (i) => matches[i], timeOfRow, { ...query, offset: 40, limit: 20 }, compare, true);
 */
export function pageInDateOrder(
  count: number,
  rowAt: (i: number) => number,
  timeOfRow: (row: number) => number,
  query: Pick<EngineQuery, 'offset' | 'limit'>,
  compare: RowComparator,
  descending: boolean,
): number[] {
  if (query.offset >= count || query.limit === 0) return [];
  const logicalEnd = Math.min(count, query.offset + query.limit);
  let start = descending ? count - logicalEnd : query.offset;
  let end = descending ? count - query.offset : logicalEnd;
  const time = (i: number) => timeOfRow(rowAt(i));
  while (start > 0 && time(start - 1) === time(start)) start--;
  while (end < count && time(end) === time(end - 1)) end++;
  const window: number[] = [];
  for (let i = start; i < end; i++) window.push(rowAt(i));
  window.sort(compare);
  const firstLogical = descending ? count - end : start;
  return window.slice(query.offset - firstLogical, logicalEnd - firstLogical);
}
