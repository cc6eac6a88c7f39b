/**
 * The bank's hosts that {@link createEpayHandlers} intercepts by default: the older test hosts (`/api/...`,
 * `/epay2/oauth2/token`), the newer test hosts and production (no prefix), and the hosted payment form.
 * Paths are forwarded unchanged: the emulator serves both layouts.
 */
export const DEFAULT_EPAY_HOSTS: readonly string[] = [
  // Older test hosts (the seed documents): OAuth under /epay2, API under /api, the payment form.
  'https://testoauth.homebank.kz',
  'https://testepay.homebank.kz',
  'https://test-epay.homebank.kz',
  // Newer test hosts: the production layout.
  'https://test-epay-oauth.epayment.kz',
  'https://test-epay-api.epayment.kz',
  'https://test-epay.epayment.kz',
  // Production: a test must never reach it.
  'https://epay-oauth.homebank.kz',
  'https://epay-api.homebank.kz',
  'https://epay.homebank.kz',
];

/** One intercepted base: what msw matches and the path prefix stripped before the app sees the path. */
export interface InterceptedBase {
  /** The base as given, without a trailing slash (`https://testepay.homebank.kz`, `/epay`). */
  readonly base: string;
  /** msw path pattern matching every path under the base. */
  readonly pattern: string;
  /** Path prefix removed before forwarding (`''` for a bare origin). */
  readonly prefix: string;
  /** The base's origin (`https://testepay.homebank.kz`), `''` for a same-origin prefix. */
  readonly origin: string;
}

/**
 * Parses a base URL to intercept: an absolute origin with an optional path prefix
 * (`http://localhost:8080/epay`), or a same-origin path prefix (`/epay`, browser only).
 * Throws a `TypeError` naming the value when it is neither.
 *
 * @example
 * parseInterceptedBase('http://localhost:8080/epay/');
 * // { base: 'http://localhost:8080/epay', pattern: 'http://localhost:8080/epay/*', prefix: '/epay' }
 */
export function parseInterceptedBase(value: string): InterceptedBase {
  const trimmed = value.trim().replace(/\/+$/, '');
  let prefix: string;
  let origin = '';
  if (trimmed.startsWith('/')) {
    prefix = trimmed;
  } else {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new TypeError(
        `epay-sandbox/msw: '${value}' is not a base URL such as https://testepay.homebank.kz`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(`epay-sandbox/msw: '${value}' must be an http(s) URL`);
    }
    if (url.search || url.hash) {
      throw new TypeError(`epay-sandbox/msw: '${value}' must not carry a query or fragment`);
    }
    prefix = url.pathname.replace(/\/+$/, '');
    origin = url.origin;
  }
  return { base: trimmed, pattern: `${trimmed}/*`, prefix, origin };
}

/**
 * The path the emulator answers for an intercepted URL: the base's prefix stripped, the query kept.
 *
 * @example
 * appPathFor(new URL('https://testepay.homebank.kz/api/operations?x=1'), '');  // '/api/operations?x=1'
 * appPathFor(new URL('http://localhost:8080/epay/oauth2/token'), '/epay');     // '/oauth2/token'
 */
export function appPathFor(url: URL, prefix: string): string {
  const path = prefix && url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path.startsWith('/') ? path : `/${path}`}${url.search}`;
}

/**
 * Whether `url` lies under `base`, as msw matches the base's {@link InterceptedBase.pattern} (`<base>/*`:
 * the base's origin, then its prefix and a slash; case-insensitive, query ignored). A same-origin prefix
 * resolves against `pageUrl` (msw's `baseUrl`, else the page's `location`) and matches nothing without one.
 *
 * @example
 * const base = parseInterceptedBase('http://localhost:8080/epay');
 * matchesBase(new URL('http://localhost:8080/epay/oauth2/token'), base); // true
 * matchesBase(new URL('http://localhost:8080/other'), base);             // false
 */
export function matchesBase(url: URL, base: InterceptedBase, pageUrl?: string): boolean {
  let origin = base.origin;
  if (origin === '') {
    const page = pageUrl || (globalThis as { location?: { href?: string } }).location?.href;
    if (!page) return false;
    origin = new URL(page).origin;
  }
  if (url.origin !== origin) return false;
  return base.prefix === '' || url.pathname.toLowerCase().startsWith(`${base.prefix.toLowerCase()}/`);
}
