import {
  type EndpointContract,
  type EndpointId,
  endpoints,
  type TokenResponse,
  WEBAPI_SCOPES,
} from '../contracts/index.js';
import type { RequestBodyOf, SuccessOf } from './endpoint-types.js';
import type { AfterResponseHook, EpayExchange } from './exchange.js';
import { createInvoiceMethods, type InvoiceMethods } from './invoice-methods.js';
import { createMoneyMethods, type MoneyMethods } from './money-methods.js';
import type { EpayCredentials, EpayHosts } from './presets.js';
import { readAnswer } from './read-answer.js';
import { type SenderDeps, sendRequest } from './send.js';
import { createTokenCache } from './token-cache.js';
import { type TokenPolicy, tokenPolicyFor } from './token-policies.js';

/** Options of {@link createEpayClient}. */
export interface EpayClientOptions extends EpayHosts {
  readonly credentials: EpayCredentials;
  /** The fetch to use (default: the global one). Pass `app.fetch`-backed fetches or msw-intercepted ones. */
  readonly fetch?: typeof fetch;
  /** Per-request timeout in ms (default 30 000). */
  readonly timeoutMs?: number;
  readonly hooks?: {
    /** Called with every exchange (any status), e.g. to validate or record answers. */
    readonly afterResponse?: readonly AfterResponseHook[];
  };
  /** Clock of the token cache (default `Date.now`). */
  readonly now?: () => number;
  /** A reusable token is renewed this many seconds before it expires (default 60, at most 10% of its life). */
  readonly tokenReuseSkewSec?: number;
}

/** A password-grant token request; username and password default to the credentials' cabinet user. */
export interface PasswordTokenOptions {
  /** Default `api` (the web API scopes, 002); `transfer` for P2P searches (001). */
  readonly scope?: string;
  readonly username?: string;
  readonly password?: string;
}

/** A client_credentials token request, optionally bound to one order (004). */
export interface ClientCredentialsTokenOptions {
  /** Default: the web API scopes (003). `transfer` for transfers (004), `payment` for the payment widget. */
  readonly scope?: string;
  /** Terminal GUID; default the credentials' terminal; `null` sends none. */
  readonly terminal?: string | null;
  readonly invoiceID?: string;
  readonly amount?: number | string;
  readonly currency?: string;
  readonly postLink?: string;
  readonly failurePostLink?: string;
  readonly secret_hash?: string;
}

/** Direct token requests (never cached). */
export interface TokenMethods {
  /**
   * `grant_type=password` (001, 002).
   *
   * @example
   * const { access_token } = await client.tokens.password({ scope: 'transfer' });
   */
  password(options?: PasswordTokenOptions): Promise<TokenResponse>;
  /**
   * `grant_type=client_credentials` (003, 004).
   *
   * @example
   * await client.tokens.clientCredentials({ scope: 'transfer', invoiceID: '000000001', amount: 100, currency: 'KZT' });
   */
  clientCredentials(options?: ClientCredentialsTokenOptions): Promise<TokenResponse>;
  /**
   * `grant_type=refresh_token` with the refresh token of a web API password grant (002).
   *
   * @example
   * const renewed = await client.tokens.refresh(first.refresh_token);
   */
  refresh(refreshToken: string): Promise<TokenResponse>;
}

/** Options of one API call; `body` is typed from the endpoint's request schema. */
export interface CallOptions<E extends EndpointId> {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: RequestBodyOf<E>;
  /**
   * Sends this exact text as the JSON body (e.g. 004's example as printed, trailing comma included); `body`
   * still types the request, binds per-operation tokens and is what hooks and recordings see.
   */
  readonly bodyText?: string;
  /** Form fields (the token endpoint). */
  readonly form?: Readonly<Record<string, string>>;
  /** A bearer token to use instead of the one the endpoint's token policy gets. */
  readonly token?: string;
  readonly signal?: AbortSignal;
}

/** {@link CallOptions} with an untyped body, for endpoint contracts outside the table. */
export type UntypedCallOptions = Omit<CallOptions<EndpointId>, 'body'> & { readonly body?: unknown };

/** The typed ePay client: tokens, the money path ({@link MoneyMethods}) and any endpoint of the table. */
export interface EpayClient extends MoneyMethods {
  readonly hosts: EpayHosts;
  readonly tokens: TokenMethods;
  /**
   * A bearer token for `policy`: the cached one while it lives, a new one otherwise; a fresh token bound to
   * the order in `body` for per-operation policies.
   *
   * @example
   * const token = await client.accessToken({ grant: 'password', scope: 'api' });
   */
  accessToken(policy: TokenPolicy, body?: unknown): Promise<string>;
  /**
   * Calls an endpoint of the contract table and returns its typed success body; throws a typed error
   * otherwise. Bearer endpoints get their token by their policy (docs/kit.md); a cached token the API
   * refuses with 401 is renewed once.
   *
   * @example
   * const token = await client.call('token', { form: { grant_type: 'client_credentials', ... } });
   */
  call<E extends EndpointId>(id: E, options?: CallOptions<E>): Promise<SuccessOf<E>>;
  /**
   * Like {@link EpayClient.call} but returns the raw exchange whatever its status (no typed error).
   *
   * @example
   * const { status, body } = await client.send('token', { form: { grant_type: 'password' } });
   */
  send<E extends EndpointId>(id: E, options?: CallOptions<E>): Promise<EpayExchange>;
  /** Sends to an endpoint contract that is not (yet) in the table, e.g. a user's own. */
  send(endpoint: EndpointContract, options?: UntypedCallOptions): Promise<EpayExchange>;
  /** Forgets every cached token. */
  clearTokenCache(): void;
  /** Invoice links (002): create, search, deactivate. */
  readonly invoices: InvoiceMethods;
}

const WEBAPI = WEBAPI_SCOPES.join(' ');

/**
 * Creates the typed ePay client: tokens of each grant, and every endpoint of the contract table, with
 * token reuse where the bank allows it and a fresh token where it demands one per operation.
 *
 * @example
 * import { createEpayClient, EPAY_HOSTS, TEST_CREDENTIALS } from 'epay-sandbox/client';
 * const client = createEpayClient({ ...EPAY_HOSTS.epaymentTest, credentials: TEST_CREDENTIALS.test });
 * const token = await client.tokens.clientCredentials({ scope: 'payment', invoiceID: '000000001', amount: 100 });
 */
export function createEpayClient(options: EpayClientOptions): EpayClient {
  const { credentials } = options;
  const deps: SenderDeps = {
    hosts: { oauthUrl: options.oauthUrl, apiUrl: options.apiUrl },
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 30_000,
    hooks: options.hooks?.afterResponse ?? [],
  };
  const cache = createTokenCache({ now: options.now ?? Date.now, skewSec: options.tokenReuseSkewSec ?? 60 });

  const requestToken = async (form: Record<string, string>): Promise<TokenResponse> =>
    readAnswer<TokenResponse>(await sendRequest(deps, endpoints.token, { form }));

  const tokens: TokenMethods = {
    password(opts = {}) {
      const username = opts.username ?? credentials.username;
      const password = opts.password ?? credentials.password;
      if (!username || !password) {
        throw new TypeError('a password grant needs credentials.username and credentials.password');
      }
      return requestToken({
        grant_type: 'password',
        username,
        password,
        scope: opts.scope ?? 'api',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      });
    },
    clientCredentials(opts = {}) {
      const form: Record<string, string> = {
        grant_type: 'client_credentials',
        scope: opts.scope ?? WEBAPI,
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      };
      const terminal = opts.terminal === undefined ? credentials.terminal : opts.terminal;
      if (terminal) form.terminal = terminal;
      for (const key of [
        'invoiceID',
        'amount',
        'currency',
        'postLink',
        'failurePostLink',
        'secret_hash',
      ] as const) {
        const value = opts[key];
        if (value !== undefined) form[key] = String(value);
      }
      return requestToken(form);
    },
    refresh(refreshToken) {
      return requestToken({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      });
    },
  };

  const cacheKey = (policy: TokenPolicy): string =>
    [policy.grant, policy.scope, policy.terminal ? (credentials.terminal ?? '') : ''].join('\n');

  const fetchPolicyToken = (policy: TokenPolicy, binding: Readonly<Record<string, string>> = {}) =>
    policy.grant === 'password'
      ? tokens.password({ scope: policy.scope })
      : tokens.clientCredentials({
          scope: policy.scope,
          ...(policy.terminal || binding.terminal ? {} : { terminal: null }),
          ...binding,
        });

  const freshToken = async (
    policy: TokenPolicy,
    body: unknown,
    extra: Readonly<Record<string, string>> = {},
  ): Promise<string> =>
    (await fetchPolicyToken(policy, { ...policy.perOperation?.(body), ...extra })).access_token;

  const accessToken = async (policy: TokenPolicy, body?: unknown): Promise<string> => {
    if (policy.perOperation) return freshToken(policy, body);
    return cache.get(cacheKey(policy), () => fetchPolicyToken(policy));
  };

  const send = async (
    target: EndpointId | EndpointContract,
    opts: UntypedCallOptions = {},
  ): Promise<EpayExchange> => {
    const endpoint: EndpointContract = typeof target === 'string' ? endpoints[target] : target;
    const request = {
      ...(opts.params ? { params: opts.params } : {}),
      ...(opts.query ? { query: opts.query } : {}),
      ...(opts.body !== undefined ? { json: opts.body } : {}),
      ...(opts.bodyText !== undefined ? { jsonText: opts.bodyText } : {}),
      ...(opts.form ? { form: opts.form } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    };
    if (endpoint.auth.kind !== 'bearer') return sendRequest(deps, endpoint, request);
    if (opts.token) return sendRequest(deps, endpoint, { ...request, bearer: opts.token });
    const policy = tokenPolicyFor(endpoint);
    const first = await sendRequest(deps, endpoint, {
      ...request,
      bearer: await accessToken(policy, opts.body),
    });
    if (first.status !== 401 || policy.perOperation) return first;
    cache.drop(cacheKey(policy));
    return sendRequest(deps, endpoint, { ...request, bearer: await accessToken(policy, opts.body) });
  };

  const call = async <E extends EndpointId>(id: E, opts?: CallOptions<E>): Promise<SuccessOf<E>> =>
    readAnswer(await send(id, opts as UntypedCallOptions));

  return {
    hosts: deps.hosts,
    tokens,
    accessToken,
    send,
    call,
    clearTokenCache: () => cache.drop(),
    invoices: createInvoiceMethods(call),
    ...createMoneyMethods({
      call,
      operationToken: (id, body, extra) => freshToken(tokenPolicyFor(endpoints[id]), body, extra),
    }),
  };
}
