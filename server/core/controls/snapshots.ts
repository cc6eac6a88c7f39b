import { catalogueError } from '../errors/index.js';
import type { SandboxState } from '../state/index.js';

/** A saved state, by name. */
export interface Snapshot {
  readonly name: string;
  /** Real time it was saved. */
  readonly savedAt: string;
  /** The namespace's sandbox time when it was saved. */
  readonly sandboxTime: string;
  readonly seed: number;
  readonly state: SandboxState;
}

/** A snapshot without its state (listings). */
export type SnapshotInfo = Omit<Snapshot, 'state'>;

/** The named snapshots of one namespace (in memory; export them for keeps). */
export interface SnapshotShelf {
  /** Saves a deep copy of `state` under `name`, replacing a snapshot of that name. */
  save(name: string, state: SandboxState, sandboxTime: Date): SnapshotInfo;
  /** The snapshot, its state a fresh deep copy (safe to restore and then mutate). */
  get(name: string): Snapshot | undefined;
  list(): SnapshotInfo[];
  remove(name: string): boolean;
  clear(): void;
}

/** Snapshots kept per namespace. */
export const MAX_SNAPSHOTS = 32;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** Deep copy of a JSON document. */
export const copyState = (state: SandboxState): SandboxState => JSON.parse(JSON.stringify(state));

/**
 * Checks a snapshot name: 1–64 letters, digits, `.`, `_` or `-`.
 *
 * @example
 * checkSnapshotName('before-refund'); // 'before-refund'
 */
export function checkSnapshotName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw catalogueError(
      'invalidRequest',
      `a snapshot name must be 1-64 letters, digits, '.', '_' or '-', got ${JSON.stringify(name)}`,
    );
  }
  return name;
}

const info = ({ state: _state, ...rest }: Snapshot): SnapshotInfo => rest;

/**
 * Creates an empty snapshot shelf.
 *
 * @example
 * const shelf = createSnapshotShelf({ now: () => new Date() });
 * shelf.save('baseline', sandbox.store.state, sandbox.clock.now());
 * await sandbox.restore(shelf.get('baseline')!.state);
 */
export function createSnapshotShelf(deps: { now: () => Date }, max = MAX_SNAPSHOTS): SnapshotShelf {
  const shelf = new Map<string, Snapshot>();
  return {
    save(name, state, sandboxTime) {
      checkSnapshotName(name);
      if (!shelf.has(name) && shelf.size >= max) {
        throw catalogueError(
          'tooManySnapshots',
          `${max} snapshots are kept per namespace; delete one first (DELETE /_sandbox/snapshots/:name)`,
        );
      }
      const snapshot: Snapshot = {
        name,
        savedAt: deps.now().toISOString(),
        sandboxTime: sandboxTime.toISOString(),
        seed: state.seed,
        state: copyState(state),
      };
      shelf.set(name, snapshot);
      return info(snapshot);
    },
    get(name) {
      const snapshot = shelf.get(name);
      return snapshot && { ...snapshot, state: copyState(snapshot.state) };
    },
    list: () => [...shelf.values()].map(info),
    remove: (name) => shelf.delete(name),
    clear: () => shelf.clear(),
  };
}
