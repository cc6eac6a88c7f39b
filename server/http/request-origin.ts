import type { Context } from 'hono';
import { DEFAULT_NAMESPACE } from '../core/index.js';
import type { AppEnv } from './app-env.js';

/**
 * The origin the client used to reach the sandbox (`http://127.0.0.1:7070`), for absolute links it will
 * follow: the request URL's, or `X-Forwarded-Proto` / `X-Forwarded-Host` behind a proxy.
 *
 * @example
 * `${requestOrigin(c)}/redirect/invoice-link/${id}`
 */
export function requestOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
  const scheme = proto === 'http' || proto === 'https' ? proto : url.protocol.replace(':', '');
  return `${scheme}://${host && /^[\w.-]+(:\d+)?$/.test(host) ? host : url.host}`;
}

/** `/api` when the request came in on the older host layout, '' on the newer one. */
export function layoutPrefix(c: Context): '' | '/api' {
  return c.req.path.startsWith('/api/') ? '/api' : '';
}

/**
 * `namespace=<name>` for a request outside the default namespace, '' otherwise: appended to the links a
 * browser follows (invoice_url, the payment form), which carry no `X-Sandbox-Namespace` header.
 *
 * @example
 * const query = namespaceQuery(c); // 'namespace=ci-42'
 */
export function namespaceQuery(c: Context<AppEnv>): string {
  const ns = c.get('namespace');
  return ns && ns.name !== DEFAULT_NAMESPACE ? `namespace=${encodeURIComponent(ns.name)}` : '';
}
