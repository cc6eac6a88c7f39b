import type { RecordOrigin } from '../records/index.js';

/** What the sandbox keeps of an invoice link; `status` is the stored one (expiry is read against the clock). */
export type StoredInvoiceStatus = 'ACTIVE' | 'CHARGED' | 'DEACTIVATED';

/** The status answered: the stored one, or EXPIRED for an active link past its expire_date. */
export type InvoiceStatusName = StoredInvoiceStatus | 'EXPIRED';

/**
 * An invoice (payment link) as the sandbox keeps it. Field names are the project's; the answers use the
 * bank's (`invoice_id`, `shop_id`...). Instants are ISO-8601 UTC strings.
 */
export interface InvoiceRecord {
  /** The link id (`id`, `invoicelinkid`). */
  readonly id: string;
  /** Merchant (`client_id`) that owns the link: the only one that may see or deactivate it. */
  readonly clientId: string;
  readonly merchantId: string;
  readonly shopId: string;
  readonly terminalId: string;
  /** The shop's order number (`invoice_id`). */
  readonly invoiceId: string;
  readonly accountId: string;
  readonly amount: number;
  readonly currency: string;
  /** As sent (rus, kaz, eng). */
  readonly language: string;
  readonly description: string;
  readonly recipientContact: string;
  readonly recipientContactSms: string;
  readonly notifierContact: string;
  readonly notifierContactSms: string;
  /** As sent, e.g. `1d`. */
  readonly expirePeriod: string;
  readonly postLink: string;
  readonly failurePostLink: string;
  readonly backLink: string;
  readonly failureBackLink: string;
  readonly cardSave: boolean;
  readonly data: string;
  readonly createdDate: string;
  readonly expireDate: string;
  readonly status: StoredInvoiceStatus;
  /** null until the link is changed through the API (002 keeps Go's zero time after a payment). */
  readonly updatedDate: string | null;
  /** The approved payment of the link, once paid. */
  readonly paymentId?: string;
  readonly origin: RecordOrigin;
}
