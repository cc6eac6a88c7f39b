import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type CatalogueKey, ERROR_CATALOGUE } from '../core/index.js';
import { type Html, PAGE_HEADERS, type PageContext, renderProblem } from './pages/index.js';

/**
 * Answers a hosted page with the page headers (no cache, no referrer, no external assets).
 *
 * @example
 * return sendPage(c, renderCardForm(ctx, form));
 */
export function sendPage(c: Context, page: Html, status: ContentfulStatusCode = 200): Response {
  return c.body(page.__html, status, PAGE_HEADERS);
}

/**
 * The payer's address, when a proxy says it ('' otherwise: the sandbox does not look at sockets).
 *
 * @example
 * payInvoice(sandbox, invoice, card, { ip: payerIp(c) });
 */
export function payerIp(c: Context): string {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
}

/**
 * A page that takes no payment, for a catalogue entry (9320-9323...), answered with the entry's status.
 *
 * @example
 * if (!invoice) return problemPage(c, ctx, 'invoiceNotFound');
 */
export function problemPage(c: Context, ctx: PageContext, key: CatalogueKey, backLink = ''): Response {
  const entry = ERROR_CATALOGUE[key];
  const t = ctx.texts;
  const titles: Partial<Record<CatalogueKey, string>> = {
    invoiceNotFound: t.notFoundTitle,
    invoiceExpired: t.expiredTitle,
    invoiceDeactivated: t.deactivatedTitle,
    invoiceAlreadyPaid: t.paidTitle,
  };
  const page = renderProblem(ctx, titles[key] ?? t.errorTitle, entry, backLink);
  return sendPage(c, page, entry.status as ContentfulStatusCode);
}
