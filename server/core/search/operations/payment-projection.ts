import type { OperationRecord } from '../../../../contracts/index.js';
import {
  CARD_TYPE_IDS,
  CURRENCY_IDS,
  ipLocationOf,
  type PaymentRecord,
  STATUS_IDS,
  TRANSACTION_TYPE_IDS,
} from '../../records/index.js';
import { formatBankTimestamp } from './bank-timestamp.js';
import { operationsCardNumber } from './card-masks.js';

/**
 * A payment as `POST /operations` answers it: 000's record shape, dictionary values as the bank's GUIDs,
 * dates in bank time. Fields 000 prints empty for every payment stay empty (`template`, `cardHash`,
 * `cardType`, `initReference`); `cardCVC` is the bank's placeholder `000`, never a CVC; an unsaved card
 * has `cardID` "000000" as in 000's example.
 *
 * @example
 * const answer = { totalCount: 1, records: [toOperationRecord(payment)] };
 */
export function toOperationRecord(p: PaymentRecord): OperationRecord {
  return {
    id: p.id,
    amount: p.amount,
    currencyID: CURRENCY_IDS[p.currency] ?? '',
    amountBonus: p.amountBonus,
    invoiceId: p.invoiceId,
    accountId: p.accountId,
    payerIp: p.payerIp,
    payerName: p.payerName,
    payerPhone: p.payerPhone,
    payerEmail: p.payerEmail,
    description: p.description,
    data: p.data,
    createdDate: formatBankTimestamp(p.createdDate),
    authDate: formatBankTimestamp(p.authDate),
    confirmDate: formatBankTimestamp(p.confirmDate),
    payoutDate: formatBankTimestamp(p.payoutDate),
    payoutAmount: p.payoutAmount,
    ...ipLocationOf(p),
    cardNumber: operationsCardNumber(p.cardMask),
    cardExpDate: p.cardExpDate,
    cardCVC: '000',
    cardType: { ID: '', Name: '' },
    cardTypeID: CARD_TYPE_IDS[p.cardType] ?? '',
    issuer: p.issuer,
    issuerBankCountry: p.issuerBankCountry,
    statusID: STATUS_IDS[p.status],
    reference: p.reference,
    client: p.clientId,
    template: '',
    language: p.language,
    transactionTypeID: TRANSACTION_TYPE_IDS[p.transactionType],
    backLink: p.backLink,
    failureLink: p.failureBackLink,
    postLink: String(p.postLink !== ''),
    postLinkStatus: p.postLinkStatus,
    merchantID: p.merchantId,
    shopID: p.shopId,
    secure3D: p.secure3D,
    cardID: p.cardId === '' ? '000000' : p.cardId,
    cardHash: '',
    cardMask: p.cardMask,
    installmentID: p.installmentId,
    terminal: p.terminalId,
    initReference: '',
  };
}
