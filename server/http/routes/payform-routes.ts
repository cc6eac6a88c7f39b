import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  type CatalogueKey,
  type Checkout,
  type EpayError,
  ERROR_CATALOGUE,
  isEpayError,
  openCheckout,
  type PaymentObject,
  payCheckout,
  readPaymentObject,
} from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { payerIp, sendPage } from '../page-response.js';
import {
  isWebUrl,
  type OrderSummary,
  PAYMENT_API_SCRIPT,
  type PageContext,
  type PageLanguage,
  pageContext,
  pageLanguage,
  readCardForm,
  renderCardForm,
  renderDecline,
  renderProblem,
  renderSuccess,
} from '../pages/index.js';
import { namespaceQuery } from '../request-origin.js';

/** The paths of the hosted payment form (`halyk.pay`, the widget's iframe). */
export const PAYFORM_PATHS = ['/payform/', '/payform'] as const;

interface FormState {
  readonly params: string;
  readonly shortForm: boolean;
  readonly lang: string;
  /** `namespace=<name>` outside the default namespace, else ''. */
  readonly ns: string;
}

/** The form's own URL for a state: GET shows it, POST pays. */
function formHref(state: FormState, language?: PageLanguage): string {
  const lang = language ?? state.lang;
  return `/payform/?params=${encodeURIComponent(state.params)}${state.shortForm ? '&isShortForm=true' : ''}${lang ? `&lang=${lang}` : ''}${state.ns ? `&${state.ns}` : ''}`;
}

/** Where the card form posts: the form, in the request's namespace. */
const actionOf = (state: FormState) => `/payform/${state.ns ? `?${state.ns}` : ''}`;

function context(state: FormState, object: PaymentObject | undefined): PageContext {
  return pageContext(
    pageLanguage(state.lang || object?.language),
    (l) => formHref(state, l),
    state.shortForm,
  );
}

function summary(checkout: Checkout): OrderSummary {
  const { object } = checkout;
  return {
    merchant: checkout.merchant.name,
    description: object.description,
    invoiceId: object.invoiceId,
    amount: object.amount,
    currency: object.currency,
  };
}

/** Reads and checks the payment object of a state; a refusal is answered as a problem page. */
function open(
  c: Context<AppEnv>,
  state: FormState,
): { ok: true; checkout: Checkout; ctx: PageContext } | { ok: false; response: Response } {
  let object: PaymentObject | undefined;
  try {
    object = readPaymentObject(state.params);
    const checkout = openCheckout(c.get('sandbox'), object);
    return { ok: true, checkout, ctx: context(state, object) };
  } catch (error) {
    if (!isEpayError(error)) throw error;
    const ctx = context(state, object);
    return { ok: false, response: refusal(c, ctx, error, object?.failureBackLink ?? '') };
  }
}

function refusal(c: Context, ctx: PageContext, error: EpayError, backLink: string): Response {
  const code = Number(error.body.code);
  const key = (Object.keys(ERROR_CATALOGUE) as CatalogueKey[]).find((k) => ERROR_CATALOGUE[k].code === code);
  const problem = { code, message: error.message };
  const page = renderProblem(ctx, ctx.texts.errorTitle, problem, backLink);
  return sendPage(c, page, (key ? ERROR_CATALOGUE[key].status : error.status) as ContentfulStatusCode);
}

/**
 * The hosted payment form of `halyk.pay` and the payment widget: `GET /payform/?params=...[&isShortForm=true]`
 * checks the payment object and its token and shows the card form; `POST /payform/` pays. Full page: an
 * approval goes to backLink (303); in the widget, the result is posted to the merchant's page. Also serves
 * the widget script, `GET /payform/payment-api.js`.
 */
export function registerPayformRoutes(app: Hono<AppEnv>): void {
  app.get('/payform/payment-api.js', (c) =>
    c.body(PAYMENT_API_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    }),
  );

  for (const path of PAYFORM_PATHS) {
    app.get(path, (c) => {
      const state: FormState = {
        params: c.req.query('params') ?? '',
        shortForm: c.req.query('isShortForm') === 'true',
        lang: c.req.query('lang') ?? '',
        ns: namespaceQuery(c),
      };
      const opened = open(c, state);
      if (!opened.ok) return opened.response;
      const { checkout, ctx } = opened;
      const page = renderCardForm(ctx, {
        order: summary(checkout),
        action: actionOf(state),
        hidden: hiddenFields(state),
        cancelLink: checkout.object.failureBackLink,
      });
      return sendPage(c, page);
    });

    app.post(path, async (c) => {
      const body = await c.req.parseBody();
      const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
      const state: FormState = {
        params: field('params'),
        shortForm: field('isShortForm') === 'true',
        lang: field('lang'),
        ns: namespaceQuery(c),
      };
      const opened = open(c, state);
      if (!opened.ok) return opened.response;
      const { checkout, ctx } = opened;
      const order = summary(checkout);
      const { object } = checkout;
      const reading = readCardForm(body);
      if (!reading.ok) {
        const page = renderCardForm(ctx, {
          order,
          action: actionOf(state),
          hidden: hiddenFields(state),
          cancelLink: object.failureBackLink,
          error: ctx.texts.missingCard,
        });
        return sendPage(c, page, 400);
      }
      const result = await payCheckout(c.get('sandbox'), checkout, reading.card, { ip: payerIp(c) });
      if (result.approved) {
        if (!state.shortForm && isWebUrl(object.backLink)) return c.redirect(object.backLink, 303);
        return sendPage(c, renderSuccess(ctx, order, result.payment, object.backLink));
      }
      const retry = result.decline.stage === 'card' ? formHref(state, ctx.language) : undefined;
      return sendPage(c, renderDecline(ctx, order, result.decline, retry, object.failureBackLink));
    });
  }
}

function hiddenFields(state: FormState): Record<string, string> {
  return { params: state.params, isShortForm: state.shortForm ? 'true' : 'false', lang: state.lang };
}
