import { passesLuhn } from '../cards/luhn.js';
import { maskPan } from './dictionaries.js';

/** Fields a client writes freely, where a card number can slip in (a description naming the card...). */
const FREE_TEXT_FIELDS = ['description', 'name', 'payerName', 'email', 'phone', 'data', 'accountId'] as const;

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
    if (typeof value !== 'string' || !/\d{13}/.test(value)) continue;
    const masked = value.replace(/(?<!\d)\d{13,19}(?!\d)/g, (run) => (passesLuhn(run) ? maskPan(run) : run));
    if (masked !== value) (record as Record<string, unknown>)[field] = masked;
  }
  return record;
}
