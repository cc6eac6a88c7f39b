import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_MERCHANT } from '../support/http.js';
import {
  createInvoiceVia,
  encodeParams,
  invoiceToken,
  postCardForm,
  widgetToken,
} from '../support/invoices.js';
import { CARDS } from '../support/transfers.js';

describe('card data and tokens of the hosted forms in the request journal', () => {
  it('keeps neither the card number, nor the CVC, nor the payment token of a form post', async () => {
    const app = createTestApp();
    const invoice = await createInvoiceVia(app, await invoiceToken(app));
    await postCardForm(app, new URL(invoice.invoice_url).pathname, {
      pan: '4405 6397 0401 5096',
      expiry: '01/25',
      cvc: CARDS.visa.cvc,
    });
    const auth = await widgetToken(app, {
      invoiceID: '880000009',
      amount: '10',
      terminal: TEST_MERCHANT.terminal,
    });
    const params = encodeParams({ invoiceId: '880000009', amount: 10, auth });
    await app.request(`/payform/?params=${encodeURIComponent(params)}`);
    await postCardForm(app, '/payform/', {
      params,
      pan: CARDS.master.pan,
      expiry: '01/25',
      cvc: CARDS.master.cvc,
    });
    const journal = await (await app.request('/_sandbox/requests?limit=100')).text();
    expect(journal).toContain('/payform/');
    expect(journal).toContain('440563...5096');
    for (const secret of ['4405639704015096', '4405 6397 0401 5096', CARDS.master.pan, auth.access_token]) {
      expect(journal).not.toContain(secret);
    }
    expect(journal).not.toMatch(/"cvc":\s*"(815|525)"/);
  });
});
