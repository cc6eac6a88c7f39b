import { passesLuhn } from '../cards/luhn.js';
import { maskPan } from './dictionaries.js';

/** Fields a client writes freely, where a card number can slip in (a description naming the card...). */
const FREE_TEXT_FIELDS = ['description', 'name', 'payerName', 'email', 'phone', 'data', 'accountId'] as const;

/** A run of 13 digits or more: the only text a card number can hide in (tested first: it is cheap). */
const LONG_DIGIT_RUN = /\d{13}/;

/**
 * `text` with every Luhn-valid run of 13–19 digits masked as a card number (`440563...5096`): the one
 * card-number scan of the sandbox (stored records, the request journal, recordings).
 *
 * @example
 * maskCardNumbers('card 4405639704015096 ok'); // 'card 440563...5096 ok'
 */
export function maskCardNumbers(text: string): string {
  if (!LONG_DIGIT_RUN.test(text)) return text;
  return text.replace(/(?<!\d)\d{13,19}(?!\d)/g, (run) => (passesLuhn(run) ? maskPan(run) : run));
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
