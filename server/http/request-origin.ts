import type { Context } from 'hono';

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
