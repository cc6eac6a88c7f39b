export { type CardFormPage, renderCardForm } from './card-form.js';
export { escapeHtml, type Html, html, PAGE_HEADERS, type PageOptions, renderPage } from './html.js';
export {
  formatAmount,
  formatBankMoment,
  isWebUrl,
  type OrderSummary,
  type PageContext,
  pageContext,
} from './page-parts.js';
export { PAGE_TEXTS, type PageLanguage, type PageTexts, pageLanguage } from './page-texts.js';
export { PAYMENT_API_SCRIPT } from './payment-api-script.js';
export { type CardFormReading, readCardForm } from './read-card-form.js';
export { type DeclineView, renderDecline, renderProblem, renderSuccess } from './result-pages.js';
