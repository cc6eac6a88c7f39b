import { catalogueError } from '../errors/index.js';
import type { SandboxState, StateStore } from '../state/index.js';
import { DEFAULT_NAMESPACE, type Namespace } from './namespace.js';

/** Where namespaces other than the default keep their state. */
export interface NamespaceStorage {
  /** True when state outlives the process (a namespace unloaded from memory can be loaded again). */
  readonly persistent: boolean;
  /** Opens the state of namespace `name`, creating it with `initial()` when none is stored. */
  open(name: string, initial: () => SandboxState): Promise<StateStore>;
  /** Deletes what is stored for `name` (nothing when not stored). */
  drop(name: string): Promise<void>;
  /** Names that have stored state. */
  list(): Promise<string[]>;
}

/** A namespace as listed by the registry. */
export interface NamespaceInfo {
  readonly name: string;
  /** False for a namespace stored on disk but not in memory (it loads on its next request). */
  readonly loaded: boolean;
  readonly seed?: number;
  readonly createdAt?: string;
  readonly lastUsedAt?: string;
}

/** Every namespace of one server. */
export interface NamespaceRegistry {
  readonly default: Namespace;
  /** The namespace `name` (default when omitted), created or loaded on first use. */
  get(name?: string): Promise<Namespace>;
  /** The namespace if it is in memory. */
  peek(name: string): Namespace | undefined;
  list(): Promise<NamespaceInfo[]>;
  /** Drops a namespace with its stored state; false when there was none. The default cannot be dropped. */
  drop(name: string): Promise<boolean>;
  /** Drops every namespace but the default; answers how many. */
  dropAll(): Promise<number>;
  /** Closes every namespace (pending writes persisted). */
  close(): Promise<void>;
}

/** What the registry needs. */
export interface NamespaceRegistryDeps {
  readonly defaultNamespace: Namespace;
  /** Builds namespace `name` over `store`. */
  readonly build: (name: string, store: StateStore) => Namespace;
  readonly storage: NamespaceStorage;
  /** The seed of a new namespace (default: the default namespace's current seed). */
  readonly seedFor?: () => number;
  readonly initialState: (seed: number) => SandboxState;
  /** Namespaces kept in memory besides the default; the least recently used beyond it are unloaded. */
  readonly maxLoaded: number;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Checks a namespace name: 1–64 letters, digits, `.`, `_` or `-` (it names a file when namespaces persist).
 *
 * @example
 * checkNamespaceName('ci-run-42'); // 'ci-run-42'
 */
export function checkNamespaceName(name: string): string {
  if (!NAME.test(name) || name === '.' || name === '..') {
    throw catalogueError(
      'badNamespace',
      `'${name.slice(0, 80)}' must be 1-64 letters, digits, '.', '_' or '-'`,
    );
  }
  return name;
}

/**
 * Creates the namespace registry of a server.
 *
 * @example
 * const registry = createNamespaceRegistry({ defaultNamespace, build, storage, initialState, maxLoaded: 50 });
 * const ns = await registry.get('ci-run-42'); // created on first use
 */
export function createNamespaceRegistry(deps: NamespaceRegistryDeps): NamespaceRegistry {
  const loaded = new Map<string, Namespace>();
  const opening = new Map<string, Promise<Namespace>>();
  const seedFor = deps.seedFor ?? (() => deps.defaultNamespace.sandbox.seed());

  const unloadBeyondLimit = async (): Promise<void> => {
    while (loaded.size > deps.maxLoaded) {
      let oldest: Namespace | undefined;
      for (const ns of loaded.values()) if (!oldest || ns.lastUsedAt < oldest.lastUsedAt) oldest = ns;
      if (!oldest) return;
      loaded.delete(oldest.name);
      await oldest.close();
      if (!deps.storage.persistent) await deps.storage.drop(oldest.name);
    }
  };

  const open = async (name: string): Promise<Namespace> => {
    const store = await deps.storage.open(name, () => deps.initialState(seedFor()));
    const ns = deps.build(name, store);
    loaded.set(name, ns);
    await unloadBeyondLimit();
    return ns;
  };

  const drop = async (name: string): Promise<boolean> => {
    if (name === DEFAULT_NAMESPACE) {
      throw catalogueError('badNamespace', 'the default namespace cannot be dropped; reset it instead');
    }
    checkNamespaceName(name);
    await opening.get(name)?.catch(() => undefined);
    const ns = loaded.get(name);
    const stored = (await deps.storage.list()).includes(name);
    loaded.delete(name);
    await ns?.close();
    await deps.storage.drop(name);
    return ns !== undefined || stored;
  };

  return {
    default: deps.defaultNamespace,
    async get(name) {
      if (name === undefined || name === DEFAULT_NAMESPACE) return deps.defaultNamespace;
      const found = loaded.get(name);
      if (found) return found;
      checkNamespaceName(name);
      let pending = opening.get(name);
      if (!pending) {
        pending = open(name).finally(() => opening.delete(name));
        opening.set(name, pending);
      }
      return pending;
    },
    peek: (name) => (name === DEFAULT_NAMESPACE ? deps.defaultNamespace : loaded.get(name)),
    async list() {
      const describe = (ns: Namespace): NamespaceInfo => ({
        name: ns.name,
        loaded: true,
        seed: ns.sandbox.seed(),
        createdAt: ns.createdAt,
        lastUsedAt: new Date(ns.lastUsedAt).toISOString(),
      });
      const out = [describe(deps.defaultNamespace), ...[...loaded.values()].map(describe)];
      for (const name of await deps.storage.list()) {
        if (!loaded.has(name)) out.push({ name, loaded: false });
      }
      return out;
    },
    drop,
    async dropAll() {
      const names = new Set([...loaded.keys(), ...(await deps.storage.list())]);
      for (const name of names) await drop(name);
      return names.size;
    },
    async close() {
      await Promise.all([...opening.values()].map((p) => p.catch(() => undefined)));
      for (const ns of loaded.values()) await ns.close();
      loaded.clear();
      await deps.defaultNamespace.close();
    },
  };
}
