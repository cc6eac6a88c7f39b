import { DEFAULT_NAMESPACE, type InvoiceRecord, invoiceStatus } from '../../core/index.js';
import { badge, type Column, type DashboardSection, html, table, time } from '../controls/index.js';

/** Links shown, newest first. */
const SHOWN = 50;

/**
 * The dashboard's invoices section: the links created or changed through the API, with their status as
 * answered now (EXPIRED by the namespace's clock) and a link to each hosted page, in the namespace shown.
 *
 * @example
 * registerDashboardSection(app, invoicesSection);
 */
export const invoicesSection: DashboardSection = {
  id: 'invoices',
  title: 'Invoices',
  order: 55,
  render({ ns }) {
    const now = ns.sandbox.clock.now();
    const records = Object.values(ns.sandbox.store.state.invoices)
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate))
      .slice(0, SHOWN);
    const query = ns.name === DEFAULT_NAMESPACE ? '' : `?namespace=${encodeURIComponent(ns.name)}`;
    const columns: Column<InvoiceRecord>[] = [
      { header: 'invoice_id', cell: (i) => i.invoiceId },
      { header: 'Status', cell: (i) => badge(invoiceStatus(i, now)) },
      { header: 'Amount', cell: (i) => `${i.amount.toFixed(2)} ${i.currency}`, numeric: true },
      { header: 'Merchant', cell: (i) => i.clientId },
      { header: 'Created', cell: (i) => time(i.createdDate) },
      { header: 'Expires', cell: (i) => time(i.expireDate) },
      {
        header: 'Hosted page',
        cell: (i) =>
          html`<a href="/redirect/invoice-link/${i.id}${query}">Open<span class="visually-hidden"> the page of ${i.invoiceId}</span></a>`,
      },
    ];
    const total = ns.sandbox.invoices.size;
    return html`<p class="hint">${total} link${total === 1 ? '' : 's'} in all (002's example included); ${records.length} created through the API shown.</p>
${table('Invoice links, newest first', columns, records, 'No invoice links through the API yet.')}`;
  },
};
