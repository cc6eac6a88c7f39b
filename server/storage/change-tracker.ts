import type { SandboxState } from '../core/state/index.js';

/** One change to persist: a record set to its current value, or deleted (`value` undefined). */
export interface RecordChange {
  readonly collection: string;
  readonly key: string;
  readonly value: unknown;
}

/** What changed since the last {@link ChangeTracker.take}. */
export type Changes =
  /** Records of collections, by key. */
  | { readonly kind: 'records'; readonly changes: readonly RecordChange[] }
  /** Something outside the collections (the seed, a whole collection): persist the whole state. */
  | { readonly kind: 'whole' };

/** Tracks which records of a state are changed through {@link ChangeTracker.state}. */
export interface ChangeTracker {
  /** The state to hand out: reads and writes go to the raw state; writes are noted. */
  readonly state: SandboxState;
  /** The raw (untracked) state. */
  readonly raw: SandboxState;
  /** Whether anything changed since the last take. */
  readonly dirty: boolean;
  /** The changes since the last call, with each record's current value; clears them. */
  take(): Changes;
  /** Starts over with another raw state (a reset or restore); nothing is dirty. */
  replace(raw: SandboxState): void;
}

type Key = readonly [collection: string, key: string];

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Wraps a state in proxies that note which record (`state.<collection>.<key>`) each write reaches, however
 * deep (`state.tokens[t].usedAt = ...`, `delivery.attempts.push(...)`). The core keeps mutating a plain
 * object graph; the store then writes only the records that changed instead of the whole document.
 * Writes through references that did not come from this state (an object created, stored, then mutated
 * after the next commit) are not seen: they reach the disk at the next compaction.
 *
 * @example
 * const tracker = createChangeTracker(state);
 * tracker.state.tokens.abc = token;
 * tracker.take(); // { kind: 'records', changes: [{ collection: 'tokens', key: 'abc', value: token }] }
 */
export function createChangeTracker(initial: SandboxState): ChangeTracker {
  let raw = initial;
  let whole = false;
  let dirty = new Map<string, Set<string>>();
  const targets = new WeakMap<object, object>();
  let proxies = new WeakMap<object, { proxy: object; owner: Key | string | null }>();

  const mark = (owner: Key): void => {
    let keys = dirty.get(owner[0]);
    if (!keys) {
      keys = new Set();
      dirty.set(owner[0], keys);
    }
    keys.add(owner[1]);
  };

  /** Stores plain objects, never proxies: the raw state stays serialisable and proxy-free. */
  const unwrap = (value: unknown, depth = 0): unknown => {
    if (!isObject(value)) return value;
    const target = targets.get(value);
    if (target) return target;
    if (depth < 8) {
      const fields = value as Record<string, unknown>;
      // for...in over own data (the state is plain JSON): no entry arrays allocated per stored record.
      for (const k in fields) {
        const v = fields[k];
        if (isObject(v) && Object.hasOwn(fields, k)) {
          const inner = unwrap(v, depth + 1);
          if (inner !== v) fields[k] = inner;
        }
      }
    }
    return value;
  };

  const wrap = (target: object, owner: Key | string | null): object => {
    const cached = proxies.get(target);
    const same =
      cached &&
      (cached.owner === owner ||
        (Array.isArray(cached.owner) &&
          Array.isArray(owner) &&
          cached.owner[0] === owner[0] &&
          cached.owner[1] === owner[1]));
    if (cached && same) return cached.proxy;
    const touched = () => {
      if (owner === null) whole = true;
      else if (typeof owner === 'string') whole = true;
      else mark(owner);
    };
    const proxy = new Proxy(target, {
      get(t, p) {
        // The state is plain data (no accessors): an indexed read is Reflect.get without its cost.
        const value = (t as Record<PropertyKey, unknown>)[p];
        if (typeof p !== 'string' || !isObject(value) || typeof value === 'function') return value;
        if (owner === null) return wrap(value, p); // a collection of the state
        if (typeof owner === 'string') return wrap(value, [owner, p]); // a record of a collection
        return wrap(value, owner); // inside a record
      },
      set(t, p, value) {
        const ok = Reflect.set(t, p, unwrap(value));
        if (typeof p === 'string') {
          if (typeof owner === 'string') mark([owner, p]);
          else touched();
        }
        return ok;
      },
      deleteProperty(t, p) {
        const ok = Reflect.deleteProperty(t, p);
        if (typeof p === 'string') {
          if (typeof owner === 'string') mark([owner, p]);
          else touched();
        }
        return ok;
      },
      defineProperty(t, p, descriptor) {
        const ok = Reflect.defineProperty(
          t,
          p,
          'value' in descriptor ? { ...descriptor, value: unwrap(descriptor.value) } : descriptor,
        );
        if (typeof p === 'string') {
          if (typeof owner === 'string') mark([owner, p]);
          else touched();
        }
        return ok;
      },
    });
    targets.set(proxy, target);
    if (!cached) proxies.set(target, { proxy, owner });
    return proxy;
  };

  let root = wrap(raw, null) as SandboxState;

  return {
    get state() {
      return root;
    },
    get raw() {
      return raw;
    },
    get dirty() {
      return whole || dirty.size > 0;
    },
    take() {
      if (whole) {
        whole = false;
        dirty = new Map();
        return { kind: 'whole' };
      }
      const changes: RecordChange[] = [];
      for (const [collection, keys] of dirty) {
        const records = (raw as unknown as Record<string, Record<string, unknown> | undefined>)[collection];
        for (const key of keys) changes.push({ collection, key, value: records?.[key] });
      }
      dirty = new Map();
      return { kind: 'records', changes };
    },
    replace(next) {
      raw = next;
      whole = false;
      dirty = new Map();
      proxies = new WeakMap();
      root = wrap(raw, null) as SandboxState;
    },
  };
}
