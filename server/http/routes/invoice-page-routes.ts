import type { Context, Hono } from 'hono';
import { type InvoiceRecord, isEpayError, payInvoice, unpayableReason } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerDashboardSection } from '../controls/index.js';
import { payerIp, problemPage, sendPage } from '../page-response.js';
import {
  isWebUrl,
  type OrderSummary,
  type PageContext,
  pageContext,
  pageLanguage,
  readCardForm,
  renderCardForm,
  renderDecline,
  renderSuccess,
} from '../pages/index.js';
import { namespaceQuery } from '../request-origin.js';
import { invoicesSection } from './invoice-dashboard-section.js';

/** The hosted page of an invoice link, on both layouts (002's invoice_url is the older one). */
export const INVOICE_PAGE_PATHS = ['/redirect/invoice-link/:id', '/api/redirect/invoice-link/:id'] as const;

function summary(c: Context<AppEnv>, invoice: InvoiceRecord): OrderSummary {
  const merchant = c.get('sandbox').merchants.byClientId(invoice.clientId);
  return {
    merchant: merchant?.name ?? invoice.clientId,
    description: invoice.description,
    invoiceId: invoice.invoiceId,
    amount: invoice.amount,
    currency: invoice.currency,
    validUntil: new Date(invoice.expireDate),
  };
}

/** The page's own URL in `language` (and its namespace). */
const pageHref = (c: Context<AppEnv>, language: string) => {
  const ns = namespaceQuery(c);
  return `${c.req.path}?lang=${language}${ns ? `&${ns}` : ''}`;
};

function context(c: Context<AppEnv>, invoice: InvoiceRecord | undefined): PageContext {
  const language = pageLanguage(c.req.query('lang') ?? invoice?.language);
  return pageContext(language, (l) => pageHref(c, l), false);
}

/** Where the page posts and retries: itself, in the language shown. */
const selfHref = (c: Context<AppEnv>, ctx: PageContext) => pageHref(c, ctx.language);

/**
 * `GET` and `POST [/api]/redirect/invoice-link/:id`: the hosted page of an invoice link. GET shows the order
 * and the card form (or a clear page for an unknown, expired, deactivated or paid link: no form). POST pays
 * with the card typed in: an approval goes to back_link (303) or shows the result; a decline shows the
 * bank's code and lets the payer try another card or return to failure_back_link.
 */
export function registerInvoicePageRoutes(app: Hono<AppEnv>): void {
  registerDashboardSection(app, invoicesSection);
  for (const path of INVOICE_PAGE_PATHS) {
    app.get(path, (c) => {
      const sandbox = c.get('sandbox');
      const invoice = sandbox.invoices.get(c.req.param('id') ?? '');
      const ctx = context(c, invoice);
      if (!invoice) return problemPage(c, ctx, 'invoiceNotFound');
      const reason = unpayableReason(invoice, sandbox.clock.now());
      if (reason)
        return problemPage(
          c,
          ctx,
          reason,
          reason === 'invoiceAlreadyPaid' ? invoice.backLink : invoice.failureBackLink,
        );
      const page = renderCardForm(ctx, {
        order: summary(c, invoice),
        action: selfHref(c, ctx),
        cancelLink: invoice.failureBackLink,
      });
      return sendPage(c, page);
    });

    app.post(path, async (c) => {
      const sandbox = c.get('sandbox');
      const invoice = sandbox.invoices.get(c.req.param('id') ?? '');
      const ctx = context(c, invoice);
      if (!invoice) return problemPage(c, ctx, 'invoiceNotFound');
      const order = summary(c, invoice);
      const reading = readCardForm(await c.req.parseBody());
      if (!reading.ok) {
        const page = renderCardForm(ctx, {
          order,
          action: selfHref(c, ctx),
          cancelLink: invoice.failureBackLink,
          error: ctx.texts.missingCard,
        });
        return sendPage(c, page, 400);
      }
      let outcome: Awaited<ReturnType<typeof payInvoice>>;
      try {
        outcome = await payInvoice(sandbox, invoice, reading.card, { ip: payerIp(c) });
      } catch (error) {
        const reason = unpayableReason(invoice, sandbox.clock.now());
        if (isEpayError(error) && reason) return problemPage(c, ctx, reason, invoice.failureBackLink);
        throw error;
      }
      const { result } = outcome;
      if (result.approved) {
        if (isWebUrl(invoice.backLink)) return c.redirect(invoice.backLink, 303);
        return sendPage(c, renderSuccess(ctx, order, result.payment, invoice.backLink));
      }
      const retry = unpayableReason(outcome.invoice, sandbox.clock.now()) ? undefined : selfHref(c, ctx);
      return sendPage(c, renderDecline(ctx, order, result.decline, retry, invoice.failureBackLink));
    });
  }
}
