import { isoToMs } from '../../records/index.js';
import { StringColumn } from './string-column.js';
import { TextColumn } from './text-column.js';
import type { FieldType, FieldValue } from './types.js';

/** Null marker of boolean columns. */
export const BOOLEAN_NULL = 2;

/**
 * One field's values by row, compact: dates and numbers in a Float64Array (NaN = null), booleans in a
 * Uint8Array (2 = null), text dictionary-encoded ({@link TextColumn}) or, for fields of mostly distinct
 * values, the records' strings with their hashes ({@link StringColumn}).
 */
export type Column = Float64Array | Uint8Array | TextColumn | StringColumn;

/**
 * Allocates an empty column of `type` with room for `capacity` rows.
 *
 * @example
 * const amounts = createColumn('number', 1024); // a Float64Array
 */
export function createColumn(type: FieldType, capacity: number, dictionary = false): Column {
  if (type === 'text') return dictionary ? new TextColumn(capacity) : new StringColumn(capacity);
  return type === 'boolean' ? new Uint8Array(capacity) : new Float64Array(capacity);
}

/**
 * The column with room for `capacity` rows (typed arrays are copied, text columns grow in place).
 *
 * @example
 * amounts = growColumn(amounts, 4096);
 */
export function growColumn(column: Column, capacity: number): Column {
  if (column instanceof TextColumn || column instanceof StringColumn) {
    column.grow(capacity);
    return column;
  }
  const grown = column instanceof Uint8Array ? new Uint8Array(capacity) : new Float64Array(capacity);
  grown.set(column);
  return grown;
}

/**
 * Converts a record's raw value to the column's representation (dates to epoch ms).
 *
 * @example
 * toCellValue('date', '2018-10-27T09:08:14Z'); // 1540631294000
 */
export function toCellValue(type: FieldType, raw: string | number | boolean | null): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'date': {
      const ms = typeof raw === 'number' ? raw : isoToMs(String(raw));
      return Number.isNaN(ms) ? null : ms;
    }
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'boolean':
      return Boolean(raw);
    default:
      return String(raw);
  }
}

/**
 * Stores `value` at `row`.
 *
 * @example
 * writeCell(flags, row, true); // stored as 1
 */
export function writeCell(column: Column, row: number, value: FieldValue): void {
  if (column instanceof TextColumn || column instanceof StringColumn) {
    column.write(row, value === null ? null : String(value));
  } else if (column instanceof Uint8Array) column[row] = value === null ? BOOLEAN_NULL : value ? 1 : 0;
  else column[row] = value === null ? Number.NaN : (value as number);
}
