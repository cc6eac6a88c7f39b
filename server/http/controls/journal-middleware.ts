import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { journalBody, journalHeaders, journalQuery } from './journal-capture.js';

/** Paths the journal skips: the sandbox's own routes (the dashboard polls them). */
const isControlPath = (path: string) => path === '/_sandbox' || path.startsWith('/_sandbox/');

const clientIdOf = (body: unknown): string | null =>
  body !== null && typeof body === 'object' && typeof (body as { client_id?: unknown }).client_id === 'string'
    ? (body as { client_id: string }).client_id
    : null;

/**
 * Keeps every exchange but the sandbox's own routes in the namespace's journal, masked.
 *
 * @example
 * app.use('*', journalMiddleware());
 */
export function journalMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ns = c.get('namespace');
    if (!ns || ns.journal.capacity === 0 || isControlPath(c.req.path)) return next();
    const at = new Date();
    const started = performance.now();
    const sandboxTime = ns.sandbox.clock.now().toISOString();
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const res = c.res;
    const controls = c.get('controls');
    const unanswered = res.type === 'error' || res.headers.has('x-hono-already-sent');
    let requestBody: unknown = null;
    if (res.status === 413) requestBody = '[not read: larger than the body limit]';
    else {
      try {
        requestBody = await journalBody(await c.req.arrayBuffer(), c.req.header('content-type') ?? '');
      } catch {
        requestBody = '[unreadable]';
      }
    }
    let responseBody: unknown = null;
    if (!unanswered) {
      try {
        responseBody = await journalBody(
          await res.clone().arrayBuffer(),
          res.headers.get('content-type') ?? '',
        );
      } catch {
        responseBody = '[unreadable]';
      }
    }
    ns.journal.record({
      at: at.toISOString(),
      sandboxTime,
      durationMs,
      method: c.req.method,
      path: c.req.path,
      query: journalQuery(c.req.url),
      endpoint: c.get('endpoint') ?? null,
      clientId: c.get('token')?.clientId ?? clientIdOf(requestBody),
      request: { headers: journalHeaders(c.req.raw.headers), body: requestBody },
      response: {
        status: unanswered ? 0 : res.status,
        headers: unanswered ? {} : journalHeaders(res.headers),
        body: responseBody,
      },
      ...(controls ? { controls } : {}),
    });
  };
}
