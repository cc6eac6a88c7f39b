import { type Sandbox, type SandboxState, upgradeState } from '../core/index.js';

type Collection = Record<string, unknown>;

const isCollection = (value: unknown): value is Collection =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A ledger of the sandbox (`payments`, `transfers`, ...) found under a state collection's name. */
interface SavingLedger {
  save(record: unknown): void;
}

const ledgerNamed = (sandbox: Sandbox, name: string): SavingLedger | undefined => {
  const candidate = (sandbox as unknown as Record<string, unknown>)[name];
  return isCollection(candidate) &&
    typeof candidate.save === 'function' &&
    typeof candidate.get === 'function'
    ? (candidate as unknown as SavingLedger)
    : undefined;
};

/**
 * Checks that `value` is a sandbox state document (an `epay.state()` snapshot or a server data file) and
 * returns a private copy of it, upgraded to the current shape. Throws a `TypeError` otherwise.
 *
 * @example
 * const initial = readInitialState(JSON.parse(readFileSync('.epay-sandbox/data.json', 'utf8')));
 */
export function readInitialState(value: unknown): SandboxState {
  const copy: unknown = structuredClone(value);
  if (!upgradeState(copy)) {
    throw new TypeError(
      'epay-sandbox/msw: initialState must be a sandbox state (schemaVersion 1), e.g. a snapshot from state()',
    );
  }
  return copy;
}

/**
 * Loads `initial` into a freshly reset sandbox. Records of a collection the sandbox keeps in a ledger
 * (payments, transfers, ...) are saved through the ledger, so the indexes that subscribe to it see them;
 * other collections (tokens, saved cards, callback deliveries, ...) are copied into the state, and pending
 * callback deliveries are scheduled again. Commits the store.
 *
 * @example
 * await sandbox.reset(initial.seed);
 * await applyInitialState(sandbox, initial);
 */
export async function applyInitialState(sandbox: Sandbox, initial: SandboxState): Promise<void> {
  const state = sandbox.store.state as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(structuredClone(initial))) {
    if (name === 'schemaVersion' || name === 'seed') continue;
    const ledger = isCollection(value) ? ledgerNamed(sandbox, name) : undefined;
    const target = state[name];
    if (ledger && isCollection(value)) {
      for (const record of Object.values(value)) ledger.save(record);
    } else if (isCollection(value) && isCollection(target)) {
      Object.assign(target, value);
    } else {
      state[name] = value;
    }
  }
  sandbox.callbacks.resume();
  await sandbox.store.commit();
}
