import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_MERCHANT } from '../support/http.js';
import { encodeParams, invoiceBody, webApiTokenFields } from '../support/invoices.js';
import { CARDS } from '../support/transfers.js';

const NS = { 'x-sandbox-namespace': 'ci-42' };

async function token(app: ReturnType<typeof createTestApp>, fields: Record<string, string>) {
  const res = await app.request('/oauth2/token', {
    method: 'POST',
    headers: NS,
    body: new URLSearchParams(fields),
  });
  return (await res.json()) as Record<string, unknown> & { access_token: string };
}

describe('hosted pages of a namespace (X-Sandbox-Namespace)', () => {
  it("gives invoice_url the namespace, so a browser without the header reaches the namespace's link", async () => {
    const app = createTestApp();
    const { access_token } = await token(app, webApiTokenFields());
    const res = await app.request('/invoice', {
      method: 'POST',
      headers: { ...NS, authorization: `Bearer ${access_token}` },
      body: JSON.stringify(invoiceBody()),
    });
    const invoice = (await res.json()) as { id: string; invoice_url: string };
    expect(invoice.invoice_url).toBe(`http://localhost/redirect/invoice-link/${invoice.id}?namespace=ci-42`);
    const url = new URL(invoice.invoice_url);
    const page = await app.request(`${url.pathname}${url.search}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`action="/redirect/invoice-link/${invoice.id}?lang=eng&amp;namespace=ci-42"`);
    expect((await app.request(url.pathname)).status).toBe(404);
    const paid = await app.request(`${url.pathname}?lang=eng&namespace=ci-42`, {
      method: 'POST',
      body: new URLSearchParams({ pan: CARDS.visa.pan, expiry: '01/25', cvc: CARDS.visa.cvc }),
    });
    expect(paid.status).toBe(303);
    expect(app.sandbox.invoices.get(invoice.id)).toBeUndefined();
  });

  it("keeps the payment form in the namespace named by the script's ?namespace=", async () => {
    const app = createTestApp();
    const script = await (await app.request('/payform/payment-api.js?namespace=ci-42')).text();
    expect(script).toContain("source.searchParams.get('namespace')");
    const auth = await token(app, {
      grant_type: 'client_credentials',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      scope: 'payment',
      invoiceID: '990000001',
      amount: '10',
      terminal: TEST_MERCHANT.terminal,
    });
    const params = encodeURIComponent(encodeParams({ invoiceId: '990000001', amount: 10, auth }));
    expect((await app.request(`/payform/?params=${params}`)).status).toBe(401);
    const form = await app.request(`/payform/?params=${params}&namespace=ci-42`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('action="/payform/?namespace=ci-42"');
  });
});
