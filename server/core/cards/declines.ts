import { type CatalogueKey, ERROR_CATALOGUE } from '../errors/index.js';

/** Catalogue keys of the refusals the card authoriser gives. */
export type DeclineKey = Extract<
  CatalogueKey,
  | 'cardWrongExpiry'
  | 'cardCheckNumber'
  | 'cardRestricted'
  | 'cardDeclined'
  | 'cardDisabled'
  | 'invalidAmount'
  | 'noSuchCard'
  | 'noSuchCardId'
  | 'cardExpired'
  | 'receiverRestricted'
  | 'insufficientFunds'
  | 'notPermittedToMerchant'
  | 'currencyNotAllowed'
  | 'duplicateOrder'
>;

/**
 * Declines that come from the test cards' data (which card, its expiry, CVC, lock, funds) rather than from a
 * malformed order: a forced success (`X-Sandbox-Outcome: success` or a scenario) approves through them.
 * A malformed PAN (459), a bad amount (470), an unknown saved card id (472) and the order checks still apply.
 */
export const TEST_DATA_DECLINES: ReadonlySet<DeclineKey> = new Set<DeclineKey>([
  'noSuchCard',
  'cardWrongExpiry',
  'cardDeclined',
  'cardRestricted',
  'cardDisabled',
  'cardExpired',
  'receiverRestricted',
  'insufficientFunds',
]);

/**
 * A refusal. `stage` tells whether the order was refused before any card was read (`order`: nothing to
 * record, no callback) or the bank processed the card and declined it (`card`: recorded as a rejected
 * operation, failure callback sent).
 */
export interface Decline {
  readonly key: DeclineKey;
  readonly code: number;
  /** The bank's message, exactly (487's leading space included). */
  readonly message: string;
  readonly status: number;
  readonly stage: 'order' | 'card';
  /** Why, in plain words, for the sandbox user (sent as `X-Sandbox-Reason`). Never card data. */
  readonly detail: string;
}

/**
 * Builds the {@link Decline} of a catalogue entry.
 *
 * @example
 * declineOf('cardDeclined', 'card', 'the CVC does not match the test card'); // { code: 466, message: 'Declined', ... }
 */
export function declineOf(key: DeclineKey, stage: Decline['stage'], detail: string): Decline {
  const entry = ERROR_CATALOGUE[key];
  return { key, code: entry.code, message: entry.message, status: entry.status, stage, detail };
}
