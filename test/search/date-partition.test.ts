import { describe, expect, it } from 'vitest';
import { DatePartition } from '../../server/core/search/engine/date-partition.js';

const sortedPairs = (p: DatePartition) =>
  Array.from({ length: p.length }, (_, i) => [p.times[i] as number, p.rows[i] as number] as const);

describe('date partition', () => {
  it.each([
    ['already sorted', [1, 2, 2, 5, 9]],
    ['sorted with a short unsorted tail', [1, 3, 4, 6, 8, 9, 2, 0, 4]],
    ['in no order', [9, 1, 7, 3, 3, 0, 5, 2]],
  ])('orders rows by date, then row, when built %s', (_how, times) => {
    const p = DatePartition.build({
      rows: Int32Array.from(times, (_, i) => i),
      times: Float64Array.from(times),
    });
    const expected = times.map((t, row) => [t, row] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(sortedPairs(p)).toEqual(expected);
  });

  it('keeps the order on insert and remove, and finds ranges by binary search', () => {
    const p = DatePartition.build({ rows: Int32Array.of(0, 1, 2), times: Float64Array.of(10, 20, 30) });
    p.insert(20, 7);
    p.insert(5, 8);
    p.insert(40, 9);
    expect(sortedPairs(p)).toEqual([
      [5, 8],
      [10, 0],
      [20, 1],
      [20, 7],
      [30, 2],
      [40, 9],
    ]);
    expect([p.lowerBound(20), p.upperBound(20)]).toEqual([2, 4]);
    p.remove(20, 1);
    expect(sortedPairs(p)).toEqual([
      [5, 8],
      [10, 0],
      [20, 7],
      [30, 2],
      [40, 9],
    ]);
  });
});
