/**
 * A text column of a field with few distinct values (shops, e-mails, card masks...), dictionary-encoded:
 * each row holds an Int32 code (-1 = null) of a distinct value. Filters test each distinct value once and
 * then scan the codes; sorting compares precomputed ranks. Distinct values are the records' own strings,
 * never copied. Fields whose values are nearly all distinct (ids, order numbers) are kept as plain string
 * arrays instead: a dictionary of a million values costs more to build than it saves.
 *
 * @example
 * const shops = new TextColumn(1024);
 * shops.write(0, 'a5bc9d98-38ea-4b9c-ba7f-65a4add02ed6');
 * shops.codeOf('a5bc9d98-38ea-4b9c-ba7f-65a4add02ed6'); // 0
 */
export class TextColumn {
  codes: Int32Array;
  /** Distinct values by code. */
  values: string[] = [];
  /** Value → code, built when first needed (a loaded column may never need it). */
  private lookup: Map<string, number> | undefined;
  private ranks: Int32Array | undefined;
  private readonly tables = new Map<string, { table: Uint8Array; tested: number }>();
  private lastValue: string | undefined;
  private lastCode = -1;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
  }

  /**
   * Takes over dictionary codes and distinct values (a loaded column).
   */
  adopt(codes: Int32Array, values: readonly string[]): void {
    this.codes = codes;
    this.values = [...values];
    this.tables.clear();
    this.lookup = undefined;
    this.ranks = undefined;
    this.lastValue = undefined;
  }

  private index(): Map<string, number> {
    if (!this.lookup) this.lookup = new Map(this.values.map((v, code) => [v, code]));
    return this.lookup;
  }

  /** Room for `capacity` rows. */
  grow(capacity: number): void {
    const codes = new Int32Array(capacity);
    codes.set(this.codes.subarray(0, Math.min(this.codes.length, capacity)));
    this.codes = codes;
  }

  /** Stores `value` at `row`. */
  write(row: number, value: string | null): void {
    if (value === null) {
      this.codes[row] = -1;
      return;
    }
    if (value === this.lastValue) {
      this.codes[row] = this.lastCode;
      return;
    }
    const lookup = this.index();
    let code = lookup.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      lookup.set(value, code);
      this.ranks = undefined;
    }
    this.codes[row] = code;
    this.lastValue = value;
    this.lastCode = code;
  }

  /** The code of `value`, or -1 when no row has it. */
  codeOf(value: string): number {
    return this.index().get(value) ?? -1;
  }

  /**
   * A table code → 1 for the distinct values that pass `test` (tested once each). Tables are kept per
   * `key` (the filter), so repeating a search, or paging through it, tests only values added since.
   */
  matching(key: string, test: (value: string) => boolean): Uint8Array {
    let memo = this.tables.get(key);
    if (!memo) {
      if (this.tables.size >= 64) this.tables.clear();
      memo = { table: new Uint8Array(0), tested: 0 };
      this.tables.set(key, memo);
    }
    if (memo.tested < this.values.length) {
      const table = new Uint8Array(this.values.length);
      table.set(memo.table);
      for (let code = memo.tested; code < this.values.length; code++) {
        if (test(this.values[code] as string)) table[code] = 1;
      }
      memo.table = table;
      memo.tested = this.values.length;
    }
    return memo.table;
  }

  /** Rank of each code in ascending value order (binary collation), computed when first needed. */
  rankByCode(): Int32Array {
    if (!this.ranks || this.ranks.length !== this.values.length) {
      const values = this.values;
      const order = Array.from({ length: values.length }, (_, i) => i);
      order.sort((a, b) => {
        const x = values[a] as string;
        const y = values[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      const ranks = new Int32Array(values.length);
      order.forEach((code, rank) => {
        ranks[code] = rank;
      });
      this.ranks = ranks;
    }
    return this.ranks;
  }
}
