import type { TransferResponse } from '../../../contracts/index.js';
import type { TransferRecord } from '../records/index.js';

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
    senderCardID: t.senderCardId,
    senderCardPAN: t.senderCardMask,
    senderCardType: t.senderCardType,
    senderTransferType: t.senderTransferType,
    receiverCardID: t.receiverCardId,
    receiverCardPAN: t.receiverCardMask,
    receiverCardType: t.receiverCardType,
    receiverTransferType: t.receiverTransferType,
    intReference: t.intReference,
    terminalID: t.terminalId,
    status: t.operationStatus,
  };
}
