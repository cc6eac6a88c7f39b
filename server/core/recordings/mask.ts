import { maskPan } from '../records/index.js';

const SECRET_KEYS = /^(client_secret|password|cvc|cvv|cvc2|secret_hash)$/i;
const TOKEN_KEYS = /^(access_token|refresh_token|token)$/i;
const PHONE_KEYS = /phone|contact_sms/i;
const CARD_KEYS = /card|pan|cred/i;
const ID_KEYS = /(id|reference)$/i;
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const DIGIT_RUN = /\d{13,19}/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function maskPhone(value: string): string {
  let seen = 0;
  const digits = value.replace(/\D/g, '').length;
  return value.replace(/\d/g, (d) => (++seen > digits - 2 || seen === 1 ? d : '*'));
}

function maskString(key: string, value: string): string {
  if (value === '') return value;
  if (SECRET_KEYS.test(key)) return '***';
  if (TOKEN_KEYS.test(key)) return 'MASKED_TOKEN';
  let out = value.replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`);
  if (PHONE_KEYS.test(key)) out = maskPhone(out);
  const cardField = CARD_KEYS.test(key) && !/id$/i.test(key);
  out = out.replace(DIGIT_RUN, (run) =>
    cardField || (!ID_KEYS.test(key) && luhn(run)) ? maskPan(run) : run,
  );
  return out;
}

/**
 * A copy of a JSON value with what must not be stored masked: card numbers (`440563...5096`; in card
 * fields, and Luhn-valid 13–19 digit runs elsewhere except id and reference fields), tokens
 * (`MASKED_TOKEN`), secrets and CVCs (`***`), e-mails (`e***@halykbank.kz`) and phones (`+7*********11`).
 * Deterministic: the same input always masks the same way (recordings are matched on masked requests).
 *
 * @example
 * maskSensitive({ cardCred: '4405639704015096', email: 'epay@halykbank.kz' });
 * // { cardCred: '440563...5096', email: 'e***@halykbank.kz' }
 */
export function maskSensitive(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return maskString(key, value);
  if (Array.isArray(value)) return value.map((item) => maskSensitive(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(v, k)]));
  }
  return value;
}
