import type { Context, MiddlewareHandler, Next } from 'hono';

/**
 * Several middleware as one, run in order as hono would run them registered one after another (a
 * middleware that answers without `next()` stops the chain, its answer becomes `c.res`), without one of
 * hono's dispatch steps per middleware. Errors propagate to hono's dispatch of the chain, which maps them
 * with `app.onError` as it did before (docs/decisions/0081-request-costs.md).
 *
 * @example
 * app.use('*', chainMiddleware([namespaceMiddleware(registry), journalMiddleware()]));
 */
export function chainMiddleware<E extends object>(
  middleware: readonly MiddlewareHandler<E>[],
): MiddlewareHandler<E> {
  const run = async (c: Context<E>, i: number, next: Next): Promise<void> => {
    const handler = middleware[i];
    if (handler === undefined) return next();
    const res = await handler(c, () => run(c, i + 1, next));
    if (res && !c.finalized) c.res = res;
  };
  return (c, next) => run(c, 0, next);
}
