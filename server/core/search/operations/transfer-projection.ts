import type { P2pOperationRecord } from '../../../../contracts/index.js';
import type { TransferRecord } from '../../records/index.js';
import { formatBankTimestamp } from './bank-timestamp.js';
import { p2pCardMask } from './card-masks.js';

/**
 * A transfer as `POST /p2p/operations` answers it: 001's record shape, `dateTime` in bank time, the
 * terminal by its 8-digit number, card masks in 001's asterisk style.
 *
 * @example
 * const answer = { totalCount: 1, records: [toP2pOperationRecord(transfer)] };
 */
export function toP2pOperationRecord(t: TransferRecord): P2pOperationRecord {
  return {
    id: t.id,
    dateTime: formatBankTimestamp(t.createdAt),
    invoiceId: t.invoiceId,
    amount: t.amount,
    currency: t.currency,
    terminal: t.terminalNumber,
    accountId: t.accountId,
    description: t.description,
    language: t.language,
    senderCardMask: p2pCardMask(t.senderCardMask),
    receiverCardMask: p2pCardMask(t.receiverCardMask),
    senderCardType: t.senderCardType,
    receiverCardType: t.receiverCardType,
    senderIssuer: t.senderIssuer,
    receiverIssuer: t.receiverIssuer,
    reference: t.reference,
    secure: t.secure,
    code: t.code,
    reason: t.reason,
    reasonCode: t.reasonCode,
    name: t.name,
    email: t.email,
    phone: t.phone,
    ip: t.ip,
    // 001 prints ipLongitude before ipLatitude: kept in its order rather than ipLocationOf's.
    ipCountry: t.ipCountry,
    ipCity: t.ipCity,
    ipRegion: t.ipRegion,
    ipDistrict: t.ipDistrict,
    ipLongitude: t.ipLongitude,
    ipLatitude: t.ipLatitude,
    status: t.status,
    senderCardId: t.senderCardId,
    receiverCardId: t.receiverCardId,
  };
}
