import { type PaymentRecord, TRANSACTION_TYPE_IDS, type TransactionType } from '../../records/index.js';
import type { SearchField } from '../engine/types.js';

/**
 * The filters of `POST /operations` (000's table, plus `description`, which its example uses) and the
 * payment property each reads. Every filter is also a sort field; `id` sorts too.
 */
export const PAYMENT_FIELDS: readonly SearchField<PaymentRecord>[] = [
  { name: 'created_date', type: 'date', property: 'createdDate' },
  { name: 'shop_id', type: 'text', property: 'shopId', dictionary: true },
  { name: 'invoice_id', type: 'text', property: 'invoiceId' },
  { name: 'account_id', type: 'text', property: 'accountId' },
  { name: 'payer_phone', type: 'text', property: 'payerPhone' },
  { name: 'payer_email', type: 'text', property: 'payerEmail' },
  { name: 'reference', type: 'text', property: 'reference' },
  // 000: "post_link(bool) | PostLink"; the answer prints `postLink` as "true"/"false".
  { name: 'post_link', type: 'boolean', property: 'postLink', map: (link: string) => link !== '' },
  { name: 'amount', type: 'number', property: 'amount' },
  { name: 'card_mask', type: 'text', property: 'cardMask' },
  // 000: "client | Payer"; its example answers `client` with the merchant's client id ("test").
  { name: 'client', type: 'text', property: 'clientId', dictionary: true },
  { name: 'installment_id', type: 'text', property: 'installmentId', dictionary: true },
  {
    name: 'transaction_type_id',
    type: 'text',
    property: 'transactionType',
    map: (type: TransactionType) => TRANSACTION_TYPE_IDS[type] ?? null,
    dictionary: true,
  },
  { name: 'payout_date', type: 'date', property: 'payoutDate' },
  { name: 'payout_amount', type: 'number', property: 'payoutAmount' },
  { name: 'description', type: 'text', property: 'description' },
];
