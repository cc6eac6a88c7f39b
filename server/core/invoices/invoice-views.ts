import type { InvoiceCreateResponse, InvoiceLinkRecord } from '../../../contracts/index.js';
import { formatBankDate } from '../bank-time.js';
import type { InvoiceRecord } from './invoice-record.js';
import { invoiceStatus } from './invoice-status.js';

/** Go's zero time as the create answer prints a never-updated link's `updated_date` (002). */
export const ZERO_TIME_UTC = '0001-01-01T00:00:00Z';
/** The same zero time in Almaty local mean time (+05:07:48), as search records print it (002). */
export const ZERO_TIME_ALMATY = '0001-01-01T05:07:48+05:07';

/** Builds the hosted page URL of a link (`<origin>[/api]/redirect/invoice-link/<id>`). */
export type InvoiceUrlOf = (invoiceId: string) => string;

/**
 * The URL builder of a host layout: `prefix` is `/api` on the older layout (002's URL), '' on the newer one;
 * `query` (e.g. `namespace=ci-42`) is appended when given.
 *
 * @example
 * invoiceUrlBuilder('http://127.0.0.1:7070', '/api')('19c435ae-...'); // 'http://127.0.0.1:7070/api/redirect/invoice-link/19c435ae-...'
 */
export function invoiceUrlBuilder(origin: string, prefix: '' | '/api', query = ''): InvoiceUrlOf {
  return (id) => `${origin}${prefix}/redirect/invoice-link/${id}${query ? `?${query}` : ''}`;
}

type Shape = 'create' | 'search';

/** Every field in the order the bank answers them; `invoice_alt` in search records only. */
function view(invoice: InvoiceRecord, urlOf: InvoiceUrlOf, now: Date, shape: Shape) {
  const digits = shape === 'create' ? 9 : 6;
  const date = (iso: string) => formatBankDate(new Date(iso), digits);
  const zero = shape === 'create' ? ZERO_TIME_UTC : ZERO_TIME_ALMATY;
  return {
    id: invoice.id,
    shop_id: invoice.shopId,
    amount: invoice.amount,
    invoice_id: invoice.invoiceId,
    ...(shape === 'search' ? { invoice_alt: '' } : {}),
    language: invoice.language,
    currency: invoice.currency,
    description: invoice.description,
    account_id: invoice.accountId,
    recipient_contact: invoice.recipientContact,
    recipient_contact_sms: invoice.recipientContactSms,
    notifier_contact: invoice.notifierContact,
    notifier_contact_sms: invoice.notifierContactSms,
    expire_period: invoice.expirePeriod,
    post_link: invoice.postLink,
    failure_post_link: invoice.failurePostLink,
    back_link: invoice.backLink,
    failure_back_link: invoice.failureBackLink,
    created_date: date(invoice.createdDate),
    expire_date: date(invoice.expireDate),
    status: invoiceStatus(invoice, now),
    updated_date: invoice.updatedDate ? date(invoice.updatedDate) : zero,
    invoice_url: urlOf(invoice.id),
    merchant_id: invoice.merchantId,
    terminal_id: invoice.terminalId,
    card_save: invoice.cardSave,
    data: invoice.data,
  };
}

/**
 * A link as `POST /invoice` answers it: dates with nanoseconds (Go's `time.Now()`), `updated_date` the UTC zero
 * time, no `invoice_alt`.
 *
 * @example
 * c.json(toInvoiceCreateResponse(invoice, invoiceUrlBuilder(origin, '/api'), sandbox.clock.now()));
 */
export function toInvoiceCreateResponse(
  invoice: InvoiceRecord,
  urlOf: InvoiceUrlOf,
  now: Date,
): InvoiceCreateResponse {
  return view(invoice, urlOf, now, 'create');
}

/**
 * A link as the search (and the deactivation) answers it: dates with microseconds (read back from the
 * database), `updated_date` the zero time in Almaty mean time until the link changes, `invoice_alt` ''.
 *
 * @example
 * records.map((r) => toInvoiceLinkRecord(r, urlOf, now));
 */
export function toInvoiceLinkRecord(
  invoice: InvoiceRecord,
  urlOf: InvoiceUrlOf,
  now: Date,
): InvoiceLinkRecord {
  return view(invoice, urlOf, now, 'search');
}
