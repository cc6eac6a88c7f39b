import type { ControllableClock } from '../clock.js';
import type { Sandbox } from '../sandbox.js';
import { createFaultBook, type FaultBook } from './faults.js';
import { createJournal, type Journal } from './journal.js';
import type { NamespaceClock } from './namespace-clock.js';
import { createScenarioBook, type ScenarioBook } from './scenarios.js';
import { createSnapshotShelf, type SnapshotShelf } from './snapshots.js';

/** Name of the namespace that answers requests without an `X-Sandbox-Namespace` header. */
export const DEFAULT_NAMESPACE = 'default';

/** One isolated sandbox on a shared server: its own state, clock, scenarios, faults, journal, snapshots. */
export interface Namespace {
  readonly name: string;
  readonly sandbox: Sandbox;
  /** The namespace's clock, or null when the sandbox was built by the caller with a clock that cannot move. */
  readonly clock: NamespaceClock | ControllableClock | null;
  readonly scenarios: ScenarioBook;
  readonly faults: FaultBook;
  readonly journal: Journal;
  readonly snapshots: SnapshotShelf;
  /** True when the sandbox's callbacks go through this namespace's callback faults. */
  readonly callbackFaults: boolean;
  /** Real time it was created or loaded. */
  readonly createdAt: string;
  /** Real time (ms) of its last request; the least recently used namespaces are unloaded first. */
  lastUsedAt: number;
  /**
   * Back to a clean sandbox: the state of `seed` (default: the current one), no scenarios, no faults, the
   * clock following the server's. The default namespace keeps its journal and snapshots; any other
   * namespace is dropped whole (and created again on its next use). Resolves with the seed now in force.
   */
  reset(seed?: number): Promise<number>;
  /** Runs `listener` when the namespace is unloaded or dropped (stop timers there). */
  onClose(listener: () => void | Promise<void>): () => void;
  /** Persists pending writes and runs the close listeners. */
  close(): Promise<void>;
}

/** What a namespace is made of. */
export interface NamespaceParts {
  readonly name: string;
  readonly sandbox: Sandbox;
  readonly clock: NamespaceClock | ControllableClock | null;
  /** Requests kept in the journal. */
  readonly journalSize: number;
  /** True when the sandbox's callbacks were wired to this namespace's callback faults. Default false. */
  readonly callbackFaults?: boolean;
  /** Real time, for `createdAt`, snapshot times and LRU bookkeeping. Default `() => new Date()`. */
  readonly realNow?: () => Date;
}

const isNamespaceClock = (clock: NamespaceParts['clock']): clock is NamespaceClock =>
  clock !== null && typeof (clock as NamespaceClock).reset === 'function';

/**
 * Assembles a namespace around a sandbox.
 *
 * @example
 * const ns = createNamespace({ name: 'run-42', sandbox, clock, journalSize: 200 });
 * ns.scenarios.add({ endpoint: 'token', outcome: { kind: 'decline', code: 401 }, times: 1 });
 */
export function createNamespace(parts: NamespaceParts): Namespace {
  const realNow = parts.realNow ?? (() => new Date());
  const sandboxNow = () => parts.sandbox.clock.now();
  const closeListeners = new Set<() => void | Promise<void>>();
  const scenarios = createScenarioBook({ now: sandboxNow });
  const faults = createFaultBook({ now: sandboxNow });
  let closed: Promise<void> | undefined;
  // Callback retries are planned on the sandbox clock: when it moves, the attempts it reached run now.
  const callbacks = parts.sandbox.callbacks;
  const clock = parts.clock;
  if (clock && 'onChange' in clock) (clock as NamespaceClock).onChange(() => callbacks.runDue());
  closeListeners.add(() => callbacks.stop());
  return {
    name: parts.name,
    sandbox: parts.sandbox,
    clock: parts.clock,
    scenarios,
    faults,
    journal: createJournal(parts.journalSize),
    snapshots: createSnapshotShelf({ now: realNow }),
    callbackFaults: parts.callbackFaults ?? false,
    createdAt: realNow().toISOString(),
    lastUsedAt: realNow().getTime(),
    async reset(seed) {
      scenarios.clear();
      faults.clear();
      if (isNamespaceClock(parts.clock)) parts.clock.reset();
      await parts.sandbox.reset(seed);
      return parts.sandbox.seed();
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close() {
      closed ??= (async () => {
        for (const listener of closeListeners) await listener();
        await parts.sandbox.store.close();
      })();
      return closed;
    },
  };
}
