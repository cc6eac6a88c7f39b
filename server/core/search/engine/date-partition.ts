/**
 * One partition's rows (one merchant's records) sorted by the primary date: the engine's only index.
 * Binary search turns a date range into a slice; new records (created "now") append at the end.
 *
 * @example
 * const partition = DatePartition.build({ times: [3, 1, 2], rows: [0, 1, 2] });
 * partition.lowerBound(2); // 1
 */
export class DatePartition {
  /** Primary dates (epoch ms, ascending; +Infinity for records without one). */
  times: Float64Array;
  /** The rows, in the same order. */
  rows: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.times = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  /** Adds rows in any order, then sorts once (bulk build). */
  static build(entries: { times: number[]; rows: number[] }): DatePartition {
    const n = entries.rows.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const { times, rows } = entries;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = (times[i - 1] as number) <= (times[i] as number);
    if (!sorted) order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
    const partition = new DatePartition(Math.max(16, n));
    for (let i = 0; i < n; i++) {
      const k = order[i] as number;
      partition.times[i] = times[k] as number;
      partition.rows[i] = rows[k] as number;
    }
    partition.length = n;
    return partition;
  }

  /** First position whose time is ≥ `time`. */
  lowerBound(time: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] as number) < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose time is > `time`. */
  upperBound(time: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] as number) <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(time: number, row: number): void {
    if (this.length === this.rows.length) {
      const capacity = Math.ceil(this.length * 1.5) + 16;
      const times = new Float64Array(capacity);
      const rows = new Int32Array(capacity);
      times.set(this.times);
      rows.set(this.rows);
      this.times = times;
      this.rows = rows;
    }
    const at = this.upperBound(time);
    this.times.copyWithin(at + 1, at, this.length);
    this.rows.copyWithin(at + 1, at, this.length);
    this.times[at] = time;
    this.rows[at] = row;
    this.length++;
  }

  remove(time: number, row: number): void {
    for (let at = this.lowerBound(time); at < this.length && this.times[at] === time; at++) {
      if (this.rows[at] === row) {
        this.times.copyWithin(at, at + 1, this.length);
        this.rows.copyWithin(at, at + 1, this.length);
        this.length--;
        return;
      }
    }
  }
}
