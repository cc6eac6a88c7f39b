import { maskCardNumbers, maskPan } from '../records/index.js';

/**
 * How much is masked. The request journal and the kit's recordings share the rules (secrets, tokens, card
 * numbers) and differ where their use does: a recording is matched on its masked request and replayed, and
 * may be committed to a repository; a journal entry is read by a developer.
 */
export interface MaskPolicy {
  /** Tokens replaced by `MASKED_TOKEN` (deterministic), or shortened to `DCEB…(22)` (tell them apart). */
  readonly tokens: 'replace' | 'shorten';
  /** E-mail addresses (`d***@halykbank.kz`) and phone numbers (`+7*********11`) masked too. */
  readonly personalData: boolean;
  /** Digit runs of id and reference fields kept (order numbers must survive a replay). */
  readonly keepIds: boolean;
}

/** The request journal's masking (`GET /_sandbox/requests`). */
export const JOURNAL_MASKING: MaskPolicy = { tokens: 'shorten', personalData: false, keepIds: false };

/** The masking of recorded exchanges (`epay-sandbox contracts --record`, `--recordings`). */
export const RECORDING_MASKING: MaskPolicy = { tokens: 'replace', personalData: true, keepIds: true };

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
/** Keys whose values are tokens. */
const TOKEN_KEYS = new Set(['accesstoken', 'refreshtoken', 'token', 'authorization']);
/** Keys of card fields (`cardCred`, `senderCardPAN`, `cardNumber`...) but not card ids. */
const isCardKey = (k: string) => /card|pan|cred/.test(k) && !k.endsWith('id');
const isIdKey = (k: string) => /(id|reference)$/.test(k);
const isPhoneKey = (k: string) => /phone|contactsms/.test(k);

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

const DIGIT_RUN = /(?<!\d)\d{13,19}(?!\d)/g;
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/** `access_token=...` inside encoded text (the payment form's params carry the token object, URI-encoded once or twice). */
const EMBEDDED_TOKEN = /((?:access|refresh)_token(?:=|%3D|%253D))([A-Za-z0-9_\-.~]+)/gi;

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

const tokenMask = (value: string, policy: MaskPolicy) =>
  policy.tokens === 'replace' ? 'MASKED_TOKEN' : maskToken(value);

function maskPhone(value: string): string {
  let seen = 0;
  const digits = value.replace(/\D/g, '').length;
  return value.replace(/\d/g, (d) => (++seen > digits - 2 || seen === 1 ? d : '*'));
}

/**
 * Masks card numbers in free text: every run of 13–19 digits that passes the Luhn check becomes
 * `440563...5096`; tokens embedded as `access_token=...` (plain or URI-encoded) are masked.
 *
 * @example
 * maskText('card 4405639704015096 ok'); // 'card 440563...5096 ok'
 */
export function maskText(text: string, policy: MaskPolicy = JOURNAL_MASKING): string {
  return maskCardNumbers(text).replace(
    EMBEDDED_TOKEN,
    (_m, key: string, token: string) => `${key}${tokenMask(token, policy)}`,
  );
}

/**
 * Masks one field by its name: secrets become `***`, tokens are masked, every 13–19 digit run of a card
 * field is masked (`440563...5096`), and any other text has Luhn-valid card numbers masked (not in id and
 * reference fields when the policy keeps ids); e-mails and phones too when the policy says so.
 *
 * @example
 * maskField('client_secret', 'yF587AV9'); // '***'
 */
export function maskField(key: string, value: string, policy: MaskPolicy = JOURNAL_MASKING): string {
  if (value === '') return value;
  const k = normalise(key);
  if (SECRET_KEYS.has(k)) return '***';
  if (TOKEN_KEYS.has(k)) return tokenMask(value, policy);
  let out = value;
  if (policy.personalData) {
    out = out.replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`);
    if (isPhoneKey(k)) out = maskPhone(out);
  }
  if (isCardKey(k)) {
    const compact = out.replace(/[\s-]/g, '');
    if (/^\d{12,19}$/.test(compact)) return maskPan(compact);
    out = out.replace(DIGIT_RUN, (run) => maskPan(run));
  } else if (policy.keepIds && isIdKey(k)) {
    return out;
  }
  return maskText(out, policy);
}

/**
 * Deep-copies a JSON value with every secret, token and card number masked (see {@link maskField}); a
 * card number sent as a JSON number becomes its masked text.
 *
 * @example
 * maskValue({ card: { cardCred: '4405639704015096', cvc: '815' } });
 * // { card: { cardCred: '440563...5096', cvc: '***' } }
 */
export function maskValue(value: unknown, key = '', policy: MaskPolicy = JOURNAL_MASKING): unknown {
  if (typeof value === 'string') return maskField(key, value, policy);
  if (typeof value === 'number' && key !== '') {
    const k = normalise(key);
    if (SECRET_KEYS.has(k)) return '***';
    if (isCardKey(k) || Number.isSafeInteger(value)) {
      const masked = maskField(key, String(value), policy);
      return masked === String(value) ? value : masked;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => maskValue(v, key, policy));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, k, policy);
    return out;
  }
  return value;
}

/**
 * A recorded exchange's JSON with what must not be stored masked ({@link RECORDING_MASKING}): card
 * numbers, tokens (`MASKED_TOKEN`), secrets and CVCs (`***`), e-mails and phones; ids and references are
 * kept. Deterministic: the same input always masks the same way (recordings are matched on masked requests).
 *
 * @example
 * maskSensitive({ cardCred: '4405639704015096', email: 'epay@halykbank.kz' });
 * // { cardCred: '440563...5096', email: 'e***@halykbank.kz' }
 */
export function maskSensitive(value: unknown): unknown {
  return maskValue(value, '', RECORDING_MASKING);
}

/**
 * Masks `key=value` pairs of a query string or an urlencoded body by key (see {@link maskField}); values
 * come back decoded, for reading.
 *
 * @example
 * maskQuery('client_id=test&client_secret=abc'); // 'client_id=test&client_secret=***'
 */
export function maskQuery(query: string, policy: MaskPolicy = JOURNAL_MASKING): string {
  if (query === '') return '';
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return maskText(pair, policy);
      const key = safeDecode(pair.slice(0, eq));
      return `${pair.slice(0, eq)}=${maskField(key, safeDecode(pair.slice(eq + 1)), policy)}`;
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
