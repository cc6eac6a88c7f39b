import type { InvoiceRecord } from './invoice-record.js';
import { invoiceStatus } from './invoice-status.js';

/** How a field compares: dates as instants, numbers as numbers, text as text. */
export type InvoiceFieldType = 'date' | 'number' | 'text' | 'boolean';

/**
 * One searchable field of the invoice search: the API's name, its type, and how to read it from a record
 * at `now` (the status depends on the clock). Shaped like the search engine's field table (issue 3), so
 * the search can move onto that engine.
 */
export interface InvoiceField {
  readonly name: string;
  readonly type: InvoiceFieldType;
  readonly read: (invoice: InvoiceRecord, now: Date) => string | number | boolean;
}

const text = (name: string, read: (i: InvoiceRecord) => string): InvoiceField => ({
  name,
  type: 'text',
  read,
});
const date = (name: string, read: (i: InvoiceRecord) => string): InvoiceField => ({
  name,
  type: 'date',
  read: (i) => Date.parse(read(i)),
});

/** The fields of the invoice search, by the names of the invoice records (002). */
export const INVOICE_FIELDS: readonly InvoiceField[] = [
  text('id', (i) => i.id),
  text('invoice_id', (i) => i.invoiceId),
  text('shop_id', (i) => i.shopId),
  text('account_id', (i) => i.accountId),
  { name: 'amount', type: 'number', read: (i) => i.amount },
  text('currency', (i) => i.currency),
  text('language', (i) => i.language),
  text('description', (i) => i.description),
  { name: 'status', type: 'text', read: (i, now) => invoiceStatus(i, now) },
  text('recipient_contact', (i) => i.recipientContact),
  text('recipient_contact_sms', (i) => i.recipientContactSms),
  text('terminal_id', (i) => i.terminalId),
  text('post_link', (i) => i.postLink),
  text('failure_post_link', (i) => i.failurePostLink),
  text('back_link', (i) => i.backLink),
  text('failure_back_link', (i) => i.failureBackLink),
  text('expire_period', (i) => i.expirePeriod),
  { name: 'card_save', type: 'boolean', read: (i) => i.cardSave },
  date('created_date', (i) => i.createdDate),
  date('expire_date', (i) => i.expireDate),
];
