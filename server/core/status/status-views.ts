import type { P2PStatusTransaction, PaymentStatusTransaction } from '../../../contracts/index.js';
import { formatBankDate } from '../bank-time.js';
import { ipLocationOf, type PaymentRecord, STATUS_IDS, type TransferRecord } from '../records/index.js';
import { transferCardsOf } from '../transfers/index.js';

/** Bank dates of the records answered lately (a status is polled again and again): ISO text to bank text. */
const bankDates = new Map<string, string>();

/** {@link formatBankDate} of an ISO instant, remembered (at most 1024, then it starts over). */
function bankDateOf(iso: string): string {
  let text = bankDates.get(iso);
  if (text === undefined) {
    text = formatBankDate(new Date(iso));
    if (bankDates.size >= 1024) bankDates.clear();
    bankDates.set(iso, text);
  }
  return text;
}

/**
 * 003's `transaction` of a payment record.
 *
 * @example
 * toPaymentStatusTransaction(payment).statusName; // 'AUTH'
 */
export function toPaymentStatusTransaction(p: PaymentRecord): PaymentStatusTransaction {
  return {
    id: p.id,
    createdDate: bankDateOf(p.createdDate),
    invoiceID: p.invoiceId,
    amount: p.amount,
    amountBonus: p.amountBonus,
    payoutAmount: p.payoutAmount,
    orgAmount: p.orgAmount,
    approvalCode: p.approvalCode,
    data: p.data,
    currency: p.currency,
    terminal: p.terminalNumber,
    terminalID: p.terminalId,
    accountID: p.accountId,
    description: p.description,
    language: p.language,
    cardMask: p.cardMask,
    cardType: p.cardType,
    issuer: p.issuer,
    reference: p.reference,
    reason: p.reason,
    reasonCode: p.reasonCode,
    intReference: p.intReference,
    secure: p.secure3D,
    secureDetails: p.secure3D ? 'Y' : 'F',
    statusID: STATUS_IDS[p.status],
    statusName: p.status,
    name: p.payerName,
    email: p.payerEmail,
    phone: p.payerPhone,
    cardID: p.cardId,
    xlsRRN: '',
    ip: p.payerIp,
    ...ipLocationOf(p),
  };
}

/**
 * The P2P status `transaction` of a transfer record (emulator-chosen shape, see the contract).
 *
 * @example
 * toP2PStatusTransaction(transfer).statusName; // 'CHARGE'
 */
export function toP2PStatusTransaction(t: TransferRecord): P2PStatusTransaction {
  return {
    id: t.id,
    createdDate: bankDateOf(t.createdAt),
    invoiceID: t.invoiceId,
    amount: t.amount,
    fee: t.fee,
    currency: t.currency,
    terminal: t.terminalNumber,
    terminalID: t.terminalId,
    accountID: t.accountId,
    description: t.description,
    language: t.language,
    reference: t.reference,
    intReference: t.intReference,
    reason: t.reason,
    reasonCode: t.code,
    statusName: t.operationStatus,
    name: t.name,
    email: t.email,
    phone: t.phone,
    ...transferCardsOf(t),
  };
}
