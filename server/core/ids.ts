/** Fills a byte array with random values (Web Crypto's `getRandomValues` by default). */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/** Generators of ids and secrets. Injected so tests can make them deterministic. */
export interface IdSource {
  /** A random RFC 4122 v4 UUID, lower case. */
  uuid(): string;
  /** An access or refresh token in the bank's style: 22 characters of `A-Z 0-9 _ -`. */
  token(): string;
  /** `count` random decimal digits (RRN references, approval codes). */
  digits(count: number): string;
  /** `count` random upper-case hex characters (intReference). */
  hex(count: number): string;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

const pool = new Uint8Array(4096);
let poolOffset = pool.length;

/** Web Crypto's random bytes, drawn 4 KiB at a time (one `getRandomValues` call per ~150 tokens). */
const cryptoRandomBytes: RandomBytes = (bytes) => {
  if (bytes.length > pool.length) return globalThis.crypto.getRandomValues(bytes);
  if (poolOffset + bytes.length > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  bytes.set(pool.subarray(poolOffset, poolOffset + bytes.length));
  // Bytes handed out are never handed out again.
  pool.fill(0, poolOffset, poolOffset + bytes.length);
  poolOffset += bytes.length;
  return bytes;
};

/**
 * Creates an id source over a random byte generator (cryptographically secure by default).
 *
 * @example
 * const ids = createIdSource();
 * ids.token(); // 'DCEB8O_ZM5U7SO_T_U5EJQ'-like
 */
export function createIdSource(random: RandomBytes = cryptoRandomBytes): IdSource {
  const pick = (alphabet: string, count: number): string => {
    // Rejection sampling keeps every character equally likely.
    const limit = 256 - (256 % alphabet.length);
    let out = '';
    while (out.length < count) {
      for (const byte of random(new Uint8Array(count * 2))) {
        if (byte < limit && out.length < count) out += alphabet[byte % alphabet.length];
      }
    }
    return out;
  };
  return {
    uuid() {
      const b = random(new Uint8Array(16));
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
    token: () => pick(TOKEN_ALPHABET, 22),
    digits: (count) => pick('0123456789', count),
    hex: (count) => pick('0123456789ABCDEF', count),
  };
}

/**
 * A deterministic byte source (xorshift32) for tests and seeded fixtures. Not for secrets.
 *
 * @example
 * const ids = createIdSource(seededRandomBytes(42)); // same ids on every run
 */
export function seededRandomBytes(seed: number): RandomBytes {
  let state = seed >>> 0 || 0x9e3779b9;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}
