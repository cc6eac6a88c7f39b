import type { Column } from './columns.js';
import { compileLike } from './like-pattern.js';
import type { FieldType, Filter } from './types.js';

/** A compiled filter: true when row `row` matches. */
export type RowTest = (row: number) => boolean;

/** Booleans are stored as 0/1 (2 = null): filter values are compared in that form. */
const asStored = (type: FieldType, value: number | string | boolean): number | string =>
  type === 'boolean' ? (value ? 1 : 0) : (value as number | string);

/**
 * Compiles one filter over a column, with SQL semantics: a null never matches, `between` includes both
 * ends, `in` is any-of, `like` follows {@link compileLike}. Text compares by UTF-16 code units (binary
 * collation), dates as epoch milliseconds, numbers as numbers.
 *
 * @example
 * const test = compileFilter({ field: 'amount', method: '>=', values: [1000] }, 'number', amounts);
 * test(row); // amounts[row] >= 1000
 */
export function compileFilter(filter: Filter, type: FieldType, column: Column): RowTest {
  const values = filter.values.map((v) => asStored(type, v));
  if (Array.isArray(column)) return compileText(filter, values as string[], column);
  const cells = column;
  const isNull = type === 'boolean' ? (v: number) => v === 2 : (v: number) => Number.isNaN(v);
  const [a = 0, b = 0] = values as number[];
  switch (filter.method) {
    case '=':
      return (row) => cells[row] === a;
    case '<':
      return (row) => (cells[row] as number) < a && !isNull(cells[row] as number);
    case '>':
      return (row) => (cells[row] as number) > a && !isNull(cells[row] as number);
    case '<=':
      return (row) => (cells[row] as number) <= a && !isNull(cells[row] as number);
    case '>=':
      return (row) => (cells[row] as number) >= a && !isNull(cells[row] as number);
    case 'between':
      return (row) => {
        const v = cells[row] as number;
        return v >= a && v <= b && !isNull(v);
      };
    case 'in': {
      if (values.length === 1) return (row) => cells[row] === a;
      const set = new Set(values as number[]);
      return (row) => set.has(cells[row] as number);
    }
    case 'like':
      throw new Error(`like is not defined on ${type} fields`);
  }
}

function compileText(filter: Filter, values: readonly string[], cells: readonly (string | null)[]): RowTest {
  const [a = '', b = ''] = values;
  const cell = (row: number): string | null => cells[row] ?? null;
  switch (filter.method) {
    case '=':
      return (row) => cells[row] === a;
    case '<':
      return (row) => {
        const v = cell(row);
        return v !== null && v < a;
      };
    case '>':
      return (row) => {
        const v = cell(row);
        return v !== null && v > a;
      };
    case '<=':
      return (row) => {
        const v = cell(row);
        return v !== null && v <= a;
      };
    case '>=':
      return (row) => {
        const v = cell(row);
        return v !== null && v >= a;
      };
    case 'between':
      return (row) => {
        const v = cell(row);
        return v !== null && v >= a && v <= b;
      };
    case 'in': {
      if (values.length === 1) return (row) => cells[row] === a;
      const set = new Set(values);
      return (row) => {
        const v = cell(row);
        return v !== null && set.has(v);
      };
    }
    case 'like': {
      const match = compileLike(a);
      return (row) => {
        const v = cell(row);
        return v !== null && match(v);
      };
    }
  }
}
