import type { Clock } from '../../core/index.js';
import {
  CALLBACKS_TARGET,
  type ControllableClock,
  createInitialState,
  createNamespace,
  createNamespaceClock,
  createNamespaceRegistry,
  DEFAULT_JOURNAL_SIZE,
  DEFAULT_NAMESPACE,
  type FaultDecision,
  type Namespace,
  type NamespaceRegistry,
  type NamespaceStorage,
  type Sandbox,
  type StateStore,
} from '../../core/index.js';
import type { AppControlRegistry } from './app-controls.js';

/** Default number of namespaces kept in memory besides the default one. */
export const DEFAULT_MAX_NAMESPACES = 50;

/** The sandbox controls of an app, for programmatic use (msw, tests). */
export interface SandboxControls {
  readonly namespaces: NamespaceRegistry;
  /** The namespace `name` (default when omitted), created on first use. */
  namespace(name?: string): Promise<Namespace>;
  /** Ends every request delayed or held by a fault now (a server stopping must not wait for them). */
  releaseHeld(): void;
  /** Releases held requests and closes every namespace (pending writes persisted). */
  close(): Promise<void>;
}

/** What {@link createControls} is built from. */
export interface ControlsParts {
  readonly defaultSandbox: Sandbox;
  /** The default namespace's clock, or null when it cannot be controlled. */
  readonly defaultClock: ControllableClock | null;
  /** The clock every namespace's own clock follows. */
  readonly baseClock: Clock;
  /** Builds the sandbox of a namespace over its store and clock; its callbacks draw from `callbackFaults`. */
  readonly buildSandbox: (
    store: StateStore,
    clock: Clock,
    callbackFaults: () => FaultDecision | undefined,
  ) => Sandbox;
  /** True when the default sandbox's callbacks go through its namespace's callback faults. */
  readonly callbackFaults: boolean;
  readonly storage: NamespaceStorage;
  readonly journalSize?: number;
  readonly maxNamespaces?: number;
  readonly registry: AppControlRegistry;
}

const isControllable = (clock: Clock): clock is ControllableClock =>
  typeof (clock as ControllableClock).advance === 'function' &&
  typeof (clock as ControllableClock).freeze === 'function';

/**
 * Wires the namespaces of an app.
 *
 * @example
 * const controls = createControls({ defaultSandbox, defaultClock, baseClock, buildSandbox, storage, registry });
 * const ns = await controls.namespace('ci-run-42');
 */
export function createControls(parts: ControlsParts): SandboxControls {
  const journalSize = parts.journalSize ?? DEFAULT_JOURNAL_SIZE;
  const defaultNamespace = createNamespace({
    name: DEFAULT_NAMESPACE,
    sandbox: parts.defaultSandbox,
    clock: parts.defaultClock,
    journalSize,
    callbackFaults: parts.callbackFaults,
  });
  const namespaces = createNamespaceRegistry({
    defaultNamespace,
    storage: parts.storage,
    initialState: createInitialState,
    maxLoaded: parts.maxNamespaces ?? DEFAULT_MAX_NAMESPACES,
    build(name, store) {
      const clock = createNamespaceClock(parts.baseClock);
      let ns: Namespace | undefined;
      const sandbox = parts.buildSandbox(store, clock, () => ns?.faults.decide(CALLBACKS_TARGET));
      ns = createNamespace({ name, sandbox, clock, journalSize, callbackFaults: true });
      // "Dropped on reset": a namespace other than the default starts over from nothing.
      ns.reset = async (seed) => {
        await namespaces.drop(name);
        const fresh = await namespaces.get(name);
        if (seed !== undefined && seed !== fresh.sandbox.seed()) await fresh.sandbox.reset(seed);
        return fresh.sandbox.seed();
      };
      return ns;
    },
  });
  const releaseHeld = () => {
    for (const release of [...parts.registry.waits]) release();
  };
  return {
    namespaces,
    namespace: (name) => namespaces.get(name),
    releaseHeld,
    async close() {
      releaseHeld();
      await namespaces.close();
    },
  };
}

export { isControllable };
