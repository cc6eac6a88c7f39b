/**
 * One partition's rows (one merchant's records) sorted by the primary date: the engine's only index.
 * Binary search turns a date range into a slice; new records (created "now") append at the end.
 *
 * @example
 * const partition = DatePartition.build({ times: Float64Array.of(3, 1, 2), rows: Int32Array.of(0, 1, 2) });
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

  /**
   * A partition of `rows` with their `times` (taken over): sorted by time, then row, unless they already
   * are (a generated history is chronological).
   */
  static build(entries: { rows: Int32Array; times: Float64Array }): DatePartition {
    const { rows, times } = entries;
    const n = rows.length;
    let run = 1;
    while (run < n && (times[run - 1] as number) <= (times[run] as number)) run++;
    const partition = new DatePartition(0);
    partition.length = n;
    if (run === n) {
      partition.rows = rows;
      partition.times = times;
      return partition;
    }
    // A sorted run and a short unsorted tail (records appended after a chronological history): sort the
    // tail and merge; otherwise sort everything.
    const tail = Array.from({ length: n - run }, (_, i) => run + i);
    const order = run >= n / 2 ? tail : Array.from({ length: n }, (_, i) => i);
    order.sort(
      (a, b) => (times[a] as number) - (times[b] as number) || (rows[a] as number) - (rows[b] as number),
    );
    partition.rows = new Int32Array(n);
    partition.times = new Float64Array(n);
    if (run >= n / 2) {
      mergeRuns(run, order, entries, partition);
    } else {
      order.forEach((k, i) => {
        partition.rows[i] = rows[k] as number;
        partition.times[i] = times[k] as number;
      });
    }
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

/**
 * Writes positions 0..run-1 of `from` (sorted) merged with the positions `sorted` (sorted, after them)
 * into `to`, by time then row.
 */
function mergeRuns(
  run: number,
  sorted: readonly number[],
  from: { rows: Int32Array; times: Float64Array },
  to: { rows: Int32Array; times: Float64Array },
): void {
  const { rows, times } = from;
  let a = 0;
  let b = 0;
  let k = 0;
  const take = (position: number) => {
    to.rows[k] = rows[position] as number;
    to.times[k] = times[position] as number;
    k++;
  };
  while (a < run && b < sorted.length) {
    const y = sorted[b] as number;
    const ta = times[a] as number;
    const tb = times[y] as number;
    if (ta < tb || (ta === tb && (rows[a] as number) <= (rows[y] as number))) take(a++);
    else {
      take(y);
      b++;
    }
  }
  while (a < run) take(a++);
  while (b < sorted.length) take(sorted[b++] as number);
}
