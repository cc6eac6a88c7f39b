import { type Html, html, renderPage } from './html.js';
import {
  type OrderSummary,
  orderDetails,
  type PageContext,
  pageHeader,
  shopLink,
  widgetCloseButton,
} from './page-parts.js';

/** What the card form page needs. */
export interface CardFormPage {
  readonly order: OrderSummary;
  /** Where the form posts (the page's own path). */
  readonly action: string;
  /** Hidden fields posted back with the card (the payment form's params). */
  readonly hidden?: Readonly<Record<string, string>>;
  /** A problem with the previous submission, announced to screen readers. */
  readonly error?: string;
  /** Where "cancel" goes outside the widget (the failure back link); '' for none. */
  readonly cancelLink: string;
}

/**
 * The payment page: the order and an accessible card form (labels, hints, autocomplete, keyboard order;
 * nothing loaded from elsewhere). The card number and CVC are never put back into the page.
 *
 * @example
 * c.html(renderCardForm(ctx, { order, action: c.req.path, cancelLink: '' }).__html);
 */
export function renderCardForm(ctx: PageContext, page: CardFormPage): Html {
  const t = ctx.texts;
  const hidden = Object.entries(page.hidden ?? {});
  const body = html`${pageHeader(ctx)}
<h1>${t.title}</h1>
${orderDetails(ctx, page.order)}
<form method="post" action="${page.action}" novalidate>
${page.error ? html`<p class="alert" role="alert" id="form-error">${page.error}</p>` : ''}
<label for="pan">${t.cardNumber}</label>
<p class="hint" id="pan-hint">${t.cardNumberHint}</p>
<input id="pan" name="pan" type="text" inputmode="numeric" autocomplete="cc-number" required aria-describedby="pan-hint" maxlength="23">
<div class="row">
<div><label for="expiry">${t.expiry}</label>
<p class="hint" id="expiry-hint">${t.expiryHint}</p>
<input id="expiry" name="expiry" type="text" inputmode="numeric" autocomplete="cc-exp" required aria-describedby="expiry-hint" maxlength="7"></div>
<div><label for="cvc">${t.cvc}</label>
<p class="hint" id="cvc-hint">${t.cvcHint}</p>
<input id="cvc" name="cvc" type="password" inputmode="numeric" autocomplete="cc-csc" required aria-describedby="cvc-hint" maxlength="4"></div>
</div>
<label for="name">${t.cardholder}</label>
<input id="name" name="name" type="text" autocomplete="cc-name" maxlength="128">
${hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<button type="submit">${t.pay}</button>
</form>
<div class="actions">${ctx.shortForm ? widgetCloseButton(t.cancel) : shopLink(ctx, page.cancelLink)}</div>`;
  return renderPage({ lang: t.htmlLang, title: `${t.title}: ${page.order.invoiceId}`, body });
}
