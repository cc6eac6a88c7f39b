const HEX_LOWER = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const HEX_UPPER = Array.from('0123456789ABCDEF', (c) => c.charCodeAt(0));
/** Scratch buffer of character codes: strings are built flat in one go (V8 keeps `+=` chains as ropes). */
const codes: number[] = new Array(36).fill(0);

/**
 * 32-bit avalanche mix (splitmix32 finaliser).
 *
 * @example
 * mix32(1) !== mix32(2); // well spread
 */
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
    for (const key of keys) {
      total += weights[key] ?? 0;
      bounds.push(total);
    }
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

  /** `count` (at most 36) upper-case hex characters. */
  hex(count: number): string {
    codes.length = count;
    for (let i = 0; i < count; i++) codes[i] = HEX_UPPER[this.u32() & 15] as number;
    return String.fromCharCode.apply(null, codes);
  }

  /** A version 4 UUID whose first 32 bits are `head` (see record ids) and whose other bits are random. */
  uuid(head: number): string {
    codes.length = 36;
    for (let i = 0; i < 8; i++) codes[i] = HEX_LOWER[(head >>> (28 - i * 4)) & 15] as number;
    let bits = this.u32();
    for (let i = 9; i < 13; i++, bits >>>= 4) codes[i] = HEX_LOWER[bits & 15] as number;
    codes[14] = 52; // version 4
    for (let i = 15; i < 18; i++, bits >>>= 4) codes[i] = HEX_LOWER[bits & 15] as number;
    bits = this.u32();
    codes[19] = HEX_LOWER[8 | (bits & 3)] as number; // variant 10xx
    bits >>>= 2;
    for (let i = 20; i < 23; i++, bits >>>= 4) codes[i] = HEX_LOWER[bits & 15] as number;
    bits = this.u32();
    for (let i = 24; i < 32; i++, bits >>>= 4) codes[i] = HEX_LOWER[bits & 15] as number;
    bits = this.u32();
    for (let i = 32; i < 36; i++, bits >>>= 4) codes[i] = HEX_LOWER[bits & 15] as number;
    codes[8] = 45;
    codes[13] = 45;
    codes[18] = 45;
    codes[23] = 45;
    return String.fromCharCode.apply(null, codes);
  }
}

/**
 * A 12-digit RRN (retrieval reference number) as a number, never with a leading zero: the documents' RRNs
 * (`730681443792`, `203480420271`) look so, and `String(n)` is then the text with no padding.
 *
 * @example
 * String(rrn(new Rng(1))).length; // 12
 */
export function rrn(rng: Rng): number {
  return (100_000 + (rng.u32() % 900_000)) * 1_000_000 + (rng.u32() % 1_000_000);
}

/**
 * The text of a 12-digit RRN number. Two six-digit halves format several times faster than the double
 * itself (a million RRNs are formatted when a search index loads).
 *
 * @example
 * rrnText(730681443792); // '730681443792'
 */
export function rrnText(value: number): string {
  const high = Math.floor(value / 1_000_000);
  const low = value - high * 1_000_000;
  return `${high}${low < 100_000 ? String(low).padStart(6, '0') : low}`;
}
