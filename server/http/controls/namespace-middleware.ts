import type { Context, MiddlewareHandler } from 'hono';
import { DEFAULT_NAMESPACE, type Namespace, type NamespaceRegistry } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { requestHeader } from '../request-header.js';

/** Request header naming the namespace of a request (default: `default`). */
export const NAMESPACE_HEADER = 'X-Sandbox-Namespace';

/** The hosted payment pages (invoice links, the payment form): browsers reach them by links, without headers. */
function isHostedPage(path: string): boolean {
  return path.startsWith('/payform') || /^(\/api)?\/redirect\/invoice-link\//.test(path);
}

/**
 * Resolves the namespace of each request, creating it on first use, and makes its sandbox
 * `c.get('sandbox')`. The header names it; the sandbox's own pages also read `?namespace=` (links of the
 * dashboard, invoice_url and the payment form of a namespace). Answers carry the header back for any namespace but the default.
 *
 * @example
 * app.use('*', namespaceMiddleware(registry));
 */
export function namespaceMiddleware(registry: NamespaceRegistry): MiddlewareHandler<AppEnv> {
  const enter = (c: Context<AppEnv>, ns: Namespace): void => {
    ns.lastUsedAt = Date.now();
    c.set('namespace', ns);
    c.set('sandbox', ns.sandbox);
    if (ns.name !== DEFAULT_NAMESPACE) c.header(NAMESPACE_HEADER, ns.name);
  };
  return (c, next) => {
    let name = requestHeader(c, 'x-sandbox-namespace')?.trim();
    if (
      !name &&
      (c.req.path === '/_sandbox' || c.req.path.startsWith('/_sandbox/') || isHostedPage(c.req.path))
    ) {
      name = c.req.query('namespace')?.trim();
    }
    // The default namespace is always loaded: no await (nor async step) on the common path.
    if (!name) {
      enter(c, registry.default);
      return next();
    }
    return registry.get(name).then((ns) => {
      enter(c, ns);
      return next();
    });
  };
}
