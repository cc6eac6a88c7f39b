import type { PaymentRecord } from '../../core/index.js';
import { type Html, html, renderPage } from './html.js';
import {
  type OrderSummary,
  orderDetails,
  type PageContext,
  pageHeader,
  shopLink,
  widgetCloseButton,
  widgetMessage,
} from './page-parts.js';

/**
 * The page after an approved payment (shown when the payer is not sent straight to the back link: inside
 * the widget, or when the back link is not a web address).
 *
 * @example
 * c.html(renderSuccess(ctx, order, payment, invoice.backLink).__html);
 */
export function renderSuccess(
  ctx: PageContext,
  order: OrderSummary,
  payment: PaymentRecord,
  backLink: string,
): Html {
  const t = ctx.texts;
  const body = html`${pageHeader(ctx)}
<h1>${t.successTitle}</h1>
<p class="ok" role="status">${t.successText}</p>
${orderDetails(ctx, order)}
<dl>
<dt>${t.card}</dt><dd>${payment.cardMask}</dd>
<dt>${t.reference}</dt><dd>${payment.reference}</dd>
<dt>${t.approvalCode}</dt><dd>${payment.approvalCode}</dd>
</dl>
<div class="actions">${ctx.shortForm ? widgetCloseButton(t.close) : shopLink(ctx, backLink, 'button')}</div>
${ctx.shortForm ? widgetMessage(true) : ''}`;
  return renderPage({ lang: t.htmlLang, title: t.successTitle, body });
}

/** A declined card: the bank's code and message. */
export interface DeclineView {
  readonly code: number;
  readonly message: string;
}

/**
 * The page after a declined card: the code and message, another try (when the order can still be paid),
 * and the way back to the shop's failure back link.
 *
 * @example
 * c.html(renderDecline(ctx, order, { code: 465, message: 'Card restricted' }, retryHref, failureBackLink).__html);
 */
export function renderDecline(
  ctx: PageContext,
  order: OrderSummary,
  decline: DeclineView,
  retryHref: string | undefined,
  failureBackLink: string,
): Html {
  const t = ctx.texts;
  const body = html`${pageHeader(ctx)}
<h1>${t.declinedTitle}</h1>
<p class="alert" role="alert">${t.code} ${decline.code}: ${decline.message.trim()}</p>
${orderDetails(ctx, order)}
<div class="actions">
${retryHref ? html`<a class="button" href="${retryHref}">${t.tryAgain}</a>` : ''}
${ctx.shortForm ? widgetCloseButton(t.close) : shopLink(ctx, failureBackLink)}
</div>`;
  return renderPage({ lang: t.htmlLang, title: t.declinedTitle, body });
}

/**
 * A page that takes no payment: unknown, expired, deactivated or paid link, unreadable params, a token the
 * form refuses. Shows the emulator's code so the cause can be looked up (README error table).
 *
 * @example
 * c.html(renderProblem(ctx, t.expiredTitle, { code: 9321, message: 'Invoice link expired' }, '').__html, 410);
 */
export function renderProblem(ctx: PageContext, title: string, problem: DeclineView, backLink: string): Html {
  const t = ctx.texts;
  const body = html`${pageHeader(ctx)}
<h1>${title}</h1>
<p class="alert" role="alert">${t.noPayment}</p>
<p class="hint">${t.code} ${problem.code}: ${problem.message}</p>
<div class="actions">${ctx.shortForm ? widgetCloseButton(t.close) : shopLink(ctx, backLink)}</div>`;
  return renderPage({ lang: t.htmlLang, title, body });
}
