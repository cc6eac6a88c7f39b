import { describe, expect, it } from 'vitest';
import { InvoiceLinkRecord, validate } from '../../contracts/index.js';
import { createTestApp } from '../support/http.js';
import {
  createInvoiceVia,
  invoicePaymentStatus,
  invoiceToken,
  postCardForm,
  searchBody,
  sendJson,
} from '../support/invoices.js';
import { CARDS } from '../support/transfers.js';

const pathOf = (url: string) => new URL(url).pathname;

describe('PUT /deactivate/invoice-links/:invoicelinkid', () => {
  it('makes an active link unpayable: DEACTIVATED, updated_date set, the page takes no payment', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const invoice = await createInvoiceVia(app, token);
    app.clock.advance(60_000);
    const res = await sendJson(app, token, 'PUT', `/api/deactivate/invoice-links/${invoice.id}`);
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(validate(InvoiceLinkRecord, body).ok).toBe(true);
    expect(body).toMatchObject({
      id: invoice.id,
      status: 'DEACTIVATED',
      updated_date: '2026-11-27T15:01:00.000000+05:00',
    });
    const page = await app.request(pathOf(invoice.invoice_url));
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('9322');
    expect(html).not.toContain('<form');
    const paid = await postCardForm(app, pathOf(invoice.invoice_url), {
      pan: CARDS.visa.pan,
      expiry: '01/25',
      cvc: CARDS.visa.cvc,
    });
    expect(paid.status).toBe(410);
    expect([...app.sandbox.payments.all()].filter((p) => p.invoiceId === invoice.invoice_id)).toEqual([]);
  });

  it('leaves a paid link and its payment as they are', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const invoice = await createInvoiceVia(app, token);
    await postCardForm(app, pathOf(invoice.invoice_url), {
      pan: CARDS.visa.pan,
      expiry: '01/25',
      cvc: CARDS.visa.cvc,
    });
    const res = await sendJson(app, token, 'PUT', `/deactivate/invoice-links/${invoice.id}`);
    expect(((await res.json()) as { status: string }).status).toBe('CHARGED');
    const status = await invoicePaymentStatus(app, invoice.invoice_id);
    expect(status.transaction?.statusName).toBe('CHARGE');
    const again = await sendJson(app, token, 'POST', '/invoice-links', searchBody(invoice.invoice_id));
    expect(((await again.json()) as { Records: { status: string }[] }).Records[0]?.status).toBe('CHARGED');
  });

  it("answers 9320 for an unknown id and for another merchant's link, and is idempotent", async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const invoice = await createInvoiceVia(app, token);
    const unknown = await sendJson(
      app,
      token,
      'PUT',
      '/deactivate/invoice-links/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 9320 });
    const foreign = await sendJson(
      app,
      await invoiceToken(app, 'test'),
      'PUT',
      `/deactivate/invoice-links/${invoice.id}`,
    );
    expect(await foreign.json()).toMatchObject({ code: 9320 });
    await sendJson(app, token, 'PUT', `/deactivate/invoice-links/${invoice.id}`);
    const second = await sendJson(app, token, 'PUT', `/deactivate/invoice-links/${invoice.id}`);
    expect(second.status).toBe(200);
    expect(((await second.json()) as { status: string }).status).toBe('DEACTIVATED');
  });
});
