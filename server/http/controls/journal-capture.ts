import { maskField, maskQuery, maskText, maskValue } from '../../core/index.js';
import { parseLenientJson } from '../lenient-json.js';
import { readSimpleMultipart } from '../simple-multipart.js';

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
  return maskHeaders(keptHeaders((name) => headers.get(name)));
}

/**
 * The headers worth keeping as sent (not masked), read one by one with `get` (lower-case names).
 *
 * @example
 * keptHeaders((name) => incoming.headers[name]); // { authorization: 'Bearer DCEB8O_ZM5U7SO_T_U5EJQ' }
 */
export function keptHeaders(get: (name: string) => unknown): Record<string, string> {
  const out: Record<string, string> = {};
  // A dozen lookups cost less than walking every header (and building them all, for node requests).
  for (const name of KEPT_HEADERS) {
    const value = get(name);
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/**
 * Kept headers masked (`Authorization: Bearer DCEB…(22)`).
 *
 * @example
 * maskHeaders({ authorization: 'Bearer DCEB8O_ZM5U7SO_T_U5EJQ' }); // { authorization: 'Bearer DCEB…(22)' }
 */
export function maskHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name] = maskField(name, headers[name] as string);
  return out;
}

const excerpt = (text: string) => ({
  excerpt: maskText(text.slice(0, EXCERPT_CHARS)),
  chars: text.length,
  truncated: text.length > EXCERPT_CHARS,
});

function formFields(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    out[name] =
      typeof value === 'string' ? maskField(name, value) : `[file ${value.name}, ${value.size} bytes]`;
  }
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
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    try {
      // Text fields as clients send them are read at once; anything else by the platform's parser.
      const simple = readSimpleMultipart(body, contentType);
      if (simple) return formFields(simple);
      return formFields(await new Response(body, { headers: { 'content-type': contentType } }).formData());
    } catch {
      return `[${size} bytes, unreadable]`;
    }
  }
  return journalText(typeof body === 'string' ? body : new TextDecoder().decode(body), contentType);
}

/**
 * {@link journalBody} of a body already read as text, other than multipart (which needs an async parse).
 * Never throws.
 *
 * @example
 * journalText('client_id=test&client_secret=abc', 'application/x-www-form-urlencoded');
 * // { client_id: 'test', client_secret: '***' }
 */
export function journalText(text: string, contentType: string): unknown {
  if (text.length === 0) return null;
  const type = contentType.toLowerCase();
  try {
    if (type.startsWith('application/x-www-form-urlencoded')) {
      return Object.fromEntries(Array.from(new URLSearchParams(text), ([k, v]) => [k, maskField(k, v)]));
    }
    if (type.startsWith('text/html') || type.startsWith('text/css') || type.includes('javascript')) {
      return `[${type.split(';')[0]}, ${text.length} bytes]`;
    }
    if (text.length > MAX_JOURNAL_BODY_CHARS) return excerpt(text);
    try {
      return maskValue(parseLenientJson(text).value);
    } catch {
      return maskText(text);
    }
  } catch {
    return `[${text.length} bytes, unreadable]`;
  }
}

/** Card secrets by key (CVC, CVV, CVN, PIN) and digits written as escapes (`\u0034`, `%34`). */
const CARD_SECRET_HINT = /cv[cvn2]|pin|\\u00|%3\d/i;
/** Card fields (`cardCred`, `pan`, `cardNumber`...): 12 digits there are masked as a card number. */
const CARD_FIELD_HINT = /card|pan/i;
/** Separators a card number may be written with inside a field (`4405 6397-0401 5096`; `+` in forms). */
const isSeparator = (code: number): boolean =>
  code === 32 || code === 45 || code === 43 || (code >= 9 && code <= 13) || code === 160 || code > 0x167f;

/**
 * Whether a request body may hold a card number or a card secret: 13 digits or more in a run (spaces,
 * dashes and `+` allowed between them; 12 when a card field is named), a CVC/CVV/CVN/PIN key, or digits
 * hidden in escapes. Bodies that may are masked when captured; the others are kept as sent and masked when
 * the journal is read, so no full card number or CVC is held longer than the request
 * (docs/decisions/0081-request-costs.md).
 *
 * @example
 * mayHoldCardData('grant_type=client_credentials&client_id=test'); // false
 * mayHoldCardData('{"cardCred":"4405 6397 0401 5096"}'); // true
 */
export function mayHoldCardData(text: string): boolean {
  let digits = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits += 1;
      if (digits >= 13) return true;
      if (digits > longest) longest = digits;
    } else if (!isSeparator(code)) digits = 0;
  }
  return (longest >= 12 && CARD_FIELD_HINT.test(text)) || CARD_SECRET_HINT.test(text);
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
