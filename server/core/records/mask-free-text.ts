import { passesLuhn } from '../cards/luhn.js';
import { maskPan } from './dictionaries.js';

/** Fields a client writes freely, where a card number can slip in (a description naming the card...). */
const FREE_TEXT_FIELDS = ['description', 'name', 'payerName', 'email', 'phone', 'data', 'accountId'] as const;

/** 13 digits or more, single spaces or dashes allowed between them: the only text a card number hides in. */
const CARD_LENGTH_DIGITS = /\d(?:[ -]?\d){12}/;
/** Digits in groups separated by single spaces or dashes (`4003 0327 0454 7597`, `3775-145000-04820`). */
const GROUPED_DIGITS = /(?<![\d-])\d+(?:[ -]\d+)+/g;

/**
 * `text` with every Luhn-valid card number masked (`440563...5096`): runs of 13–19 digits, and the same
 * written in groups separated by single spaces or dashes (as cards are printed). The one card-number scan
 * of the sandbox (stored records, the request journal, recordings).
 *
 * @example
 * maskCardNumbers('card 4405639704015096 ok'); // 'card 440563...5096 ok'
 * maskCardNumbers('card 4003 0327 0454 7597, 100 KZT'); // 'card 400303...7597, 100 KZT'
 */
export function maskCardNumbers(text: string): string {
  if (!CARD_LENGTH_DIGITS.test(text)) return text;
  return text
    .replace(/(?<!\d)\d{13,19}(?!\d)/g, (run) => (passesLuhn(run) ? maskPan(run) : run))
    .replace(GROUPED_DIGITS, maskGroupedCards);
}

/**
 * Masks the card numbers inside a run of digit groups: from each group, the longest sequence of whole
 * groups that makes 13–19 digits and passes the Luhn check (so `4003 0327 0454 7597 100` keeps `100`).
 */
function maskGroupedCards(run: string): string {
  const groups = [...run.matchAll(/\d+/g)].map((m) => ({ start: m.index, digits: m[0] }));
  let out = '';
  let copied = 0;
  for (let i = 0; i < groups.length; ) {
    let card: { end: number; digits: string } | undefined;
    let digits = '';
    for (let j = i; j < groups.length && digits.length < 19; j++) {
      const group = groups[j] as { start: number; digits: string };
      digits += group.digits;
      if (j > i && digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) {
        card = { end: group.start + group.digits.length, digits };
      }
    }
    if (!card) {
      i += 1;
      continue;
    }
    const start = (groups[i] as { start: number }).start;
    out += run.slice(copied, start) + maskPan(card.digits);
    copied = card.end;
    while (i < groups.length && (groups[i] as { start: number }).start < card.end) i += 1;
  }
  return out + run.slice(copied);
}

/**
 * A record with every Luhn-valid 13–19 digit run of its free-text fields masked (`440563...5096`): the
 * sandbox never stores a full card number, whatever field a client puts it in. Identifiers (order ids,
 * references) are left alone: they are the client's keys. Masks in place (the caller answers from the same
 * object) and returns the record.
 *
 * @example
 * maskFreeText({ ...payment, description: 'card 4405639704015096' }).description; // 'card 440563...5096'
 */
export function maskFreeText<R extends object>(record: R): R {
  for (const field of FREE_TEXT_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value !== 'string') continue;
    const masked = maskCardNumbers(value);
    if (masked !== value) (record as Record<string, unknown>)[field] = masked;
  }
  return record;
}
