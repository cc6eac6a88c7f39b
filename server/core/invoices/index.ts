export { createInvoice, type InvoiceCreation } from './create-invoice.js';
export { deactivateInvoice, ownInvoice } from './deactivate-invoice.js';
export { DEFAULT_INVOICE_CONFIG, type InvoiceConfig, type InvoiceRules } from './invoice-config.js';
export { INVOICE_EXAMPLES } from './invoice-examples.js';
export type { InvoiceRecord, InvoiceStatusName, StoredInvoiceStatus } from './invoice-record.js';
export {
  checkInvoiceFields,
  INVOICE_LANGUAGES,
  type InvoiceFields,
  MAX_DESCRIPTION,
} from './invoice-rules.js';
export { invoiceStatus } from './invoice-status.js';
export {
  type InvoiceUrlOf,
  invoiceUrlBuilder,
  toInvoiceCreateResponse,
  toInvoiceLinkRecord,
  ZERO_TIME_ALMATY,
  ZERO_TIME_UTC,
} from './invoice-views.js';
export {
  type InvoicePayment,
  type InvoicePaymentContext,
  payInvoice,
  unpayableReason,
} from './pay-invoice.js';
export { searchInvoices } from './search-invoices.js';
