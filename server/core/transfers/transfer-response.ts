import type { TransferResponse } from '../../../contracts/index.js';
import type { TransferRecord } from '../records/index.js';

/** The sender and receiver cards of a transfer, by 004's names (masked PANs, saved card ids). */
export type TransferCards = Pick<
  TransferResponse,
  | 'senderCardID'
  | 'senderCardPAN'
  | 'senderCardType'
  | 'senderTransferType'
  | 'receiverCardID'
  | 'receiverCardPAN'
  | 'receiverCardType'
  | 'receiverTransferType'
>;

/**
 * The cards of a transfer record as 004's answer names them (also the P2P status transaction's).
 *
 * @example
 * transferCardsOf(record).receiverCardPAN; // '440563...7622'
 */
export function transferCardsOf(t: TransferRecord): TransferCards {
  return {
    senderCardID: t.senderCardId,
    senderCardPAN: t.senderCardMask,
    senderCardType: t.senderCardType,
    senderTransferType: t.senderTransferType,
    receiverCardID: t.receiverCardId,
    receiverCardPAN: t.receiverCardMask,
    receiverCardType: t.receiverCardType,
    receiverTransferType: t.receiverTransferType,
  };
}

/**
 * 004's success body of a transfer record.
 *
 * @example
 * toTransferResponse(record).senderCardPAN; // '440563...5096'
 */
export function toTransferResponse(t: TransferRecord): TransferResponse {
  return {
    id: t.id,
    amount: t.amount,
    fee: t.fee,
    accountID: t.accountId,
    currency: t.currency,
    email: t.email,
    description: t.description,
    reference: t.reference,
    orderID: t.invoiceId,
    ...transferCardsOf(t),
    intReference: t.intReference,
    terminalID: t.terminalId,
    status: t.operationStatus,
  };
}
