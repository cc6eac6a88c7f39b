import type { CallbackRequest } from '../../server/core/index.js';
import type { EpayApp } from '../../server/http/create-app.js';
import { getToken, INVOICE_MERCHANT, TEST_MERCHANT } from './http.js';

/** The password-grant fields (scope `api`, 002) of merchant halykfinanceUSD (or `test`). */
export function webApiTokenFields(
  merchant: 'halykfinanceUSD' | 'test' = 'halykfinanceUSD',
): Record<string, string> {
  const m = merchant === 'test' ? TEST_MERCHANT : INVOICE_MERCHANT;
  return {
    grant_type: 'password',
    client_id: m.clientId,
    client_secret: m.clientSecret,
    username: m.username,
    password: m.password,
    scope: 'api',
  };
}

/** A web API token (password grant, scope `api`, 002) of merchant halykfinanceUSD (or `test`). */
export function invoiceToken(
  app: EpayApp,
  merchant: 'halykfinanceUSD' | 'test' = 'halykfinanceUSD',
): Promise<string> {
  return getToken(app, webApiTokenFields(merchant));
}

let counter = 0;

/** A fresh 12-digit invoice_id. */
export function nextInvoiceId(): string {
  counter += 1;
  return `7000${String(Date.now() % 1e5).padStart(5, '0')}${String(counter).padStart(3, '0')}`;
}

/** A valid `POST /invoice` body of merchant halykfinanceUSD, with fields overridden. */
export function invoiceBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    shop_id: INVOICE_MERCHANT.shopId,
    account_id: 'acc-001',
    invoice_id: nextInvoiceId(),
    amount: 1500,
    language: 'eng',
    description: 'Order 1500 KZT',
    expire_period: '2d',
    recipient_contact: 'payer@example.kz',
    recipient_contact_sms: '+77771234567',
    notifier_contact_sms: '',
    currency: 'KZT',
    post_link: 'http://127.0.0.1:9/post',
    failure_post_link: 'http://127.0.0.1:9/failure-post',
    back_link: 'http://127.0.0.1:9/back',
    failure_back_link: 'http://127.0.0.1:9/failure-back',
    ...extra,
  };
}

/** Sends JSON with a bearer token. */
export function sendJson(
  app: EpayApp,
  token: string,
  method: 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }),
  );
}

/** Creates an invoice (fails the test unless 200) and returns the answer. */
export async function createInvoiceVia(
  app: EpayApp,
  token: string,
  body: Record<string, unknown> = invoiceBody(),
  path = '/invoice',
): Promise<Record<string, unknown> & { id: string; invoice_url: string; invoice_id: string }> {
  const res = await sendJson(app, token, 'POST', path, body);
  const json = await res.json();
  if (res.status !== 200) throw new Error(`invoice not created: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A search body for one invoice_id (002's shape). */
export function searchBody(invoiceId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    paging: { skip: 0, limit: 20 },
    searchParameters: [{ name: 'invoice_id', method: '=', searchParameter: [invoiceId] }],
    orderParameters: { field: 'id', typeOrder: 'DESC' },
    ...extra,
  };
}

/** Posts the hosted page's card form. */
export function postCardForm(app: EpayApp, path: string, fields: Record<string, string>): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams(fields) }));
}

/** A callback sender that records every request and answers 200. */
export function capturingSender(): {
  sent: CallbackRequest[];
  sender: (r: CallbackRequest) => Promise<{ status: number }>;
} {
  const sent: CallbackRequest[] = [];
  const sender = async (request: CallbackRequest) => {
    sent.push(request);
    return { status: 200 };
  };
  return { sent, sender };
}

/** A check-status token (client_credentials, web API scopes, its terminal) of merchant halykfinanceUSD. */
export function invoiceStatusToken(app: EpayApp): Promise<string> {
  return getToken(app, {
    grant_type: 'client_credentials',
    client_id: INVOICE_MERCHANT.clientId,
    client_secret: INVOICE_MERCHANT.clientSecret,
    scope: 'webapi usermanagement email_send verification statement statistics payment',
    terminal: INVOICE_MERCHANT.terminal,
  });
}

/** The check-status answer (003) of an invoice_id of merchant halykfinanceUSD. */
export async function invoicePaymentStatus(
  app: EpayApp,
  invoiceId: string,
): Promise<{ resultCode: string; transaction: Record<string, unknown> | null }> {
  const res = await app.request(`/check-status/payment/transaction/${invoiceId}`, {
    headers: { authorization: `Bearer ${await invoiceStatusToken(app)}` },
  });
  return res.json();
}

/** Encodes a paymentObject the way the bank's payment-api.js does (`name=value&...`, nested objects too). */
export function encodeParams(params: unknown): string {
  if (params === undefined || params === null) return '';
  if (typeof params !== 'object') return String(params);
  return Object.entries(params as Record<string, unknown>)
    .filter(([name]) => name !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(encodeParams(value))}`)
    .join('&');
}

/** A payment widget token (client_credentials, scope payment) of merchant `test`, bound to an order. */
export async function widgetToken(
  app: EpayApp,
  order: Record<string, string>,
): Promise<Record<string, unknown> & { access_token: string }> {
  const res = await app.request('/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      scope: 'payment',
      ...order,
    }),
  });
  return res.json();
}
