import type { InvoiceRecord, InvoiceStatusName } from '../../invoices/invoice-record.js';
import type { SearchField } from '../engine/types.js';

/** An invoice as the search indexes it: with the status at search time (EXPIRED read against the clock). */
export type IndexedInvoice = Omit<InvoiceRecord, 'status'> & { readonly status: InvoiceStatusName };

/**
 * The fields of the invoice search (`POST /invoice-links`, 002), by the names of the invoice records, and
 * the invoice property each reads. Every field filters and sorts. `status` is the status at search time
 * (EXPIRED once expire_date has passed), see {@link IndexedInvoice}.
 */
export const INVOICE_FIELDS: readonly SearchField<IndexedInvoice>[] = [
  { name: 'id', type: 'text', property: 'id' },
  { name: 'invoice_id', type: 'text', property: 'invoiceId' },
  { name: 'shop_id', type: 'text', property: 'shopId', dictionary: true },
  { name: 'account_id', type: 'text', property: 'accountId' },
  { name: 'amount', type: 'number', property: 'amount' },
  { name: 'currency', type: 'text', property: 'currency', dictionary: true },
  { name: 'language', type: 'text', property: 'language', dictionary: true },
  { name: 'description', type: 'text', property: 'description' },
  { name: 'status', type: 'text', property: 'status', dictionary: true },
  { name: 'recipient_contact', type: 'text', property: 'recipientContact' },
  { name: 'recipient_contact_sms', type: 'text', property: 'recipientContactSms' },
  { name: 'terminal_id', type: 'text', property: 'terminalId', dictionary: true },
  { name: 'post_link', type: 'text', property: 'postLink' },
  { name: 'failure_post_link', type: 'text', property: 'failurePostLink' },
  { name: 'back_link', type: 'text', property: 'backLink' },
  { name: 'failure_back_link', type: 'text', property: 'failureBackLink' },
  { name: 'expire_period', type: 'text', property: 'expirePeriod', dictionary: true },
  { name: 'card_save', type: 'boolean', property: 'cardSave' },
  { name: 'created_date', type: 'date', property: 'createdDate' },
  { name: 'expire_date', type: 'date', property: 'expireDate' },
];
