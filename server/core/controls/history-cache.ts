import type { SandboxHistory } from '../sandbox.js';

/**
 * Wraps a history generator so that every namespace of a seed shares one generated history (it is
 * immutable: namespaces overlay it with their own state). Keeps the histories of the last `max` seeds.
 *
 * @example
 * const historyFor = cacheHistory((seed) => generateHistory(seed));
 * historyFor(42) === historyFor(42); // true: generated once
 */
export function cacheHistory(
  historyFor: (seed: number) => SandboxHistory,
  max = 4,
): (seed: number) => SandboxHistory {
  const cache = new Map<number, SandboxHistory>();
  return (seed) => {
    let history = cache.get(seed);
    if (history) {
      cache.delete(seed);
    } else {
      history = historyFor(seed);
      if (cache.size >= max) cache.delete(cache.keys().next().value as number);
    }
    cache.set(seed, history);
    return history;
  };
}
