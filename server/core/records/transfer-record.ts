import type { CardScheme } from '../../../fixtures/index.js';
import type { IpLocation } from './ip-location.js';
import type { RecordOrigin } from './payment-record.js';

/** How a transfer side names its card (004). */
export type TransferType = 'TYPEPAN' | 'TYPECARDID';

/**
 * A P2P transfer as the sandbox keeps it: the union of what `POST /payments/cards/auth` (004),
 * `/p2p/operations` (001) and the P2P status answer. Card data is masked.
 */
export interface TransferRecord extends IpLocation {
  readonly id: string;
  readonly clientId: string;
  readonly terminalId: string;
  readonly terminalNumber: string;
  /** Order id (`orderID`, `invoiceId`). */
  readonly invoiceId: string;
  readonly accountId: string;
  readonly amount: number;
  readonly fee: number;
  readonly currency: string;
  readonly description: string;
  readonly language: string;
  readonly email: string;
  readonly name: string;
  readonly phone: string;
  readonly ip: string;
  readonly senderCardMask: string;
  readonly senderCardType: CardScheme;
  readonly senderCardId: string;
  readonly senderTransferType: TransferType;
  readonly senderIssuer: string;
  readonly receiverCardMask: string;
  readonly receiverCardType: CardScheme;
  readonly receiverCardId: string;
  readonly receiverTransferType: TransferType;
  readonly receiverIssuer: string;
  readonly reference: string;
  readonly intReference: string;
  readonly secure: string;
  /** `00` on success, the decline code otherwise (001's `code`). */
  readonly code: string;
  readonly reason: string;
  readonly reasonCode: number;
  /** `ok` / `error` in 001; the operation status (`CHARGE`...) is `operationStatus`. */
  readonly status: 'ok' | 'error';
  readonly operationStatus: 'CHARGE' | 'REJECT';
  readonly createdAt: string;
  readonly backLink: string;
  readonly failureBackLink: string;
  readonly postLink: string;
  readonly failurePostLink: string;
  readonly secretHash?: string;
  readonly origin: RecordOrigin;
}
