import type { Scope } from '../../../contracts/index.js';
import type { CallbackDelivery } from '../callbacks/callback-delivery.js';
import type { SavedCardRecord } from '../cards/saved-card-record.js';
import type { InvoiceRecord } from '../invoices/invoice-record.js';
import type { PaymentRecord, TransferRecord } from '../records/index.js';

/** OAuth grant types the token endpoint issues. */
export type GrantType = 'password' | 'client_credentials' | 'refresh_token';

/** The order a client_credentials token is bound to at token time (all optional, as in the documents). */
export interface TokenBinding {
  readonly invoiceId?: string;
  readonly amount?: number;
  readonly currency?: string;
  readonly terminal?: string;
  readonly postLink?: string;
  readonly failurePostLink?: string;
  readonly secretHash?: string;
}

/** An issued access token. Tokens are random, scoped, expire, and may be single-use. */
export interface TokenRecord {
  readonly accessToken: string;
  readonly clientId: string;
  readonly grantType: GrantType;
  /** Cabinet user of a password grant. */
  readonly username?: string;
  readonly scopes: readonly Scope[];
  /** The scope string as answered in the token response. */
  readonly scope: string;
  readonly binding: TokenBinding;
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** Set when a one-operation token (payment/transfer) has been spent. */
  usedAt?: string;
  revokedAt?: string;
}

/** A refresh token of a password grant. */
export interface RefreshTokenRecord {
  readonly refreshToken: string;
  readonly clientId: string;
  readonly username: string;
  readonly scopes: readonly Scope[];
  readonly scope: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

/**
 * Everything the API created or changed, per sandbox (and per namespace). Generated history is
 * reproducible from the seed and is not part of this state.
 */
export interface SandboxState {
  schemaVersion: 1;
  seed: number;
  tokens: Record<string, TokenRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  /** Payments created or changed through the API (history records are overlaid by id). */
  payments: Record<string, PaymentRecord>;
  /** Transfers created through the API. */
  transfers: Record<string, TransferRecord>;
  /** End of the generated history (ISO instant), fixed when first generated so restarts keep it. */
  historyEnd?: string;
  /** Cards saved with `save: true` (masked: no PAN, no CVC), by card id. */
  savedCards: Record<string, SavedCardRecord>;
  /** Callback deliveries (pending ones resume after a restart), by delivery id; bounded. */
  callbacks: Record<string, CallbackDelivery>;
  /** Invoice links created (or the examples changed) through the API, by link id. */
  invoices: Record<string, InvoiceRecord>;
}

/**
 * The state of a fresh sandbox for `seed`: nothing created yet.
 *
 * @example
 * const state = createInitialState(42);
 */
export function createInitialState(seed: number): SandboxState {
  return {
    schemaVersion: 1,
    seed,
    tokens: {},
    refreshTokens: {},
    payments: {},
    transfers: {},
    savedCards: {},
    callbacks: {},
    invoices: {},
  };
}

/**
 * Brings a state read from an older data file up to the current shape (adds collections introduced since),
 * in place. Returns false when `value` is not a sandbox state at all.
 *
 * @example
 * if (!upgradeState(parsed)) throw new Error('not an epay-sandbox data file');
 */
export function upgradeState(value: unknown): value is SandboxState {
  if (value === null || typeof value !== 'object') return false;
  const state = value as Partial<SandboxState>;
  if (state.schemaVersion !== 1 || typeof state.seed !== 'number' || typeof state.tokens !== 'object')
    return false;
  state.refreshTokens ??= {};
  state.payments ??= {};
  state.transfers ??= {};
  state.savedCards ??= {};
  state.callbacks ??= {};
  state.invoices ??= {};
  return true;
}
