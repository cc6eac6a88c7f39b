import type { Fixtures } from '../../fixtures/index.js';
import { type AuthConfig, createTokenService, DEFAULT_AUTH_CONFIG, type TokenService } from './auth/index.js';
import {
  type CallbackConfig,
  type CallbackEngine,
  type CallbackSender,
  createCallbackEngine,
  createClockScheduler,
  createFetchSender,
  DEFAULT_CALLBACK_CONFIG,
  type Scheduler,
} from './callbacks/index.js';
import {
  type CardAuthorizer,
  type CardConfig,
  createCardAuthorizer,
  createSavedCards,
  DEFAULT_CARD_CONFIG,
  type SavedCards,
} from './cards/index.js';
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import {
  DEFAULT_INVOICE_CONFIG,
  INVOICE_EXAMPLES,
  type InvoiceConfig,
  type InvoiceRecord,
} from './invoices/index.js';
import { createMerchantDirectory, type MerchantDirectory } from './merchants/index.js';
import {
  createLedger,
  type Ledger,
  type PaymentRecord,
  type RecordSource,
  type TransferRecord,
} from './records/index.js';
import {
  createSandboxSearch,
  DEFAULT_SEARCH_CONFIG,
  type SandboxSearch,
  type SearchConfig,
} from './search/index.js';
import { createInitialState, type SandboxState, type StateStore } from './state/index.js';
import { DEFAULT_TRANSFER_CONFIG, type TransferConfig } from './transfers/transfer-config.js';

/** Fidelity switches and limits of one sandbox. */
export interface SandboxConfig {
  readonly auth: AuthConfig;
  /** Card checks: expiry policy, available funds. */
  readonly cards: CardConfig;
  /** Callback delivery: retry schedule, timeout, log size. */
  readonly callbacks: CallbackConfig;
  /** P2P transfers: order id uniqueness, fee. */
  readonly transfers: TransferConfig;
  /** Invoice links: how strictly POST /invoice reads its body. */
  readonly invoices: InvoiceConfig;
  /** Operations search: paging reading and page size limit (see README fidelity notes). */
  readonly search: SearchConfig;
}

/** The documented defaults. */
export const DEFAULT_SANDBOX_CONFIG: SandboxConfig = {
  auth: DEFAULT_AUTH_CONFIG,
  cards: DEFAULT_CARD_CONFIG,
  callbacks: DEFAULT_CALLBACK_CONFIG,
  transfers: DEFAULT_TRANSFER_CONFIG,
  invoices: DEFAULT_INVOICE_CONFIG,
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
  /** Sends callbacks (default: fetch). msw mode and tests inject a capturing one. */
  readonly callbackSender?: CallbackSender;
  /** Runs callback attempts at sandbox-clock instants (default: timers driven by `clock`). */
  readonly scheduler?: Scheduler;
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
  /** Invoice links: 002's example record + API-created. */
  readonly invoices: Ledger<InvoiceRecord>;
  /** Checks cards and terminals against the fixtures (transfers, hosted payment page). */
  readonly cards: CardAuthorizer;
  /** Cards saved with `save: true`, plus the fixtures' saved cards. */
  readonly savedCards: SavedCards;
  /** postLink / failurePostLink deliveries. */
  readonly callbacks: CallbackEngine;
  /**
   * `POST /operations`, `POST /p2p/operations` and `POST /invoice-links` over the ledgers, and the lookups
   * by order number (status, duplicate checks): one index per record kind, kept current.
   */
  readonly search: SandboxSearch;
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
  const invoices = createLedger(INVOICE_EXAMPLES, () => deps.store.state.invoices);
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
  const onReset = (listener: () => void): (() => void) => {
    resetListeners.add(listener);
    return () => resetListeners.delete(listener);
  };
  const savedCards = createSavedCards({
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    fixtures: deps.fixtures.savedCards,
  });
  const cards = createCardAuthorizer({
    merchants,
    testCards: deps.fixtures.cards,
    savedCards,
    clock: deps.clock,
    config: config.cards,
  });
  const callbacks = createCallbackEngine({
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    sender: deps.callbackSender ?? createFetchSender(),
    scheduler: deps.scheduler ?? createClockScheduler(deps.clock),
    config: config.callbacks,
  });
  callbacks.resume();
  onReset(() => callbacks.resume());
  const search = createSandboxSearch({
    payments,
    transfers,
    invoices,
    merchants,
    clock: deps.clock,
    onReset,
    config: config.search,
  });
  return {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    merchants,
    config,
    tokens,
    payments,
    transfers,
    invoices,
    cards,
    savedCards,
    callbacks,
    search,
    onReset,
    seed: () => deps.store.state.seed,
    reset: (seed) => restore(createInitialState(seed ?? deps.store.state.seed)),
    restore,
  };
}
