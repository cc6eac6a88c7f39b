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
  hashes: Int32Array;

  constructor(capacity: number) {
    this.values = [];
    this.hashes = new Int32Array(capacity);
  }

  /** Takes over an array of values (a loaded column) and hashes them. */
  adopt(values: (string | null)[], count: number): void {
    this.values = values;
    if (this.hashes.length < count) this.hashes = new Int32Array(count);
    for (let row = 0; row < count; row++) {
      const value = values[row];
      this.hashes[row] = value === null || value === undefined ? 0 : hashText(value);
    }
  }

  grow(capacity: number): void {
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes.subarray(0, Math.min(this.hashes.length, capacity)));
    this.hashes = hashes;
  }

  write(row: number, value: string | null): void {
    this.values[row] = value;
    this.hashes[row] = value === null ? 0 : hashText(value);
  }
}
