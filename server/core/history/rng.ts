const HEX_LOWER = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const HEX_UPPER = Array.from('0123456789ABCDEF', (c) => c.charCodeAt(0));
const codes: number[] = [];

/** A flat (sequential) string of character codes: no rope of one-character pieces (V8 keeps ropes). */
function fromCodes(length: number, code: (position: number) => number): string {
  codes.length = length;
  for (let i = 0; i < length; i++) codes[i] = code(i);
  return String.fromCharCode.apply(null, codes);
}

/** 32-bit avalanche mix (splitmix32 finaliser). */
export function mix32(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A fast seeded pseudo-random generator (sfc32) for bulk history generation; not for secrets. Only 32-bit
 * integer arithmetic is used, so the same seed gives the same sequence everywhere. One instance can be
 * {@link Rng.reseed reseeded} per record, which makes every generated record a pure function of
 * (seed, index) without allocating a generator per record.
 *
 * @example
 * const rng = new Rng(42);
 * rng.int(1, 6); // the same roll on every run
 * rng.reseed(42, 1000); // the stream of record 1000
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number) {
    this.reseed(seed, 0);
  }

  /** Restarts the generator on the stream of (`seed`, `stream`). */
  reseed(seed: number, stream: number): void {
    this.a = mix32(seed ^ 0x9e3779b9);
    this.b = mix32(stream + 0x7f4a7c15);
    this.c = mix32(this.a ^ this.b ^ 0x632be5ab);
    this.d = 1;
    for (let i = 0; i < 8; i++) this.u32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A chooser of keys of `weights`, each with probability proportional to its weight (build it once). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): () => K {
    const keys = Object.keys(weights) as K[];
    const bounds: number[] = [];
    let total = 0;
    for (const key of keys) bounds.push((total += weights[key] ?? 0));
    return () => {
      const roll = this.next() * total;
      let i = 0;
      while (i < keys.length - 1 && roll >= (bounds[i] as number)) i++;
      return keys[i] as K;
    };
  }

  /** `count` decimal digits (leading zeros allowed). */
  digits(count: number): string {
    // Six digits at a time: V8 builds strings shorter than 13 characters flat.
    let out = '';
    while (out.length < count) out += String(this.u32() % 1_000_000).padStart(6, '0');
    return out.length === count ? out : out.slice(0, count);
  }

  /** `count` upper-case hex characters. */
  hex(count: number): string {
    return fromCodes(count, () => HEX_UPPER[this.u32() & 15] as number);
  }

  /**
   * A version 4 UUID whose first 32 bits are `head` (see record ids) and whose other bits are random.
   */
  uuid(head: number): string {
    const w1 = this.u32();
    const w2 = this.u32();
    const w3 = this.u32();
    return fromCodes(36, (at) => {
      if (at === 8 || at === 13 || at === 18 || at === 23) return 45; // '-'
      if (at === 14) return 52; // '4': version
      let nibble: number;
      if (at < 8) nibble = (head >>> (28 - at * 4)) & 15;
      else if (at < 18) nibble = (w1 >>> ((at - 9) * 3)) & 15;
      else if (at === 19)
        nibble = 8 | (w2 & 3); // variant 10xx
      else if (at < 28) nibble = (w2 >>> ((at - 19) * 3)) & 15;
      else nibble = (w3 >>> ((at - 28) * 4)) & 15;
      return HEX_LOWER[nibble] as number;
    });
  }
}
