import {
  type ColumnValue,
  type DictionaryColumn,
  isDictionaryColumn,
  isoToMs,
  type SourceColumn,
} from '../records/index.js';

/** Record properties that hold instants (ISO strings in records, epoch ms in columns). */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set([
  'createdDate',
  'authDate',
  'confirmDate',
  'updatedDate',
  'payoutDate',
  'createdAt',
]);

/**
 * A record property's value as a column holds it: dates as epoch ms (NaN when null), other values as
 * they are.
 *
 * @example
 * columnValue('createdDate', '2018-10-27T09:08:14Z'); // 1540631294000
 */
export function columnValue(property: string, value: unknown): ColumnValue {
  if (DATE_PROPERTIES.has(property)) return typeof value === 'string' ? isoToMs(value) : Number.NaN;
  return (value ?? null) as ColumnValue;
}

/**
 * A column of any property, by building every record: the slow path for properties a generated
 * source does not keep column-wise.
 *
 * @example
 * materializedColumn(source.size, (i) => source.at(i), 'payerName');
 */
export function materializedColumn<R>(
  size: number,
  at: (index: number) => R,
  property: keyof R & string,
): ColumnValue[] {
  const out = new Array<ColumnValue>(size);
  for (let i = 0; i < size; i++) out[i] = columnValue(property, at(i)[property]);
  return out;
}

/** Distinct values of `values`, and where each value went (two customers may share a phone). */
function distinctValues(values: readonly string[]): { distinct: string[]; remap: Int32Array } {
  const distinct: string[] = [];
  const seen = new Map<string, number>();
  const remap = Int32Array.from(values, (value) => {
    let code = seen.get(value);
    if (code === undefined) {
      code = distinct.length;
      distinct.push(value);
      seen.set(value, code);
    }
    return code;
  });
  return { distinct, remap };
}

/**
 * A dictionary column whose record `i` has the value `values[indices[i]]` (duplicate values merged).
 *
 * @example
 * dictionaryColumn(['a', 'b', 'a'], Uint8Array.of(0, 1, 2)); // { codes: [0, 1, 0], values: ['a', 'b'] }
 */
export function dictionaryColumn(values: readonly string[], indices: ArrayLike<number>): DictionaryColumn {
  const { distinct, remap } = distinctValues(values);
  const codes = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) codes[i] = remap[indices[i] as number] as number;
  return { codes, values: distinct };
}

/**
 * A dictionary column of `count` records whose value is `values[pick(i)]`.
 *
 * @example
 * dictionaryColumnBy(2, ['', 'x'], (i) => i % 2); // { codes: [0, 1], values: ['', 'x'] }
 */
export function dictionaryColumnBy(
  count: number,
  values: readonly string[],
  pick: (index: number) => number,
): DictionaryColumn {
  const { distinct, remap } = distinctValues(values);
  const codes = new Int32Array(count);
  for (let i = 0; i < count; i++) codes[i] = remap[pick(i)] as number;
  return { codes, values: distinct };
}

/**
 * `base` followed by `tail`, in the base's representation (typed, dictionary or plain). A plain array is
 * extended in place: sources build a fresh array for every column call.
 *
 * @example
 * appendColumn(Float64Array.of(1), [2, 3]); // Float64Array [1, 2, 3]
 */
export function appendColumn(base: SourceColumn, tail: readonly ColumnValue[]): SourceColumn {
  if (isDictionaryColumn(base)) {
    const values = [...base.values];
    const seen = new Map(values.map((v, i) => [v, i]));
    const codes = new Int32Array(base.codes.length + tail.length);
    codes.set(base.codes);
    tail.forEach((value, i) => {
      let code = -1;
      if (value !== null) {
        const text = String(value);
        code = seen.get(text) ?? -1;
        if (code < 0) {
          code = values.length;
          values.push(text);
          seen.set(text, code);
        }
      }
      codes[base.codes.length + i] = code;
    });
    return { codes, values };
  }
  if (base instanceof Float64Array && tail.every((v) => typeof v === 'number')) {
    const out = new Float64Array(base.length + tail.length);
    out.set(base);
    out.set(tail as number[], base.length);
    return out;
  }
  const out = Array.isArray(base) ? (base as ColumnValue[]) : Array.from(base);
  for (const value of tail) out.push(value);
  return out;
}
