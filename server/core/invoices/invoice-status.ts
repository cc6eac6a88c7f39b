import type { InvoiceRecord, InvoiceStatusName } from './invoice-record.js';

/**
 * The status of a link at `now`: the stored one, or EXPIRED for an ACTIVE link whose expire_date has passed.
 *
 * @example
 * invoiceStatus(invoice, sandbox.clock.now()); // 'ACTIVE' | 'CHARGED' | 'DEACTIVATED' | 'EXPIRED'
 */
export function invoiceStatus(invoice: InvoiceRecord, now: Date): InvoiceStatusName {
  if (invoice.status === 'ACTIVE' && now.getTime() >= Date.parse(invoice.expireDate)) return 'EXPIRED';
  return invoice.status;
}
