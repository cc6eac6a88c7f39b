import { type PaymentRecord, TRANSACTION_TYPE_IDS } from '../../records/index.js';
import type { SearchField } from '../engine/types.js';

/**
 * The filters of `POST /operations` (000's table, plus `description`, which its example uses) and what
 * each reads from a payment. Every filter is also a sort field; `id` sorts too.
 */
export const PAYMENT_FIELDS: readonly SearchField<PaymentRecord>[] = [
  { name: 'created_date', type: 'date', value: (p) => p.createdDate },
  { name: 'shop_id', type: 'text', value: (p) => p.shopId },
  { name: 'invoice_id', type: 'text', value: (p) => p.invoiceId },
  { name: 'account_id', type: 'text', value: (p) => p.accountId },
  { name: 'payer_phone', type: 'text', value: (p) => p.payerPhone },
  { name: 'payer_email', type: 'text', value: (p) => p.payerEmail },
  { name: 'reference', type: 'text', value: (p) => p.reference },
  // 000: "post_link(bool) | PostLink"; the answer prints `postLink` as "true"/"false".
  { name: 'post_link', type: 'boolean', value: (p) => p.postLink !== '' },
  { name: 'amount', type: 'number', value: (p) => p.amount },
  { name: 'card_mask', type: 'text', value: (p) => p.cardMask },
  // 000: "client | Payer"; its example answers `client` with the merchant's client id ("test").
  { name: 'client', type: 'text', value: (p) => p.clientId },
  { name: 'installment_id', type: 'text', value: (p) => p.installmentId },
  { name: 'transaction_type_id', type: 'text', value: (p) => TRANSACTION_TYPE_IDS[p.transactionType] },
  { name: 'payout_date', type: 'date', value: (p) => p.payoutDate },
  { name: 'payout_amount', type: 'number', value: (p) => p.payoutAmount },
  { name: 'description', type: 'text', value: (p) => p.description },
];
