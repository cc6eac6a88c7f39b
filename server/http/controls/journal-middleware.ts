import type { Context, MiddlewareHandler } from 'hono';
import { maskValue } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { nodeHeaders, requestHeader } from '../request-header.js';
import {
  journalBody,
  journalHeaders,
  journalQuery,
  journalText,
  keptHeaders,
  maskHeaders,
  mayHoldCardData,
} from './journal-capture.js';

/** Paths the journal skips: the sandbox's own routes (the dashboard polls them). */
const isControlPath = (path: string) => path === '/_sandbox' || path.startsWith('/_sandbox/');

const clientIdOf = (body: unknown): string | null =>
  body !== null && typeof body === 'object' && typeof (body as { client_id?: unknown }).client_id === 'string'
    ? (body as { client_id: string }).client_id
    : null;

/**
 * A body as captured: already masked (`value`), or the text as sent, masked when the journal is read.
 * Only text without card data ({@link mayHoldCardData}) and the sandbox's own JSON answers (which never hold
 * a full card number or CVC) are kept as text.
 */
type CapturedBody =
  | { readonly masked: unknown }
  | { readonly text: string; readonly type: string }
  | { readonly json: string };

const NO_BODY: CapturedBody = { masked: null };

const readBody = (body: CapturedBody): unknown =>
  'masked' in body
    ? body.masked
    : 'json' in body
      ? maskValue(JSON.parse(body.json))
      : journalText(body.text, body.type);

/** What the wrapped `c.json` of this request answered last: its text and the Response built from it. */
interface JsonCapture {
  text: string | undefined;
  res: Response | undefined;
}

/**
 * Remembers the text of the last `c.json(value)` of this request (the wrapper serialises once, as hono's own
 * `c.json` does). Every JSON answer (handlers, error mapping, forced outcomes) goes through `c.json`, so the
 * journal never reads a body back (a stream read, ~200 µs in Node 20) nor copies the value.
 */
function captureJson(c: Context<AppEnv>): JsonCapture {
  const capture: JsonCapture = { text: undefined, res: undefined };
  c.json = ((value: unknown, arg?: unknown, headers?: Record<string, string>) => {
    const text = JSON.stringify(value);
    // Exactly hono's c.json: the same text, status and headers.
    const res = (c.body as (...args: unknown[]) => Response)(text, arg, {
      'Content-Type': 'application/json',
      ...headers,
    });
    capture.text = text;
    capture.res = res;
    return res;
  }) as typeof c.json;
  return capture;
}

/**
 * The request headers worth keeping as captured: as sent, masked when the journal is read, unless one may
 * hold card data (then masked at once, as bodies are). On node they are read from node's own header object.
 */
function requestHeaders(
  c: Context<AppEnv>,
): { readonly masked: Record<string, string> } | { readonly raw: Record<string, string> } {
  const node = nodeHeaders(c);
  const headers = node
    ? keptHeaders((name) => node[name])
    : keptHeaders((name) => c.req.raw.headers.get(name));
  for (const name in headers)
    if (mayHoldCardData(headers[name] as string)) return { masked: maskHeaders(headers) };
  return { raw: headers };
}

/** The request body as captured. Bodiless methods are not read (reading one builds a whole web Request). */
async function requestBody(c: Context<AppEnv>): Promise<CapturedBody> {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') return NO_BODY;
  const type = requestHeader(c, 'content-type') ?? '';
  try {
    if (type.toLowerCase().startsWith('multipart/form-data')) {
      return { masked: await journalBody(await c.req.arrayBuffer(), type) };
    }
    // The text a handler already read is at hand; asking hono for another form would re-encode it.
    const text = await c.req.text();
    if (text.length === 0) return NO_BODY;
    return mayHoldCardData(text) ? { masked: journalText(text, type) } : { text, type };
  } catch {
    return { masked: '[unreadable]' };
  }
}

/** The response body as captured: the text of `c.json` when it is what was answered, else read back. */
async function responseBody(c: Context<AppEnv>, json: JsonCapture): Promise<CapturedBody> {
  const res = c.res;
  if (json.text !== undefined && json.res === res) return { json: json.text };
  if (!res.body) return NO_BODY;
  try {
    // Read once and answer a copy built from the bytes (cheaper than clone()'s stream tee).
    const bytes = await res.arrayBuffer();
    c.res = new Response(bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
    return { masked: await journalBody(bytes, res.headers.get('content-type') ?? '') };
  } catch {
    return { masked: '[unreadable]' };
  }
}

/**
 * Keeps every exchange but the sandbox's own routes in the namespace's journal. The capture is cheap: bodies
 * are kept as text and masked when the journal is read, except request bodies that may hold card data,
 * which are masked at once (docs/decisions/0081-request-costs.md).
 *
 * @example
 * app.use('*', journalMiddleware());
 */
export function journalMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ns = c.get('namespace');
    if (!ns || ns.journal.capacity === 0 || isControlPath(c.req.path)) return next();
    const atMs = Date.now();
    const started = performance.now();
    const sandboxMs = ns.sandbox.clock.now().getTime();
    const json = captureJson(c);
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const controls = c.get('controls');
    // Response.error() has status 0 (reading `type` would make @hono/node-server build a full Response);
    // only a fault drops a connection.
    const unanswered =
      c.res.status === 0 || (controls !== undefined && c.res.headers.has('x-hono-already-sent'));
    const request =
      c.res.status === 413 ? { masked: '[not read: larger than the body limit]' } : await requestBody(c);
    const response = unanswered ? NO_BODY : await responseBody(c, json);
    const res = c.res;
    const status = unanswered ? 0 : res.status;
    const method = c.req.method;
    const path = c.req.path;
    const query = journalQuery(c.req.url);
    const endpoint = c.get('endpoint') ?? null;
    const tokenClient = c.get('token')?.clientId;
    const headers = requestHeaders(c);
    ns.journal.capture({
      atMs,
      method,
      path,
      endpoint,
      status,
      ...(controls ? { controls } : {}),
      build: () => {
        const body = readBody(request);
        return {
          at: new Date(atMs).toISOString(),
          sandboxTime: new Date(sandboxMs).toISOString(),
          durationMs,
          method,
          path,
          query,
          endpoint,
          clientId: tokenClient ?? clientIdOf(body),
          request: { headers: 'raw' in headers ? maskHeaders(headers.raw) : headers.masked, body },
          response: {
            status,
            headers: unanswered ? {} : journalHeaders(res.headers),
            body: readBody(response),
          },
          ...(controls ? { controls } : {}),
        };
      },
    });
  };
}
