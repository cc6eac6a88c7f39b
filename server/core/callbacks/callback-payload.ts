import type { CallbackPayload } from '../../../contracts/index.js';
import { formatBankDate } from '../bank-time.js';
import { ipLocationOf, type PaymentRecord, type TransferRecord } from '../records/index.js';

/**
 * The callback body of a transfer: the sender card is the card of the callback.
 *
 * @example
 * callbacks.enqueue({ url: transfer.postLink, payload: transferCallbackPayload(transfer), ... });
 */
export function transferCallbackPayload(t: TransferRecord): CallbackPayload {
  return {
    id: t.id,
    dateTime: formatBankDate(new Date(t.createdAt)),
    invoiceId: t.invoiceId,
    amount: t.amount,
    currency: t.currency,
    terminal: t.terminalId,
    accountId: t.accountId,
    description: t.description,
    language: t.language,
    cardMask: t.senderCardMask,
    cardType: t.senderCardType,
    cardId: t.senderCardId,
    issuer: t.senderIssuer,
    reference: t.reference,
    approvalCode: '',
    secure: t.secure,
    secureDetails: '',
    code: t.status === 'ok' ? 'ok' : 'error',
    reason: t.reason,
    reasonCode: t.reasonCode,
    name: t.name,
    email: t.email,
    phone: t.phone,
    ip: t.ip,
    ...ipLocationOf(t),
    secret_hash: t.secretHash ?? '',
  };
}

/**
 * The callback body of a card payment; `amount` is the operation's (a partial charge or refund), by default
 * the payment's.
 *
 * @example
 * paymentCallbackPayload(payment, 40).statusName; // 'REFUND' after a refund of 40
 */
export function paymentCallbackPayload(p: PaymentRecord, amount: number = p.amount): CallbackPayload {
  const failed = p.status === 'REJECT' || p.status === 'FAILED';
  return {
    id: p.id,
    dateTime: formatBankDate(new Date(p.updatedDate)),
    invoiceId: p.invoiceId,
    amount,
    currency: p.currency,
    terminal: p.terminalId,
    accountId: p.accountId,
    description: p.description,
    language: p.language,
    cardMask: p.cardMask,
    cardType: p.cardType,
    cardId: p.cardId,
    issuer: p.issuer,
    reference: p.reference,
    approvalCode: p.approvalCode,
    secure: p.secure3D ? 'Yes' : 'No',
    secureDetails: '',
    code: failed ? 'error' : 'ok',
    reason: p.reason,
    reasonCode: Number.parseInt(p.reasonCode, 10) || 0,
    name: p.payerName,
    email: p.payerEmail,
    phone: p.payerPhone,
    ip: p.payerIp,
    ...ipLocationOf(p),
    secret_hash: p.secretHash ?? '',
    statusName: p.status,
  };
}
