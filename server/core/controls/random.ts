/**
 * A small deterministic PRNG (mulberry32) returning floats in [0, 1). Faults draw from it so that a
 * "30 % of requests" fault behaves the same on every run.
 *
 * @example
 * const next = createSeededRandom(1);
 * next() < 0.3; // same answer on every run
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
