import { type Adapter, Low, Memory } from 'lowdb';
import type { SandboxState } from '../core/state/index.js';
import type { StateStore } from '../core/state/store.js';

/** Options of {@link createLowdbStore}. */
export interface LowdbStoreOptions {
  /** Delay of the debounced write that {@link StateStore.touch} schedules. Default 200 ms. */
  touchDelayMs?: number;
}

/**
 * A {@link StateStore} over any lowdb adapter. The state must already be loaded into `db.data`.
 *
 * @example
 * const db = new Low(new Memory<SandboxState>(), createInitialState(42));
 * const store = createLowdbStore(db);
 */
export function createLowdbStore(db: Low<SandboxState>, options: LowdbStoreOptions = {}): StateStore {
  const delay = options.touchDelayMs ?? 200;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();
  let lastError: unknown;

  const write = (): Promise<void> => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    pending = db.write();
    return pending;
  };

  return {
    get state() {
      return db.data;
    },
    commit: write,
    touch() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        write().catch((error: unknown) => {
          lastError = error;
        });
      }, delay);
      // A debounced write must never keep a process alive on its own.
      if (typeof timer === 'object' && timer && 'unref' in timer) timer.unref();
    },
    replace(next) {
      db.data = next;
      return write();
    },
    async close() {
      if (timer !== undefined) await write();
      await pending.catch(() => undefined);
      if (lastError) lastError = undefined;
    },
  };
}

/**
 * A store that keeps state in memory only (tests, msw, `--in-memory`), on lowdb's Memory adapter.
 *
 * @example
 * const store = createMemoryStore(createInitialState(42));
 */
export function createMemoryStore(initial: SandboxState): StateStore {
  const adapter: Adapter<SandboxState> = new Memory<SandboxState>();
  return createLowdbStore(new Low(adapter, initial), { touchDelayMs: 0 });
}
