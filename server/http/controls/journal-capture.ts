import { maskField, maskQuery, maskText, maskValue } from '../../core/index.js';
import { parseLenientJson } from '../lenient-json.js';

/** Bodies longer than this are kept as a masked excerpt, not parsed. */
export const MAX_JOURNAL_BODY_CHARS = 16 * 1024;
const EXCERPT_CHARS = 2048;

/** Headers kept in the journal: the ones that explain an exchange (others are noise). */
const KEPT_HEADERS = new Set([
  'authorization',
  'content-type',
  'content-length',
  'accept',
  'user-agent',
  'x-sandbox-outcome',
  'x-sandbox-namespace',
  'x-sandbox-warning',
  'x-sandbox-reason',
  'x-sandbox-replay',
  'cache-control',
  'location',
  'www-authenticate',
]);

/**
 * The headers worth keeping, masked (`Authorization: Bearer DCEB…(22)`).
 *
 * @example
 * journalHeaders(request.headers); // { authorization: 'Bearer DCEB…(22)', 'content-type': '...' }
 */
export function journalHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  // A dozen lookups cost less than walking every header (and building them all, for node requests).
  for (const name of KEPT_HEADERS) {
    const value = headers.get(name);
    if (value !== null) out[name] = maskField(name, value);
  }
  return out;
}

const excerpt = (text: string) => ({
  excerpt: maskText(text.slice(0, EXCERPT_CHARS)),
  chars: text.length,
  truncated: text.length > EXCERPT_CHARS,
});

function formFields(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  form.forEach((value, name) => {
    out[name] =
      typeof value === 'string' ? maskField(name, value) : `[file ${value.name}, ${value.size} bytes]`;
  });
  return out;
}

/**
 * A body as the journal keeps it: masked JSON or form fields, masked text, or a short description. Never
 * throws.
 *
 * @example
 * await journalBody(text, 'application/json'); // { order: { ... }, card: { sender: { cvc: '***' } } }
 */
export async function journalBody(body: ArrayBuffer | string, contentType: string): Promise<unknown> {
  const size = typeof body === 'string' ? body.length : body.byteLength;
  if (size === 0) return null;
  const type = contentType.toLowerCase();
  try {
    if (type.startsWith('multipart/form-data')) {
      return formFields(await new Response(body, { headers: { 'content-type': contentType } }).formData());
    }
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    if (type.startsWith('application/x-www-form-urlencoded')) {
      return Object.fromEntries(Array.from(new URLSearchParams(text), ([k, v]) => [k, maskField(k, v)]));
    }
    if (type.startsWith('text/html') || type.startsWith('text/css') || type.includes('javascript')) {
      return `[${type.split(';')[0]}, ${size} bytes]`;
    }
    if (text.length > MAX_JOURNAL_BODY_CHARS) return excerpt(text);
    try {
      return maskValue(parseLenientJson(text).value);
    } catch {
      return maskText(text);
    }
  } catch {
    return `[${size} bytes, unreadable]`;
  }
}

/**
 * A masked query string, without `?`.
 *
 * @example
 * journalQuery('http://x/y?amount=10&token=abc'); // 'amount=10&token=***'
 */
export function journalQuery(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : maskQuery(url.slice(at + 1));
}
