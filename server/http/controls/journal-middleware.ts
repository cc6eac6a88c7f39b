import type { Context, MiddlewareHandler } from 'hono';
import { maskValue } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { journalBody, journalHeaders, journalQuery } from './journal-capture.js';

/** Paths the journal skips: the sandbox's own routes (the dashboard polls them). */
const isControlPath = (path: string) => path === '/_sandbox' || path.startsWith('/_sandbox/');

const clientIdOf = (body: unknown): string | null =>
  body !== null && typeof body === 'object' && typeof (body as { client_id?: unknown }).client_id === 'string'
    ? (body as { client_id: string }).client_id
    : null;

const NOT_CAPTURED = Symbol('not captured');

/**
 * Remembers the value of the last `c.json(value)` of this request. Reading a response body back costs a
 * stream read (~200 µs in Node 20); the value is at hand for free, and every JSON answer (handlers, error
 * mapping, forced outcomes) goes through `c.json`.
 */
function captureJson(c: Context<AppEnv>): () => unknown {
  let captured: unknown = NOT_CAPTURED;
  const json = c.json.bind(c);
  c.json = ((value: unknown, ...rest: unknown[]) => {
    captured = value;
    return (json as (...args: unknown[]) => Response)(value, ...rest);
  }) as typeof c.json;
  return () => captured;
}

/** The response body as the journal keeps it. Never throws. */
async function responseBody(c: Context<AppEnv>, captured: unknown): Promise<unknown> {
  const res = c.res;
  const type = res.headers.get('content-type') ?? '';
  // A malformed-body fault changed the answer after c.json: read what was really sent.
  if (
    captured !== NOT_CAPTURED &&
    c.get('controls')?.fault !== 'malformed' &&
    type.startsWith('application/json')
  ) {
    return maskValue(captured);
  }
  if (!res.body) return null;
  try {
    // Read once and answer a copy built from the bytes (cheaper than clone()'s stream tee).
    const bytes = await res.arrayBuffer();
    c.res = new Response(bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
    return await journalBody(bytes, type);
  } catch {
    return '[unreadable]';
  }
}

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
    const captured = captureJson(c);
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const res = c.res;
    // Response.error() has status 0 (reading `type` would make @hono/node-server build a full Response).
    const unanswered = res.status === 0 || res.headers.has('x-hono-already-sent');
    let requestBody: unknown = null;
    if (res.status === 413) requestBody = '[not read: larger than the body limit]';
    else {
      try {
        // The text a handler already read is at hand; asking hono for another form would re-encode it.
        const body = c.req.bodyCache.text ? await c.req.text() : await c.req.arrayBuffer();
        requestBody = await journalBody(body, c.req.header('content-type') ?? '');
      } catch {
        requestBody = '[unreadable]';
      }
    }
    const controls = c.get('controls');
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
        body: unanswered ? null : await responseBody(c, captured()),
      },
      ...(controls ? { controls } : {}),
    });
  };
}
