import { mix32 } from './rng.js';

/** Reversible mapping between a record's index and the first 32 bits of its UUID. */
export interface IdHead {
  /** The UUID's first 32 bits for record `index`. */
  encode(index: number): number;
  /** The index whose UUID starts with `head` (the inverse of {@link IdHead.encode}). */
  decode(head: number): number;
}

const ROUNDS = 4;

/**
 * A keyed 4-round Feistel permutation of 32-bit integers. Generated records take `encode(index)` as the
 * first 8 hex digits of their id, so ids look random yet `decode` finds a record by id in O(1) without a
 * map of a million ids in memory.
 *
 * @example
 * const head = createIdHead(42);
 * head.decode(head.encode(1234)); // 1234
 */
export function createIdHead(key: number): IdHead {
  const keys = Array.from({ length: ROUNDS }, (_, i) => mix32(key + i * 0x3c6ef372));
  const round = (half: number, k: number): number => mix32(half ^ k) & 0xffff;
  return {
    encode(index) {
      let l = index >>> 16;
      let r = index & 0xffff;
      for (let i = 0; i < ROUNDS; i++) {
        const t = l ^ round(r, keys[i] as number);
        l = r;
        r = t;
      }
      return ((l << 16) | r) >>> 0;
    },
    decode(head) {
      let l = head >>> 16;
      let r = head & 0xffff;
      for (let i = ROUNDS - 1; i >= 0; i--) {
        const t = r ^ round(l, keys[i] as number);
        r = l;
        l = t;
      }
      return ((l << 16) | r) >>> 0;
    },
  };
}

/**
 * The first 32 bits of a UUID, or -1 when `id` is not a UUID.
 *
 * @example
 * uuidHead('b9d46313-264e-41ec-814c-728dd51eb97f'); // 0xb9d46313
 */
export function uuidHead(id: string): number {
  if (id.length !== 36 || id[8] !== '-') return -1;
  const head = Number.parseInt(id.slice(0, 8), 16);
  return /^[0-9a-f]{8}$/.test(id.slice(0, 8)) ? head : -1;
}
