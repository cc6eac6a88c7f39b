/**
 * How the printed expiry of a test card is judged.
 * - `printed`: the card is valid with exactly its printed expiry, whatever the sandbox clock says (the bank
 *   still lists 01/25 and 09/20 cards as its test cards, so its test host evidently accepts them).
 * - `clock`: as well as matching, the expiry month must not be over by the sandbox clock (478 otherwise).
 */
export type ExpiryPolicy = 'printed' | 'clock';

/** Rules of the card authoriser. */
export interface CardConfig {
  readonly expiryPolicy: ExpiryPolicy;
  /**
   * Funds available to one operation on a test card, per currency; above it: 484 Insufficient funds.
   * A currency not listed uses the KZT figure.
   */
  readonly availableFunds: Readonly<Record<string, number>>;
}

/** The documented defaults. */
export const DEFAULT_CARD_CONFIG: CardConfig = {
  expiryPolicy: 'printed',
  availableFunds: { KZT: 1_000_000, USD: 2_000, EUR: 2_000, RUB: 200_000 },
};
