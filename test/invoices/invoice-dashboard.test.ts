import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/http.js';
import { createInvoiceVia, invoiceBody, invoiceToken } from '../support/invoices.js';

describe('the invoices section of the dashboard (/_sandbox)', () => {
  it('lists links created through the API with their status now and a link to the hosted page', async () => {
    const app = createTestApp();
    const invoice = await createInvoiceVia(
      app,
      await invoiceToken(app),
      invoiceBody({ invoice_id: '313131313131', expire_period: '1d' }),
    );
    app.clock.advance(86_400_000);
    const html = await (await app.request('/_sandbox')).text();
    expect(html).toContain('<section id="invoices"');
    expect(html).toContain('313131313131');
    expect(html).toContain(`href="/redirect/invoice-link/${invoice.id}"`);
    expect(html).toMatch(/EXPIRED/);
  });
});
