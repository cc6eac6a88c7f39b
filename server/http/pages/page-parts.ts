import { formatBankDate } from '../../core/index.js';
import { type Html, html } from './html.js';
import { PAGE_TEXTS, type PageLanguage, type PageTexts } from './page-texts.js';

/** What the pages show of the order being paid. */
export interface OrderSummary {
  readonly merchant: string;
  readonly description: string;
  readonly invoiceId: string;
  readonly amount: number;
  readonly currency: string;
  /** The link's expiry (invoice links). */
  readonly validUntil?: Date;
}

/** What every page of one checkout shares. */
export interface PageContext {
  readonly language: PageLanguage;
  readonly texts: PageTexts;
  /** The same page in another language. */
  readonly languageHref: (language: PageLanguage) => string;
  /** Shown inside the payment widget's iframe: results are posted to the merchant's page. */
  readonly shortForm: boolean;
}

/**
 * A page context for `language`.
 *
 * @example
 * const ctx = pageContext('kaz', (l) => `?lang=${l}`, false);
 */
export function pageContext(
  language: PageLanguage,
  languageHref: (language: PageLanguage) => string,
  shortForm: boolean,
): PageContext {
  return { language, texts: PAGE_TEXTS[language], languageHref, shortForm };
}

/** `100,00 KZT` in the page's locale. */
export function formatAmount(texts: PageTexts, amount: number, currency: string): string {
  const number = new Intl.NumberFormat(texts.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${number.format(amount)} ${currency}`;
}

/** `28.11.2026 15:00 (UTC+05:00)`: bank (Almaty) time. */
export function formatBankMoment(instant: Date): string {
  const text = formatBankDate(instant, 0); // 2026-11-28T15:00:00+05:00
  return `${text.slice(8, 10)}.${text.slice(5, 7)}.${text.slice(0, 4)} ${text.slice(11, 16)} (UTC${text.slice(19)})`;
}

/** True for an absolute http(s) URL: the only links the pages send the payer to. */
export function isWebUrl(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The sandbox notice and the language switcher at the top of every page. */
export function pageHeader(ctx: PageContext): Html {
  const languages: readonly PageLanguage[] = ['rus', 'kaz', 'eng'];
  return html`<p class="notice" role="note">${ctx.texts.sandboxNotice}</p>
<nav aria-label="${ctx.texts.languageNav}"><ul>${languages.map(
    (l) =>
      html`<li><a href="${ctx.languageHref(l)}" lang="${PAGE_TEXTS[l].htmlLang}"${l === ctx.language ? html` aria-current="true"` : ''}>${PAGE_TEXTS[l].languageName}</a></li>`,
  )}</ul></nav>`;
}

/** The order as a definition list. */
export function orderDetails(ctx: PageContext, order: OrderSummary): Html {
  const t = ctx.texts;
  return html`<dl>
<dt>${t.merchant}</dt><dd>${order.merchant}</dd>
<dt>${t.description}</dt><dd>${order.description}</dd>
<dt>${t.orderNumber}</dt><dd>${order.invoiceId}</dd>
<dt>${t.amount}</dt><dd class="amount">${formatAmount(t, order.amount, order.currency)}</dd>
${order.validUntil ? html`<dt>${t.validUntil}</dt><dd>${formatBankMoment(order.validUntil)}</dd>` : ''}
</dl>`;
}

/** Inline script of the widget's iframe: posts `{success}` to the merchant's page, as the bank's form does. */
export function widgetMessage(success: boolean): Html {
  return html`<script>parent.postMessage(JSON.stringify({ success: ${success ? 'true' : 'false'} }), '*');</script>`;
}

/** A button that closes the widget with `{success: false}` (widget pages only). */
export function widgetCloseButton(label: string): Html {
  return html`<button type="button" class="secondary" id="widget-close">${label}</button>
<script>document.getElementById('widget-close').addEventListener('click', function () { parent.postMessage(JSON.stringify({ success: false }), '*'); });</script>`;
}

/** A "return to the shop" link when `link` is a web address; otherwise the link as text, with a note. */
export function shopLink(ctx: PageContext, link: string, className = 'button secondary'): Html {
  if (link === '') return html``;
  if (isWebUrl(link)) return html`<a class="${className}" href="${link}">${ctx.texts.backToShop}</a>`;
  return html`<p class="hint">${ctx.texts.backLinkNotUrl}: <code>${link}</code></p>`;
}
