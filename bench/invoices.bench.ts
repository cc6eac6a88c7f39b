/**
 * `npm run bench:invoices`: in-process cost of invoice links (no network), printed by vitest bench.
 * - POST /invoice (a web API token reused, memory store);
 * - GET of the hosted page (HTML render);
 * - paying the hosted page with a test card (POST form: card check, payment, link CHARGED);
 * - the invoice search over 10 000 links of one merchant (a linear scan; its first run is printed once).
 */
import { bench, describe } from 'vitest';
import { createApp, type EpayApp } from '../server/http/create-app.js';

const CLIENT = { id: 'halykfinanceUSD', secret: 'U01gQZVL##lJ$NhJ' };
const SHOP = '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4';
const noCallbacks = async () => ({ status: 200 });

async function webApiToken(app: EpayApp): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: CLIENT.id,
    client_secret: CLIENT.secret,
    username: 'halykfinanceUSD@halykbank.nb',
    password: 'XVp36qar',
    scope: 'api',
  });
  const res = await app.request('/oauth2/token', { method: 'POST', body });
  return ((await res.json()) as { access_token: string }).access_token;
}

let next = 100_000_000_000;
async function createInvoice(app: EpayApp, token: string): Promise<{ id: string; invoice_url: string }> {
  const res = await app.request('/invoice', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      shop_id: SHOP,
      account_id: 'bench',
      invoice_id: String(next++),
      amount: 100,
      language: 'rus',
      description: 'bench',
      expire_period: '1d',
      recipient_contact: 'bench@example.kz',
      recipient_contact_sms: '+77771234567',
      currency: 'KZT',
      back_link: 'http://127.0.0.1:9/back',
    }),
  });
  if (res.status !== 200) throw new Error(`create failed: ${res.status}`);
  return res.json() as Promise<{ id: string; invoice_url: string }>;
}

const app = createApp({ callbackSender: noCallbacks });
const token = await webApiToken(app);
const LINKS = 10_000;
for (let i = 0; i < LINKS; i++) await createInvoice(app, token);
const pagePath = new URL((await createInvoice(app, token)).invoice_url).pathname;
const searchBody = JSON.stringify({
  paging: { skip: 0, limit: 20 },
  searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['1000000%'] }],
  orderParameters: { field: 'created_date', typeOrder: 'DESC' },
});
const search = async () => {
  const res = await app.request('/invoice-links', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: searchBody,
  });
  return (await res.json()) as { TotalCount: number };
};
const started = performance.now();
const first = await search();
console.log(
  `invoice search: first like-search over ${LINKS + 1} links took ${(performance.now() - started).toFixed(1)} ms, TotalCount ${first.TotalCount}`,
);

describe('invoice links (in-process, no network)', () => {
  bench('POST /invoice (token reused, memory store)', async () => {
    await createInvoice(app, token);
  });
  bench('GET the hosted invoice page', async () => {
    const res = await app.request(pagePath);
    await res.arrayBuffer();
  });
  bench('pay the hosted page with 4405639704015096 (create + POST form)', async () => {
    const link = await createInvoice(app, token);
    const res = await app.request(new URL(link.invoice_url).pathname, {
      method: 'POST',
      body: new URLSearchParams({ pan: '4405639704015096', expiry: '01/25', cvc: '815' }),
    });
    if (res.status !== 303) throw new Error(`payment failed: ${res.status}`);
  });
  bench(`invoice search over ${LINKS}+ links (like, 20 per page)`, async () => {
    await search();
  });
});
