import { BOOLEAN_NULL, type Column } from './columns.js';
import { compileLike } from './like-pattern.js';
import { TextColumn } from './text-column.js';
import type { FieldType, Filter } from './types.js';

/** A compiled filter: true when row `row` matches. */
export type RowTest = (row: number) => boolean;

const NEVER: RowTest = () => false;

/**
 * Compiles one filter over a column, with SQL semantics: a null never matches, `between` includes both
 * ends, `in` is any-of, `like` follows {@link compileLike}. Text compares by UTF-16 code units (binary
 * collation): the test runs once per distinct value and the rows are then a scan of Int32 codes. Dates
 * compare as epoch milliseconds, numbers as numbers.
 *
 * @example
 * const test = compileFilter({ field: 'amount', method: '>=', values: [1000] }, 'number', amounts);
 * test(row); // amounts[row] >= 1000
 */
export function compileFilter(filter: Filter, type: FieldType, column: Column): RowTest {
  if (Array.isArray(column)) return compileStrings(filter, filter.values as string[], column);
  if (column instanceof TextColumn) return compileText(filter, filter.values as string[], column);
  const cells = column;
  const values = filter.values.map((v) => (type === 'boolean' ? (v ? 1 : 0) : (v as number)));
  const [a = 0, b = 0] = values;
  // NaN (null dates and numbers) fails every comparison by itself; the boolean null (2) must be excluded.
  const nullable = type === 'boolean';
  switch (filter.method) {
    case '=':
      return (row) => cells[row] === a;
    case '<':
      return (row) => (cells[row] as number) < a;
    case '>':
      return nullable
        ? (row) => (cells[row] as number) > a && cells[row] !== BOOLEAN_NULL
        : (row) => (cells[row] as number) > a;
    case '<=':
      return (row) => (cells[row] as number) <= a;
    case '>=':
      return nullable
        ? (row) => (cells[row] as number) >= a && cells[row] !== BOOLEAN_NULL
        : (row) => (cells[row] as number) >= a;
    case 'between':
      return (row) => {
        const v = cells[row] as number;
        return v >= a && v <= b && !(nullable && v === BOOLEAN_NULL);
      };
    case 'in': {
      if (values.length === 1) return (row) => cells[row] === a;
      const set = new Set(values);
      return (row) => set.has(cells[row] as number);
    }
    case 'like':
      throw new Error(`like is not defined on ${type} fields`);
  }
}

/** A test of one distinct text value. */
function valueTest(filter: Filter, values: readonly string[]): (value: string) => boolean {
  const [a = '', b = ''] = values;
  switch (filter.method) {
    case '<':
      return (v) => v < a;
    case '>':
      return (v) => v > a;
    case '<=':
      return (v) => v <= a;
    case '>=':
      return (v) => v >= a;
    case 'between':
      return (v) => v >= a && v <= b;
    case 'like':
      return compileLike(a);
    default: {
      const set = new Set(values);
      return (v) => set.has(v);
    }
  }
}

function compileText(filter: Filter, values: readonly string[], column: TextColumn): RowTest {
  const codes = column.codes;
  if (filter.method === '=' || filter.method === 'in') {
    const wanted = [...new Set(values.map((v) => column.codeOf(v)).filter((c) => c >= 0))];
    if (wanted.length === 0) return NEVER;
    if (wanted.length === 1) {
      const code = wanted[0] as number;
      return (row) => codes[row] === code;
    }
  }
  const table = column.matching(valueTest(filter, values));
  return (row) => {
    const code = codes[row] as number;
    return code >= 0 && table[code] === 1;
  };
}

function compileStrings(filter: Filter, values: readonly string[], cells: readonly (string | null)[]): RowTest {
  if (filter.method === '=' || (filter.method === 'in' && values.length === 1)) {
    const wanted = values[0];
    return (row) => cells[row] === wanted;
  }
  const test = valueTest(filter, values);
  return (row) => {
    const v = cells[row];
    return v !== null && v !== undefined && test(v);
  };
}
