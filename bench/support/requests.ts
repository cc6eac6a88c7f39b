/**
 * The requests the benchmarks send: the documents' own examples, made unique where the sandbox needs it
 * (order ids, invoice ids).
 */

/** Merchant `test` (004). */
export const TEST = {
  client_id: 'test',
  client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
} as const;

/** Merchant `halykfinanceUSD` (002: invoices). */
export const INVOICE_MERCHANT = {
  client_id: 'halykfinanceUSD',
  client_secret: 'U01gQZVL##lJ$NhJ',
  username: 'halykfinanceUSD@halykbank.nb',
  password: 'XVp36qar',
  shop_id: '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4',
} as const;

/** 003's status scope. */
export const WEBAPI_SCOPE = 'webapi usermanagement email_send verification statement statistics payment';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' } as const;

/** A client_credentials token request of merchant `test` (the benchmarked token request). */
export function tokenRequest(scope = 'payment', extra: Record<string, string> = {}) {
  return {
    method: 'POST' as const,
    path: '/oauth2/token',
    headers: FORM,
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: TEST.client_id,
      client_secret: TEST.client_secret,
      scope,
      ...extra,
    }).toString(),
  };
}

/** 002's password grant of merchant halykfinanceUSD with the web API scopes. */
export function invoiceTokenRequest() {
  return {
    method: 'POST' as const,
    path: '/oauth2/token',
    headers: FORM,
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: INVOICE_MERCHANT.client_id,
      client_secret: INVOICE_MERCHANT.client_secret,
      username: INVOICE_MERCHANT.username,
      password: INVOICE_MERCHANT.password,
      scope: WEBAPI_SCOPE,
    }).toString(),
  };
}

/** 004's transfer body with order id `orderId` (visa test card to the saved card). */
export function transferBody(orderId: string): string {
  return JSON.stringify({
    order: {
      amount: 100,
      currency: 'KZT',
      description: 'Test p2p payment',
      id: orderId,
      accountID: 'testUser1',
      senderEmail: 'dosbols@halykbank.kz',
      terminalId: '40a348cb-68a3-45d5-9002-a4836d79c3b5',
    },
    card: {
      sender: {
        transferType: 'TYPEPAN',
        cvc: '815',
        expire: { month: '01', year: '25' },
        name: 'Arman Ali',
        cardCred: '4405639704015096',
      },
      receiver: { cardCred: 'fcf69516-f7e8-9b14-e053-1d1a000aef2f', transferType: 'TYPECARDID' },
    },
  });
}

/** 002's invoice body with invoice id `invoiceId`. */
export function invoiceBody(invoiceId: string): string {
  return JSON.stringify({
    shop_id: INVOICE_MERCHANT.shop_id,
    account_id: '0003413423',
    invoice_id: invoiceId,
    amount: 100,
    language: 'rus',
    description: 'bench invoice',
    expire_period: '1d',
    recipient_contact: 'EXAMPLE@halykbank.kz',
    recipient_contact_sms: '+777711111111',
    notifier_contact_sms: '',
    currency: 'KZT',
    post_link: '',
    failure_post_link: '',
    back_link: 'https://example.kz/back',
    failure_back_link: 'https://example.kz/failure',
  });
}

/** A typical one-month search of 000 (card payments of the last month, 20 a page, newest first). */
export function monthSearchBody(now: Date): string {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = new Date(to.getTime() - 30 * 86_400_000);
  return JSON.stringify({
    paging: { page: 1, size: 20 },
    searchParameters: [
      { name: 'created_date', method: 'between', searchParameter: [from.toISOString(), to.toISOString()] },
    ],
    orderParameters: [{ field: 'created_date', typeOrder: 'DESC' }],
  });
}

/** Unique numeric order / invoice ids for one fresh sandbox: 12 digits starting with `prefix` (1-9). */
export function createOrderIds(prefix: number): () => string {
  let next = 0;
  return () => String(prefix * 10 ** 11 + next++);
}

/** POSTs JSON / form and returns the parsed answer (bench setup calls). */
export async function call(
  url: string,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(new URL(request.path, url), {
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body };
}

/** Gets an access token or throws with the answer. */
export async function accessToken(url: string, request = tokenRequest()): Promise<string> {
  const { status, body } = await call(url, request);
  const token = (body as { access_token?: string }).access_token;
  if (status !== 200 || !token) throw new Error(`token request failed: ${status} ${JSON.stringify(body)}`);
  return token;
}
