import type { Fixtures } from '../../fixtures/index.js';
import { type AuthConfig, createTokenService, DEFAULT_AUTH_CONFIG, type TokenService } from './auth/index.js';
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import { createMerchantDirectory, type MerchantDirectory } from './merchants/index.js';
import { createLedger, type Ledger, type PaymentRecord, type TransferRecord } from './records/index.js';
import { createInitialState, type SandboxState, type StateStore } from './state/index.js';

/** Fidelity switches and limits of one sandbox. */
export interface SandboxConfig {
  readonly auth: AuthConfig;
}

/** The documented defaults. */
export const DEFAULT_SANDBOX_CONFIG: SandboxConfig = { auth: DEFAULT_AUTH_CONFIG };

/** What a sandbox is built from: everything injected, nothing global. */
export interface SandboxDeps {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly fixtures: Fixtures;
  readonly config?: Partial<SandboxConfig>;
  /** Generates the history of a seed (reproducible; not persisted). Default: no history. */
  readonly historyFor?: (seed: number) => SandboxHistory;
}

/** Records generated from the seed, overlaid by what the API creates or changes. */
export interface SandboxHistory {
  readonly payments: readonly PaymentRecord[];
  readonly transfers: readonly TransferRecord[];
}

/** One emulated bank: its state and its domain services. Transport-free. */
export interface Sandbox {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly merchants: MerchantDirectory;
  readonly config: SandboxConfig;
  readonly tokens: TokenService;
  /** Card payments: history + API-created. */
  readonly payments: Ledger<PaymentRecord>;
  /** P2P transfers: history + API-created. */
  readonly transfers: Ledger<TransferRecord>;
  /** Runs `listener` after every reset or restore (indexes rebuild there). Returns an unsubscribe function. */
  onReset(listener: () => void): () => void;
  /** The seed the state (and generated history) derives from. */
  seed(): number;
  /** Drops everything created since start and restores the fixtures for `seed` (default: the current seed). */
  reset(seed?: number): Promise<void>;
  /** Replaces the whole state (snapshot restore, import); history follows the state's seed. */
  restore(state: SandboxState): Promise<void>;
}

/**
 * Assembles a sandbox from injected parts.
 *
 * @example
 * const sandbox = createSandbox({
 *   store: createMemoryStore(createInitialState(42)),
 *   clock: createClock(),
 *   ids: createIdSource(),
 *   fixtures: defaultFixtures,
 * });
 */
export function createSandbox(deps: SandboxDeps): Sandbox {
  const config: SandboxConfig = { ...DEFAULT_SANDBOX_CONFIG, ...deps.config };
  const merchants = createMerchantDirectory(deps.fixtures);
  const tokens = createTokenService({
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    merchants,
    config: config.auth,
  });
  const resetListeners = new Set<() => void>();
  const historyFor = deps.historyFor ?? (() => ({ payments: [], transfers: [] }));
  let historySeed = deps.store.state.seed;
  const history = historyFor(historySeed);
  const payments = createLedger(history.payments, () => deps.store.state.payments);
  const transfers = createLedger(history.transfers, () => deps.store.state.transfers);
  const restore = async (state: SandboxState): Promise<void> => {
    await deps.store.replace(state);
    if (state.seed !== historySeed) {
      historySeed = state.seed;
      const regenerated = historyFor(state.seed);
      payments.replaceHistory(regenerated.payments);
      transfers.replaceHistory(regenerated.transfers);
    }
    for (const listener of resetListeners) listener();
  };
  return {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    merchants,
    config,
    tokens,
    payments,
    transfers,
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    seed: () => deps.store.state.seed,
    reset: (seed) => restore(createInitialState(seed ?? deps.store.state.seed)),
    restore,
  };
}
