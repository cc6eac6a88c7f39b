/** Keys ordered by the instant they are due (a binary min-heap): the next due key in O(1), add and take in O(log n). */
export interface ExpiryQueue {
  readonly size: number;
  /** Queues `key`, due at `atMs` (epoch ms). */
  add(key: string, atMs: number): void;
  /** Removes and returns the keys due strictly before `nowMs`, earliest first. */
  takeDue(nowMs: number): string[];
  clear(): void;
}

/**
 * Creates an empty expiry queue. The token service uses one to forget tokens once they are past their grace
 * period without walking every token.
 *
 * @example
 * const queue = createExpiryQueue();
 * queue.add('abc', Date.parse('2026-11-27T12:00:00Z'));
 * queue.takeDue(Date.parse('2026-11-28T00:00:00Z')); // ['abc']
 */
export function createExpiryQueue(): ExpiryQueue {
  let times: number[] = [];
  let keys: string[] = [];
  const swap = (i: number, j: number): void => {
    const t = times[i] as number;
    times[i] = times[j] as number;
    times[j] = t;
    const k = keys[i] as string;
    keys[i] = keys[j] as string;
    keys[j] = k;
  };
  const up = (start: number): void => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((times[parent] as number) <= (times[i] as number)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (start: number): void => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < times.length && (times[left] as number) < (times[least] as number)) least = left;
      if (right < times.length && (times[right] as number) < (times[least] as number)) least = right;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  return {
    get size() {
      return times.length;
    },
    add(key, atMs) {
      times.push(atMs);
      keys.push(key);
      up(times.length - 1);
    },
    takeDue(nowMs) {
      const due: string[] = [];
      while (times.length > 0 && (times[0] as number) < nowMs) {
        due.push(keys[0] as string);
        const lastTime = times.pop() as number;
        const lastKey = keys.pop() as string;
        if (times.length > 0) {
          times[0] = lastTime;
          keys[0] = lastKey;
          down(0);
        }
      }
      return due;
    },
    clear() {
      times = [];
      keys = [];
    },
  };
}
