import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError, InvoiceCreateResponse, InvoiceSearchResponse, validate } from '../../contracts/index.js';
import { createTestApp } from '../support/http.js';
import { createInvoiceVia, invoiceBody, invoiceToken, searchBody, sendJson } from '../support/invoices.js';

const FIELDS = [
  'shop_id',
  'account_id',
  'invoice_id',
  'amount',
  'language',
  'description',
  'expire_period',
  'recipient_contact',
  'recipient_contact_sms',
  'notifier_contact_sms',
  'currency',
  'post_link',
  'back_link',
  'card_save',
] as const;

describe('invoice endpoints and pages with arbitrary input', () => {
  it('never answer 5xx: a valid link or a {code, message} 4xx, and links already stored stay as they were', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    await createInvoiceVia(app, token, invoiceBody({ invoice_id: '424242424242' }));
    const kept = JSON.stringify(app.sandbox.store.state.invoices);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc
            .tuple(fc.constantFrom(...FIELDS), fc.jsonValue())
            .map(([field, value]) => JSON.stringify(invoiceBody({ [field]: value }))),
        ),
        async (text) => {
          const res = await sendJson(app, token, 'POST', '/invoice', text);
          const body = await res.json();
          if (res.status === 200) {
            expect(validate(InvoiceCreateResponse, body).ok).toBe(true);
          } else {
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(validate(ApiError, body).ok).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
    const after = app.sandbox.store.state.invoices;
    for (const [id, invoice] of Object.entries(JSON.parse(kept) as Record<string, unknown>)) {
      expect(after[id]).toEqual(invoice);
    }
  });

  it('the search answers a valid page or a {code, message} 400 for any search parameters', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.jsonValue(), async (parameters, order) => {
        const res = await sendJson(app, token, 'POST', '/invoice-links', {
          ...searchBody('1'),
          searchParameters: parameters,
          orderParameters: order,
        });
        const body = await res.json();
        const schema = res.status === 200 ? InvoiceSearchResponse : ApiError;
        expect([200, 400]).toContain(res.status);
        expect(validate(schema, body).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the payment form answers a page below 500 for any params', async () => {
    const app = createTestApp();
    await fc.assert(
      fc.asyncProperty(fc.string(), async (params) => {
        const res = await app.request(`/payform/?params=${encodeURIComponent(params)}`);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toContain('text/html');
      }),
      { numRuns: 100 },
    );
  });
});
