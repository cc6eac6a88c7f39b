import type { Merchant } from '../../../fixtures/index.js';
import type { Clock } from '../clock.js';
import type { SandboxHistory } from '../sandbox.js';
import type { StateStore } from '../state/index.js';
import { generateHistory, historyEndFor } from './generate-history.js';

/** A sandbox's `historyFor`, plus the hook that keeps its end date across resets. */
export interface HistoryProvider {
  /** The history of `seed` (pass as `historyFor` to `createSandbox`). */
  historyFor(seed: number): SandboxHistory;
  /** Call after a reset: writes the end date in use back into the fresh state. */
  keepEnd(): void;
}

/** What {@link createHistoryProvider} needs. */
export interface HistoryProviderDeps {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly merchants: readonly Merchant[];
  /** Generated payments per seed. */
  readonly size: number;
}

/**
 * Generates a sandbox's history up to a fixed end date: midnight UTC of the sandbox clock's day when the
 * state was created (or reset to another seed). The date is kept in the state (`historyEnd`), so a
 * sandbox with a data file shows the same history after every restart; a fresh in-memory sandbox ends its
 * history at today's midnight. Same seed, size and end date: byte-identical records.
 *
 * @example
 * const history = createHistoryProvider({ store, clock, merchants: fixtures.merchants, size: 1000 });
 * const sandbox = createSandbox({ store, clock, ids, fixtures, historyFor: history.historyFor });
 * sandbox.onReset(history.keepEnd);
 */
export function createHistoryProvider(deps: HistoryProviderDeps): HistoryProvider {
  let end: string | undefined;
  const endDate = (): Date => {
    const stored = deps.store.state.historyEnd;
    if (stored !== undefined && !Number.isNaN(Date.parse(stored))) return new Date(stored);
    const fresh = historyEndFor(deps.clock.now());
    deps.store.state.historyEnd = fresh.toISOString();
    deps.store.touch();
    return fresh;
  };
  return {
    historyFor(seed) {
      const date = endDate();
      end = date.toISOString();
      return generateHistory({ seed, size: deps.size, end: date, merchants: deps.merchants });
    },
    keepEnd() {
      if (end !== undefined && deps.store.state.historyEnd === undefined) {
        deps.store.state.historyEnd = end;
        deps.store.touch();
      }
    },
  };
}
