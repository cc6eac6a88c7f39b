import {
  type ClientCredentialsTokenRequest,
  type PasswordTokenRequest,
  type RefreshTokenRequest,
  type Scope,
  type SupportedGrantType,
  TokenRequestByGrant,
  type TokenResponse,
  validate,
} from '../../../contracts/index.js';
import type { Merchant } from '../../../fixtures/index.js';
import type { Clock } from '../clock.js';
import { catalogueError, oauthError } from '../errors/index.js';
import type { IdSource } from '../ids.js';
import type { MerchantDirectory } from '../merchants/index.js';
import { ownValue, type StateStore, type TokenBinding, type TokenRecord } from '../state/index.js';
import type { AuthConfig } from './auth-config.js';
import { createExpiryQueue } from './expiry-queue.js';
import { allowsAny, parseScope } from './scopes.js';

/** What the token service needs. */
export interface TokenServiceDeps {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly merchants: MerchantDirectory;
  readonly config: AuthConfig;
}

/** Issues and checks tokens. */
export interface TokenService {
  /** Answers a token request (a form body: field name to text). */
  issue(form: Readonly<Record<string, string>>): Promise<TokenResponse>;
  /**
   * Returns the live token record for a bearer token allowed to use a route needing one of `scopes`.
   * Throws 401 (missing, unknown, revoked, expired, already used) or 403 (scope).
   */
  authenticate(accessToken: string | undefined, scopes: readonly Scope[]): TokenRecord;
  /** Spends a one-operation token (payments, transfers: "for each operation ... the original token"). */
  markUsed(token: TokenRecord): void;
}

const GRANTS = Object.keys(TokenRequestByGrant) as SupportedGrantType[];
/** Expired tokens are kept this long so a late caller is told "expired" rather than "unknown". */
const EXPIRED_GRACE_MS = 24 * 3600_000;

/**
 * Creates the token service.
 *
 * @example
 * const tokens = createTokenService({ store, clock, ids, merchants, config: DEFAULT_AUTH_CONFIG });
 * const answer = await tokens.issue({ grant_type: 'client_credentials', client_id: 'test', ... });
 */
export function createTokenService(deps: TokenServiceDeps): TokenService {
  const { store, clock, ids, merchants, config } = deps;

  const authenticateClient = (clientId: string, clientSecret: string): Merchant => {
    const merchant = merchants.byClientId(clientId);
    if (!merchant) throw oauthError('invalid_client', `unknown client_id '${clientId}'`);
    if (merchant.clientSecret !== clientSecret) {
      throw oauthError('invalid_client', `client_secret does not match client_id '${clientId}'`);
    }
    return merchant;
  };

  const expiresIn = (seconds: number, documentedAsString: boolean): number | string => {
    if (config.expiresIn === 'string' || (config.expiresIn === 'document' && documentedAsString)) {
      return String(seconds);
    }
    return seconds;
  };

  // Tokens (and refresh tokens) in the order they fall due to be forgotten, so a sweep never walks them all.
  // They cover the collections they were built over: a reset or restore brings new ones, queued afresh.
  const tokensDue = createExpiryQueue();
  const refreshDue = createExpiryQueue();
  let covered: object | undefined;
  const cover = (): void => {
    const { tokens, refreshTokens } = store.state;
    if (covered === tokens) return;
    covered = tokens;
    tokensDue.clear();
    refreshDue.clear();
    for (const [key, token] of Object.entries(tokens))
      tokensDue.add(key, Date.parse(token.expiresAt) + EXPIRED_GRACE_MS);
    for (const [key, token] of Object.entries(refreshTokens))
      refreshDue.add(key, Date.parse(token.expiresAt));
  };

  /** Forgets tokens past their grace period and expired refresh tokens (amortised O(log n) per token). */
  const sweep = (now: number): void => {
    cover();
    const { tokens, refreshTokens } = store.state;
    for (const key of tokensDue.takeDue(now)) {
      const token = ownValue(tokens, key);
      if (token && Date.parse(token.expiresAt) + EXPIRED_GRACE_MS < now) delete tokens[key];
    }
    for (const key of refreshDue.takeDue(now)) {
      const token = ownValue(refreshTokens, key);
      if (token && Date.parse(token.expiresAt) < now) delete refreshTokens[key];
    }
  };

  /** Stores a token issued at `nowMs` that expires at `expiresMs` (both known: no date parsed back). */
  const save = (record: TokenRecord, nowMs: number, expiresMs: number): void => {
    sweep(nowMs);
    store.state.tokens[record.accessToken] = record;
    tokensDue.add(record.accessToken, expiresMs + EXPIRED_GRACE_MS);
    store.touch();
  };

  /** A new token record, stored. */
  const storeNewToken = (
    merchant: Merchant,
    grantType: TokenRecord['grantType'],
    scope: { scopes: readonly Scope[]; scope: string },
    ttlSec: number,
    binding: TokenBinding,
    username?: string,
  ): TokenRecord => {
    const now = clock.now();
    const nowMs = now.getTime();
    const expiresMs = nowMs + ttlSec * 1000;
    const token: TokenRecord = {
      accessToken: ids.token(),
      clientId: merchant.clientId,
      grantType,
      ...(username ? { username } : {}),
      scopes: scope.scopes,
      scope: scope.scope,
      binding,
      issuedAt: now.toISOString(),
      expiresAt: new Date(expiresMs).toISOString(),
    };
    save(token, nowMs, expiresMs);
    return token;
  };

  const passwordGrant = (form: PasswordTokenRequest): TokenResponse => {
    const merchant = authenticateClient(form.client_id, form.client_secret);
    const user = merchant.users.find((u) => u.username.toLowerCase() === form.username.toLowerCase());
    if (!user)
      throw oauthError(
        'invalid_grant',
        `unknown user '${form.username}' for client_id '${merchant.clientId}'`,
      );
    if (user.password !== form.password)
      throw oauthError('invalid_grant', `wrong password for user '${user.username}'`);
    const scope = parseScope(form.scope);
    return userGrant(merchant, user.username, scope, 'password');
  };

  const clientCredentialsGrant = (form: ClientCredentialsTokenRequest): TokenResponse => {
    const merchant = authenticateClient(form.client_id, form.client_secret);
    const scope = parseScope(form.scope);
    const binding: Record<string, string | number> = {};
    if (form.terminal) binding.terminal = form.terminal.trim();
    if (form.invoiceID) binding.invoiceId = form.invoiceID.trim();
    if (form.amount !== undefined && form.amount !== '') {
      const amount = Number(form.amount);
      if (!/^\s*\d+(\.\d{1,2})?\s*$/.test(form.amount) || !(amount > 0)) {
        throw oauthError(
          'invalid_request',
          `field 'amount' must be a positive number with at most 2 decimals, got '${form.amount}'`,
        );
      }
      binding.amount = amount;
    }
    if (form.currency) {
      if (!/^[A-Za-z]{3}$/.test(form.currency.trim())) {
        throw oauthError(
          'invalid_request',
          `field 'currency' must be a 3-letter code such as KZT, got '${form.currency}'`,
        );
      }
      binding.currency = form.currency.trim().toUpperCase();
    }
    if (form.postLink) binding.postLink = form.postLink;
    if (form.failurePostLink) binding.failurePostLink = form.failurePostLink;
    if (form.secret_hash) binding.secretHash = form.secret_hash;
    const token = storeNewToken(
      merchant,
      'client_credentials',
      scope,
      config.clientCredentialsTtlSec,
      binding,
    );
    return {
      access_token: token.accessToken,
      expires_in: expiresIn(config.clientCredentialsTtlSec, false),
      refresh_token: '',
      scope: token.scope,
      token_type: 'Bearer',
    };
  };

  const refreshGrant = (form: RefreshTokenRequest): TokenResponse => {
    const merchant = authenticateClient(form.client_id, form.client_secret);
    const refresh = ownValue(store.state.refreshTokens, form.refresh_token);
    const now = clock.now();
    if (!refresh || refresh.clientId !== merchant.clientId) {
      throw oauthError('invalid_grant', 'refresh_token is unknown or belongs to another client');
    }
    if (Date.parse(refresh.expiresAt) <= now.getTime()) {
      throw oauthError('invalid_grant', `refresh_token expired at ${refresh.expiresAt}`);
    }
    delete store.state.refreshTokens[form.refresh_token];
    return userGrant(
      merchant,
      refresh.username,
      { scopes: refresh.scopes, scope: refresh.scope },
      'refresh_token',
    );
  };

  /** Access token (and, except for transfer-only scopes, a rotating refresh token) of a cabinet user. */
  const userGrant = (
    merchant: Merchant,
    username: string,
    scope: { scopes: readonly Scope[]; scope: string },
    grantType: 'password' | 'refresh_token',
  ): TokenResponse => {
    const transferOnly = scope.scopes.every((s) => s === 'transfer');
    const ttl = transferOnly ? config.transferPasswordTtlSec : config.passwordTtlSec;
    const token = storeNewToken(merchant, grantType, scope, ttl, {}, username);
    let refreshToken = '';
    if (!transferOnly) {
      refreshToken = ids.token();
      const expiresAt = new Date(clock.now().getTime() + config.refreshTtlSec * 1000).toISOString();
      store.state.refreshTokens[refreshToken] = {
        refreshToken,
        clientId: merchant.clientId,
        username,
        scopes: scope.scopes,
        scope: scope.scope,
        issuedAt: token.issuedAt,
        expiresAt,
      };
      refreshDue.add(refreshToken, Date.parse(expiresAt));
    }
    return {
      access_token: token.accessToken,
      expires_in: expiresIn(ttl, !transferOnly),
      refresh_token: refreshToken,
      scope: token.scope,
      token_type: 'Bearer',
    };
  };

  return {
    async issue(form) {
      const grant = form.grant_type;
      if (!grant) throw oauthError('invalid_request', "field 'grant_type' is required");
      if (!(GRANTS as string[]).includes(grant)) {
        throw oauthError(
          'unsupported_grant_type',
          `grant_type '${grant}' is not supported; use ${GRANTS.join(', ')}`,
        );
      }
      const checked = validate(TokenRequestByGrant[grant as SupportedGrantType], form);
      if (!checked.ok) throw oauthError('invalid_request', checked.problems.join('; '));
      if (grant === 'password') return passwordGrant(checked.value as PasswordTokenRequest);
      if (grant === 'refresh_token') return refreshGrant(checked.value as RefreshTokenRequest);
      return clientCredentialsGrant(checked.value as ClientCredentialsTokenRequest);
    },

    authenticate(accessToken, scopes) {
      if (!accessToken)
        throw catalogueError('unauthorized', 'missing Bearer token in the Authorization header');
      const token = ownValue(store.state.tokens, accessToken);
      if (!token) throw catalogueError('unauthorized', 'unknown access token');
      if (token.revokedAt) throw catalogueError('unauthorized', `access token revoked at ${token.revokedAt}`);
      if (Date.parse(token.expiresAt) <= clock.now().getTime()) {
        throw catalogueError('unauthorized', `access token expired at ${token.expiresAt}`);
      }
      if (token.usedAt) {
        throw catalogueError(
          'unauthorized',
          `access token already used for an operation at ${token.usedAt}; get a new token for each operation`,
        );
      }
      if (!allowsAny(token.scopes, scopes)) {
        throw catalogueError(
          'insufficientScope',
          `this route needs scope ${scopes.map((s) => `'${s}'`).join(' or ')}; the token has '${token.scope}'`,
        );
      }
      return token;
    },

    markUsed(token) {
      const live = ownValue(store.state.tokens, token.accessToken);
      if (live) live.usedAt = clock.now().toISOString();
    },
  };
}
