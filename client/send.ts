import type { EndpointContract } from '../contracts/index.js';
import { EpayNetworkError, type EpayRequestInfo, EpayTimeoutError } from './errors/index.js';
import type { AfterResponseHook, EpayExchange, ExchangeRequest } from './exchange.js';
import type { EpayHosts } from './presets.js';

/** Everything one request needs besides the endpoint. */
export interface SendOptions {
  /** Path parameters (`:id` in the table's path). */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** A JSON body. */
  readonly json?: unknown;
  /**
   * The exact text to send as the JSON body instead of `JSON.stringify(json)` (e.g. a document's example as
   * printed, trailing comma included). `json` still says what it means: hooks and recordings see `json`.
   */
  readonly jsonText?: string;
  /** Form fields (the token endpoint), sent as multipart/form-data as in the documents. */
  readonly form?: Readonly<Record<string, string>>;
  /** Bearer token. */
  readonly bearer?: string;
  readonly signal?: AbortSignal;
}

/** How the sender reaches the hosts. */
export interface SenderDeps {
  readonly hosts: EpayHosts;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly hooks: readonly AfterResponseHook[];
}

/**
 * The URL of an endpoint on the given hosts, with path parameters filled in.
 *
 * @example
 * endpointUrl(EPAY_HOSTS.homebankTest, endpoints.token); // 'https://testoauth.homebank.kz/epay2/oauth2/token'
 */
export function endpointUrl(
  hosts: EpayHosts,
  endpoint: EndpointContract,
  params: Readonly<Record<string, string>> = {},
  query: SendOptions['query'] = {},
): string {
  const base = (endpoint.host === 'oauth' ? hosts.oauthUrl : hosts.apiUrl).replace(/\/+$/, '');
  const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`path parameter '${name}' of ${endpoint.id} is missing`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Sends one request to an endpoint and returns the exchange, whatever its status. Throws only when no
 * answer comes ({@link EpayNetworkError}, {@link EpayTimeoutError}).
 *
 * @example
 * const exchange = await sendRequest(deps, endpoints.token, { form: { grant_type: 'client_credentials', ... } });
 * exchange.status; // 200
 */
export async function sendRequest(
  deps: SenderDeps,
  endpoint: EndpointContract,
  options: SendOptions = {},
): Promise<EpayExchange> {
  const url = endpointUrl(deps.hosts, endpoint, options.params, options.query);
  const info: EpayRequestInfo = { endpoint: endpoint.id, method: endpoint.method, url };
  const headers = new Headers({ accept: 'application/json' });
  if (options.bearer) headers.set('authorization', `Bearer ${options.bearer}`);
  let body: BodyInit | undefined;
  const request: ExchangeRequest = {};
  if (options.form) {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.form)) form.append(name, value);
    body = form;
    Object.assign(request, { form: options.form });
  } else if (options.json !== undefined || options.jsonText !== undefined) {
    headers.set('content-type', 'application/json');
    body = options.jsonText ?? JSON.stringify(options.json);
    if (options.json !== undefined) Object.assign(request, { json: options.json });
  }
  const timeout = AbortSignal.timeout(deps.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await deps.fetch(url, { method: endpoint.method, headers, ...(body ? { body } : {}), signal });
    text = await response.text();
  } catch (error) {
    if (timeout.aborted && !options.signal?.aborted) throw new EpayTimeoutError(info, deps.timeoutMs);
    throw new EpayNetworkError(info, error);
  }
  const exchange: EpayExchange = {
    endpoint,
    method: endpoint.method,
    url,
    request,
    status: response.status,
    headers: response.headers,
    text,
    body: parseJson(text),
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
  for (const hook of deps.hooks) await hook(exchange);
  return exchange;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
