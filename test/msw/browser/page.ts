// A small front-end page: msw's worker with the epay handlers, then the calls a front-end would make.
// Bundled for the browser by test/msw/browser.test.ts (esbuild, platform browser, package exports).
import { type CapturedCallback, createEpayHandlers } from 'epay-sandbox/msw';
import { setupWorker } from 'msw/browser';
import { transferBody } from '../../../bench/support/requests.js';

/** What the page saw, for the test to assert. */
export interface PageResult {
  token: { status: number; body: Record<string, unknown> };
  search: { status: number; body: { totalCount?: number; records?: unknown[] } };
  transfer: { status: number; body: Record<string, unknown> };
  /** The same transfer again with `X-Sandbox-Outcome: decline:484` (a custom header, cross-origin). */
  forced: { status: number; body: Record<string, unknown> };
  callbacks: CapturedCallback[];
  stateTokens: string[];
  /** Functions of the bank's widget script, loaded from the payform host through the worker. */
  widget: string[];
}

declare global {
  interface Window {
    epayReady: Promise<void>;
    runEpayScenario(): Promise<PageResult>;
    halyk?: Record<string, unknown>;
  }
}

const epay = createEpayHandlers();
const worker = setupWorker(...epay);

window.epayReady = worker
  .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true })
  .then(() => undefined);

/** A token bound to order 900001 (004's token request, with a shop's postLink). */
async function requestToken(): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    grant_type: 'client_credentials',
    client_id: 'test',
    client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
    scope: 'transfer',
    terminal: '40a348cb-68a3-45d5-9002-a4836d79c3b5',
    invoiceID: '900001',
    amount: '100',
    currency: 'KZT',
    postLink: 'https://shop.example/epay/ok',
  })) {
    form.append(name, value);
  }
  return fetch('https://testoauth.homebank.kz/epay2/oauth2/token', { method: 'POST', body: form });
}

/** Searches merchant test's card payments (000) with a web API password-grant token. */
async function searchPayments(): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    grant_type: 'password',
    client_id: 'test',
    client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
    username: 'epay@halykbank.kz',
    password: 'XZG1E@Mm',
    scope: 'webapi usermanagement email_send verification statement statistics payment',
  })) {
    form.append(name, value);
  }
  const tokenRes = await fetch('https://testoauth.homebank.kz/epay2/oauth2/token', {
    method: 'POST',
    body: form,
  });
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  return fetch('https://testepay.homebank.kz/api/operations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      paging: { page: 0, size: 3 },
      searchParameters: [
        {
          name: 'created_date',
          method: 'between',
          searchParameter: ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'],
        },
      ],
      orderParameters: [{ field: 'created_date', typeOrder: 'DESC' }],
    }),
  });
}

/** Injects the bank's widget script (after the worker started, so that the worker answers it). */
function loadWidget(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'https://test-epay.homebank.kz/payform/payment-api.js';
    script.onload = () => resolve(Object.keys(window.halyk ?? {}).sort());
    script.onerror = () => reject(new Error('payment-api.js did not load'));
    document.head.append(script);
  });
}

window.runEpayScenario = async () => {
  const searchRes = await searchPayments();
  const tokenRes = await requestToken();
  const token = (await tokenRes.json()) as Record<string, unknown>;
  const transferRes = await fetch('https://testepay.homebank.kz/api/payments/cards/auth', {
    method: 'POST',
    headers: { Authorization: `Bearer ${String(token.access_token)}`, 'Content-Type': 'application/json' },
    body: transferBody('900001'),
  });
  const transfer = (await transferRes.json()) as Record<string, unknown>;
  const second = (await (await requestToken()).json()) as Record<string, unknown>;
  const forcedRes = await fetch('https://testepay.homebank.kz/api/payments/cards/auth', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${String(second.access_token)}`,
      'Content-Type': 'application/json',
      'X-Sandbox-Outcome': 'decline:484',
    },
    body: transferBody('900001'),
  });
  return {
    token: { status: tokenRes.status, body: token },
    search: { status: searchRes.status, body: await searchRes.json() },
    transfer: { status: transferRes.status, body: transfer },
    forced: { status: forcedRes.status, body: (await forcedRes.json()) as Record<string, unknown> },
    callbacks: await epay.callbacks(),
    stateTokens: Object.keys(epay.state().tokens),
    widget: await loadWidget(),
  };
};
