import type { CardScheme } from '../../../fixtures/index.js';

/**
 * A card saved for a merchant's customer (`save: true` on a successful operation). Masked: the sandbox keeps
 * no full PAN and no CVC, ever; the test card behind it is found again by its mask.
 */
export interface SavedCardRecord {
  readonly cardId: string;
  /** Merchant that saved it: the only one that may use it. */
  readonly clientId: string;
  /** The merchant's customer (`accountID` of the order). */
  readonly accountId: string;
  /** `440563...5096` style. */
  readonly cardMask: string;
  readonly scheme: CardScheme;
  /** `MM/YY`, or '' when unknown (cards of the fixtures). */
  readonly expiry: string;
  readonly createdAt: string;
  readonly origin: 'fixture' | 'api';
}
