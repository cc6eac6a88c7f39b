import type { Fixtures } from '../../fixtures/index.js';
import { type AuthConfig, createTokenService, DEFAULT_AUTH_CONFIG, type TokenService } from './auth/index.js';
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import { createMerchantDirectory, type MerchantDirectory } from './merchants/index.js';
import {
  createLedger,
  type Ledger,
  type PaymentRecord,
  type RecordSource,
  type TransferRecord,
} from './records/index.js';
import {
  createOperationsSearch,
  DEFAULT_SEARCH_CONFIG,
  type OperationsSearch,
  type SearchConfig,
} from './search/index.js';
import { createInitialState, type StateStore } from './state/index.js';

/** Fidelity switches and limits of one sandbox. */
export interface SandboxConfig {
  readonly auth: AuthConfig;
  /** Operations search: paging reading and page size limit (see README fidelity notes). */
  readonly search: SearchConfig;
}

/** The documented defaults. */
export const DEFAULT_SANDBOX_CONFIG: SandboxConfig = {
  auth: DEFAULT_AUTH_CONFIG,
  search: DEFAULT_SEARCH_CONFIG,
};

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

/**
 * Records generated from the seed, overlaid by what the API creates or changes. Arrays, or record sources
 * that generate each record on demand (the built-in history: compact at a million records).
 */
export interface SandboxHistory {
  readonly payments: readonly PaymentRecord[] | RecordSource<PaymentRecord>;
  readonly transfers: readonly TransferRecord[] | RecordSource<TransferRecord>;
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
  /** `POST /operations` and `POST /p2p/operations` over the ledgers (indexes kept current). */
  readonly search: OperationsSearch;
  /** Runs `listener` after every reset (indexes rebuild there). Returns an unsubscribe function. */
  onReset(listener: () => void): () => void;
  /** The seed the state (and generated history) derives from. */
  seed(): number;
  /** Drops everything created since start and restores the fixtures for `seed` (default: the current seed). */
  reset(seed?: number): Promise<void>;
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
  const config: SandboxConfig = {
    ...DEFAULT_SANDBOX_CONFIG,
    ...deps.config,
    search: { ...DEFAULT_SEARCH_CONFIG, ...deps.config?.search },
  };
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
  const onReset = (listener: () => void) => {
    resetListeners.add(listener);
    return () => resetListeners.delete(listener);
  };
  const search = createOperationsSearch({ payments, transfers, merchants, onReset, config: config.search });
  return {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    merchants,
    config,
    tokens,
    payments,
    transfers,
    search,
    onReset,
    seed: () => deps.store.state.seed,
    async reset(seed) {
      const next = seed ?? deps.store.state.seed;
      await deps.store.replace(createInitialState(next));
      if (next !== historySeed) {
        historySeed = next;
        const regenerated = historyFor(next);
        payments.replaceHistory(regenerated.payments);
        transfers.replaceHistory(regenerated.transfers);
      }
      for (const listener of resetListeners) listener();
    },
  };
}
