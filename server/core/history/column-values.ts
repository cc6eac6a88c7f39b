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

/**
 * A dictionary column of `count` records whose value is `values[pick(i)]`, with duplicate values merged
 * (two customers may share a phone).
 *
 * @example
 * dictionaryColumn(3, ['a', 'b', 'a'], (i) => i); // { codes: [0, 1, 0], values: ['a', 'b'] }
 */
export function dictionaryColumn(
  count: number,
  values: readonly string[],
  pick: (index: number) => number,
): DictionaryColumn {
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
  const codes = new Int32Array(count);
  for (let i = 0; i < count; i++) codes[i] = remap[pick(i)] as number;
  return { codes, values: distinct };
}

/**
 * `head` followed by `tail`, in the tail's representation (typed, dictionary or plain).
 *
 * @example
 * prefixColumn([1, 2], Float64Array.of(3)); // Float64Array [1, 2, 3]
 */
export function prefixColumn(head: readonly ColumnValue[], tail: SourceColumn): SourceColumn {
  if (isDictionaryColumn(tail)) {
    const values = [...tail.values];
    const seen = new Map(values.map((v, i) => [v, i]));
    const codes = new Int32Array(head.length + tail.codes.length);
    head.forEach((value, i) => {
      if (value === null) {
        codes[i] = -1;
        return;
      }
      const text = String(value);
      let code = seen.get(text);
      if (code === undefined) {
        code = values.length;
        values.push(text);
        seen.set(text, code);
      }
      codes[i] = code;
    });
    codes.set(tail.codes, head.length);
    return { codes, values };
  }
  if (tail instanceof Float64Array && head.every((v) => typeof v === 'number')) {
    const out = new Float64Array(head.length + tail.length);
    out.set(head as number[]);
    out.set(tail, head.length);
    return out;
  }
  return head.concat(Array.isArray(tail) ? tail : Array.from(tail));
}
