import { passesLuhn } from '../cards/index.js';
import { maskPan } from '../records/index.js';

/** Keys whose values are secrets: replaced by `***`. Compared lower-case without `_` and `-`. */
const SECRET_KEYS = new Set([
  'clientsecret',
  'password',
  'secrethash',
  'secret',
  'cvc',
  'cvv',
  'cvc2',
  'cvv2',
  'cvn',
  'pin',
  'cookie',
  'setcookie',
  'xsandboxadmintoken',
  'admintoken',
]);
/** Keys whose values are tokens: shortened to their first 4 characters, enough to tell tokens apart. */
const TOKEN_KEYS = new Set(['accesstoken', 'refreshtoken', 'token', 'authorization']);
/** Keys that may hold a card number: masked `440563...5096` when they hold digits. */
const CARD_KEYS = new Set(['cardcred', 'pan', 'cardnumber', 'hpan', 'card']);

const normalised = new Map<string, string>();
/** `Client_Secret` -> `clientsecret`; remembered for the few hundred keys an API uses. */
const normalise = (key: string): string => {
  let k = normalised.get(key);
  if (k === undefined) {
    k = key.toLowerCase().replace(/[-_]/g, '');
    if (normalised.size < 1024) normalised.set(key, k);
  }
  return k;
};
/** A run of 13 digits or more: the only text a card number can hide in. */
const LONG_DIGIT_RUN = /\d{13}/;

/**
 * Shortens a token to its first 4 characters and its length (`DCEB…(22)`), so journal entries can be told
 * apart without exposing a usable token. `Bearer x` keeps its scheme.
 *
 * @example
 * maskToken('Bearer DCEB8O_ZM5U7SO_T_U5EJQ'); // 'Bearer DCEB…(22)'
 */
export function maskToken(value: string): string {
  const match = value.match(/^(\s*\w+\s+)(\S+)\s*$/);
  const [prefix, token] = match ? [match[1] as string, match[2] as string] : ['', value];
  if (token.length <= 4) return `${prefix}***`;
  return `${prefix}${token.slice(0, 4)}…(${token.length})`;
}

/** `access_token=...` inside encoded text (the payment form's params carry the token object, URI-encoded once or twice). */
const EMBEDDED_TOKEN = /((?:access|refresh)_token(?:=|%3D|%253D))([A-Za-z0-9_\-.~]+)/gi;

/**
 * Masks card numbers in free text: every run of 13–19 digits that passes the Luhn check becomes
 * `440563...5096`; tokens embedded as `access_token=...` (plain or URI-encoded) are shortened.
 *
 * @example
 * maskText('card 4405639704015096 ok'); // 'card 440563...5096 ok'
 */
export function maskText(text: string): string {
  const cards = LONG_DIGIT_RUN.test(text)
    ? text.replace(/(?<!\d)\d{13,19}(?!\d)/g, (run) => (passesLuhn(run) ? maskPan(run) : run))
    : text;
  return cards.replace(EMBEDDED_TOKEN, (_m, key: string, token: string) => `${key}${maskToken(token)}`);
}

/**
 * Masks one field by its name: secrets become `***`, tokens are shortened, card numbers masked; any
 * other text still has Luhn-valid card numbers masked.
 *
 * @example
 * maskField('client_secret', 'yF587AV9'); // '***'
 */
export function maskField(key: string, value: string): string {
  const k = normalise(key);
  if (SECRET_KEYS.has(k)) return value === '' ? '' : '***';
  if (TOKEN_KEYS.has(k)) return value === '' ? '' : maskToken(value);
  if (CARD_KEYS.has(k) && /^\d{12,19}$/.test(value.replace(/[\s-]/g, ''))) {
    return maskPan(value.replace(/[\s-]/g, ''));
  }
  return maskText(value);
}

/**
 * Deep-copies a JSON value with every secret, token and card number masked (see {@link maskField}).
 *
 * @example
 * maskValue({ card: { cardCred: '4405639704015096', cvc: '815' } });
 * // { card: { cardCred: '440563...5096', cvc: '***' } }
 */
export function maskValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return maskField(key, value);
  if (typeof value === 'number' && key !== '') {
    const k = normalise(key);
    if (SECRET_KEYS.has(k)) return '***';
    if (CARD_KEYS.has(k) || Number.isSafeInteger(value)) {
      const masked = maskField(key, String(value));
      return masked === String(value) ? value : masked;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => maskValue(v, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, k);
    return out;
  }
  return value;
}

/**
 * Masks `key=value` pairs of a query string or an urlencoded body by key (see {@link maskField}); values
 * come back decoded, for reading.
 *
 * @example
 * maskQuery('client_id=test&client_secret=abc'); // 'client_id=test&client_secret=***'
 */
export function maskQuery(query: string): string {
  if (query === '') return '';
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return maskText(pair);
      const key = safeDecode(pair.slice(0, eq));
      return `${pair.slice(0, eq)}=${maskField(key, safeDecode(pair.slice(eq + 1)))}`;
    })
    .join('&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
