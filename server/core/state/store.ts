import type { SandboxState } from './sandbox-state.js';

/**
 * Where the core keeps its state. The core mutates `state` synchronously, then awaits `commit()` before
 * answering, so an acknowledged write is durable. Implementations live in `server/storage`.
 */
export interface StateStore {
  /** The live state. Mutate it, then call {@link StateStore.commit} or {@link StateStore.touch}. */
  readonly state: SandboxState;
  /** Persists the current state; resolves once it is durable. */
  commit(): Promise<void>;
  /**
   * Marks the state changed without waiting: it is persisted shortly (debounced) and on close. For records
   * that a client can re-create cheaply (tokens), so hot paths do not wait for the disk.
   */
  touch(): void;
  /** Replaces the whole state (reset, snapshot restore) and persists it. */
  replace(next: SandboxState): Promise<void>;
  /** Persists anything pending and stops timers. */
  close(): Promise<void>;
}
