// A small front-end page: msw's worker with the epay handlers, then the calls a front-end would make.
// Bundled for the browser by test/msw/browser.test.ts (esbuild, platform browser, package exports).
import { createEpayHandlers } from 'epay-sandbox/msw';
import { setupWorker } from 'msw/browser';

/** What the page saw, for the test to assert. */
export interface PageResult {
  token: { status: number; body: Record<string, unknown> };
  api: { status: number; body: unknown };
  stateTokens: string[];
}

declare global {
  interface Window {
    epayReady: Promise<void>;
    runEpayScenario(): Promise<PageResult>;
  }
}

const epay = createEpayHandlers();
const worker = setupWorker(...epay);

window.epayReady = worker
  .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true })
  .then(() => undefined);

window.runEpayScenario = async () => {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    grant_type: 'client_credentials',
    client_id: 'test',
    client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
    scope: 'payment',
    terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
    invoiceID: '000000001',
    amount: '100',
    currency: 'KZT',
  })) {
    form.append(name, value);
  }
  const tokenRes = await fetch('https://testoauth.homebank.kz/epay2/oauth2/token', {
    method: 'POST',
    body: form,
  });
  const token = (await tokenRes.json()) as Record<string, unknown>;
  const apiRes = await fetch('https://testepay.homebank.kz/api/no-such-route', {
    method: 'POST',
    headers: { Authorization: `Bearer ${String(token.access_token)}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  return {
    token: { status: tokenRes.status, body: token },
    api: { status: apiRes.status, body: await apiRes.json() },
    stateTokens: Object.keys(epay.state().tokens),
  };
};
