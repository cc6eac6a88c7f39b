/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units.
 *
 * @example
 * hashText('300001775') === hashText('300001775'); // true
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A text column of values that are mostly distinct (order numbers, RRNs): the records' own strings, plus
 * a hash of each, so that an equality filter scans 4-byte integers and compares a string only when the
 * hashes agree (rows' strings are scattered in memory: touching each is what makes a scan slow).
 *
 * @example
 * const invoices = new StringColumn(1024);
 * invoices.write(0, '300001775');
 */
export class StringColumn {
  values: (string | null)[];
  private hashTable: Int32Array;
  /** Rows [0, hashed) have their hash computed (a loaded column is hashed on its first equality filter). */
  private hashed = 0;

  constructor(capacity: number) {
    this.values = [];
    this.hashTable = new Int32Array(capacity);
  }

  /** Each row's hash (0 for null). */
  get hashes(): Int32Array {
    const rows = this.values.length;
    if (this.hashed < rows) {
      if (this.hashTable.length < rows) this.grow(rows);
      for (let row = this.hashed; row < rows; row++) {
        const value = this.values[row];
        this.hashTable[row] = value === null || value === undefined ? 0 : hashText(value);
      }
      this.hashed = rows;
    }
    return this.hashTable;
  }

  /** Takes over an array of values (a loaded column); hashes are computed when first needed. */
  adopt(values: (string | null)[]): void {
    this.values = values;
    this.hashed = 0;
  }

  grow(capacity: number): void {
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashTable.subarray(0, Math.min(this.hashTable.length, capacity)));
    this.hashTable = hashes;
  }

  write(row: number, value: string | null): void {
    this.values[row] = value;
    if (row < this.hashed) this.hashTable[row] = value === null ? 0 : hashText(value);
  }
}
