/**
 * What makes two orders "the same" for the duplicate check (9203):
 * - `exact`: the same order id;
 * - `last6`: the same last 6 characters, as 004 warns ("additional uniqueness must be maintained in the last
 *   6 characters") — for teams that want the sandbox to catch ids that only differ earlier on.
 */
export type OrderIdUniqueness = 'exact' | 'last6';

/** Rules of P2P transfers. */
export interface TransferConfig {
  readonly orderIdUniqueness: OrderIdUniqueness;
  /** `fee` answered for every transfer (004: "the amount of the commission (not used)"). */
  readonly fee: number;
}

/** The documented defaults. */
export const DEFAULT_TRANSFER_CONFIG: TransferConfig = { orderIdUniqueness: 'exact', fee: 0 };
