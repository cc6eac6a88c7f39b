import type { Ledger, LedgerRecord, PaymentRecord, Sandbox, TransferRecord } from '../../../core/index.js';
import { type Html, html } from '../../html.js';
import { badge, type Column, table, time } from './parts.js';
import type { DashboardSection } from './section.js';

/** Records shown per kind: the newest ones the API created or changed. */
const SHOWN = 50;

const money = (amount: unknown, currency: unknown): string =>
  typeof amount === 'number'
    ? `${amount.toFixed(2)} ${typeof currency === 'string' ? currency : ''}`.trim()
    : '';

/** Records the API created or changed (the state overlay), newest first by their first date field. */
function touched<R extends object>(collection: unknown, dateKeys: readonly string[]): R[] {
  if (collection === null || typeof collection !== 'object') return [];
  const records = Object.values(collection as Record<string, R>);
  const dateOf = (r: R): string => {
    for (const key of dateKeys) {
      const value = (r as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
    }
    return '';
  };
  return records.sort((a, b) => dateOf(b).localeCompare(dateOf(a))).slice(0, SHOWN);
}

function summary(ledger: Ledger<LedgerRecord> | undefined, created: number): Html {
  const total = ledger?.size ?? created;
  const records = (n: number) => `${n} record${n === 1 ? '' : 's'}`;
  return html`<p class="hint">${records(total)} in all (generated history included); ${created} created or changed through the API${created > 0 ? `, newest ${Math.min(created, SHOWN)} shown` : ''}.</p>`;
}

const countOf = (collection: unknown) =>
  collection !== null && typeof collection === 'object' ? Object.keys(collection).length : 0;

/** Card payments created or changed through the API. */
export const paymentsSection: DashboardSection = {
  id: 'payments',
  title: 'Payments',
  order: 40,
  render({ ns }) {
    const collection = ns.sandbox.store.state.payments;
    const columns: Column<PaymentRecord>[] = [
      { header: 'Invoice', cell: (p) => p.invoiceId },
      { header: 'Status', cell: (p) => badge(p.status) },
      { header: 'Amount', cell: (p) => money(p.amount, p.currency), numeric: true },
      { header: 'Merchant', cell: (p) => p.clientId },
      { header: 'Card', cell: (p) => p.cardMask },
      { header: 'Created', cell: (p) => time(p.createdDate) },
      { header: 'Updated', cell: (p) => time(p.updatedDate) },
      { header: 'Id', cell: (p) => html`<code>${p.id}</code>` },
    ];
    return html`${summary(ns.sandbox.payments, countOf(collection))}
${table('Payments, newest first', columns, touched<PaymentRecord>(collection, ['updatedDate', 'createdDate']), 'No payments through the API yet.')}`;
  },
};

/** P2P transfers created through the API. */
export const transfersSection: DashboardSection = {
  id: 'transfers',
  title: 'Transfers',
  order: 50,
  render({ ns }) {
    const collection = ns.sandbox.store.state.transfers;
    const columns: Column<TransferRecord>[] = [
      { header: 'Order', cell: (t) => t.invoiceId },
      { header: 'Status', cell: (t) => badge(t.operationStatus) },
      { header: 'Code', cell: (t) => t.code },
      { header: 'Amount', cell: (t) => money(t.amount, t.currency), numeric: true },
      { header: 'Merchant', cell: (t) => t.clientId },
      { header: 'From', cell: (t) => t.senderCardMask },
      { header: 'To', cell: (t) => t.receiverCardMask },
      { header: 'Created', cell: (t) => time(t.createdAt) },
    ];
    return html`${summary(ns.sandbox.transfers, countOf(collection))}
${table('Transfers, newest first', columns, touched<TransferRecord>(collection, ['createdAt']), 'No transfers through the API yet.')}`;
  },
};

const isLedger = (value: unknown): value is Ledger<LedgerRecord> =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as Ledger<LedgerRecord>).all === 'function' &&
  typeof (value as Ledger<LedgerRecord>).save === 'function' &&
  typeof (value as Ledger<LedgerRecord>).get === 'function';

const PREFERRED = [
  'invoice_id',
  'invoiceId',
  'invoiceID',
  'status',
  'statusName',
  'amount',
  'currency',
  'clientId',
  'created_date',
  'createdDate',
  'createdAt',
  'expire_date',
  'expireDate',
  'id',
];
const DATE_KEYS = ['updated_date', 'updatedDate', 'created_date', 'createdDate', 'createdAt'];
const isLink = (key: string, value: unknown) =>
  /(url|link)$/i.test(key) && typeof value === 'string' && /^(https?:\/\/|\/)/.test(value);

function genericSection(key: string, order: number): DashboardSection {
  const title = key.charAt(0).toUpperCase() + key.slice(1);
  return {
    id: key,
    title,
    order,
    render({ ns }) {
      const collection = (ns.sandbox.store.state as unknown as Record<string, unknown>)[key];
      const records = touched<Record<string, unknown>>(collection, DATE_KEYS);
      const sample = records[0] ?? {};
      const keys = PREFERRED.filter((k) => k in sample).slice(0, 8);
      const links = Object.keys(sample).filter((k) => isLink(k, sample[k]));
      const columns: Column<Record<string, unknown>>[] = [
        ...keys.map((k) => ({
          header: k,
          cell: (r: Record<string, unknown>) =>
            /status/i.test(k) && typeof r[k] === 'string'
              ? badge(r[k] as string)
              : /date|At$/.test(k)
                ? time(r[k] as string)
                : (r[k] as string),
        })),
        ...links.map((k) => ({
          header: k,
          cell: (r: Record<string, unknown>) =>
            isLink(k, r[k])
              ? html`<a href="${r[k] as string}">Open<span class="visually-hidden"> ${k} of ${String(r.id ?? '')}</span></a>`
              : '',
        })),
      ];
      const ledger = (ns.sandbox as unknown as Record<string, unknown>)[key];
      return html`${summary(isLedger(ledger) ? ledger : undefined, countOf(collection))}
${table(`${title}, newest first`, columns, records, `No ${key} through the API yet.`)}`;
    },
  };
}

/**
 * Sections for the record kinds a sandbox has beyond payments and transfers (invoices...): every
 * `Ledger` on the sandbox gets a generic table of its API-created records, with links for URL fields
 * (an invoice's hosted page). The dashboard grows as the sandbox does.
 *
 * @example
 * ledgerSections(sandbox).map((s) => s.id); // ['invoices'] once invoices exist
 */
export function ledgerSections(sandbox: Sandbox): DashboardSection[] {
  return Object.entries(sandbox)
    .filter(([key, value]) => key !== 'payments' && key !== 'transfers' && isLedger(value))
    .map(([key], i) => genericSection(key, 55 + i));
}
