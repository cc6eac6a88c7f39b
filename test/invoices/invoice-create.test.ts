import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { InvoiceCreateResponse, validate } from '../../contracts/index.js';
import { DEFAULT_INVOICE_CONFIG, DEFAULT_SANDBOX_CONFIG } from '../../server/core/index.js';
import { createTestApp, INVOICE_MERCHANT } from '../support/http.js';
import { createInvoiceVia, invoiceBody, invoiceToken, sendJson } from '../support/invoices.js';

const example = () =>
  exampleJson(JSON_EXAMPLES.find((e) => e.id === 'invoice-create-request') ?? JSON_EXAMPLES[0]!) as Record<
    string,
    unknown
  >;

async function refusal(body: Record<string, unknown>, app = createTestApp()) {
  const res = await sendJson(app, await invoiceToken(app), 'POST', '/invoice', body);
  return { status: res.status, body: (await res.json()) as { code: number; message: string } };
}

describe('POST /invoice', () => {
  it("accepts 002's request example as written on both layouts, answering every documented field", async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const older = await createInvoiceVia(app, token, example(), '/api/invoice');
    expect(validate(InvoiceCreateResponse, older).ok).toBe(true);
    expect(older).toMatchObject({
      shop_id: INVOICE_MERCHANT.shopId,
      amount: 100,
      invoice_id: '25458124232312321',
      language: 'rus',
      currency: 'KZT',
      description: 'asdasdasdas',
      account_id: '0003413423',
      recipient_contact: 'EXAMPLE@halykbank.kz',
      recipient_contact_sms: '+777711111111',
      notifier_contact: '',
      notifier_contact_sms: '+777711111111',
      expire_period: '1d',
      post_link: 'https//mail.ru',
      back_link: 'https//mail.ru',
      status: 'ACTIVE',
      updated_date: '0001-01-01T00:00:00Z',
      merchant_id: 'ad638b1d-e515-4b9c-aab3-d3500735f6eb',
      terminal_id: INVOICE_MERCHANT.terminal,
      card_save: false,
      data: '',
    });
    expect(older.created_date).toBe('2026-11-27T15:00:00.000000000+05:00');
    expect(older.expire_date).toBe('2026-11-28T15:00:00.000000000+05:00');
    expect(older.invoice_url).toBe(`http://localhost/api/redirect/invoice-link/${older.id}`);
    const newer = await createInvoiceVia(
      app,
      token,
      { ...example(), invoice_id: '25458124232312322' },
      '/invoice',
    );
    expect(newer.invoice_url).toBe(`http://localhost/redirect/invoice-link/${newer.id}`);
  });

  it('builds invoice_url from the origin the client called, proxy headers included', async () => {
    const app = createTestApp();
    const res = await app.request('http://127.0.0.1:7070/api/invoice', {
      method: 'POST',
      headers: { authorization: `Bearer ${await invoiceToken(app)}`, 'content-type': 'application/json' },
      body: JSON.stringify(invoiceBody()),
    });
    const body = (await res.json()) as { id: string; invoice_url: string };
    expect(body.invoice_url).toBe(`http://127.0.0.1:7070/api/redirect/invoice-link/${body.id}`);
    const proxied = await app.request('/invoice', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await invoiceToken(app)}`,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'testepay.homebank.kz',
      },
      body: JSON.stringify(invoiceBody()),
    });
    const viaProxy = (await proxied.json()) as { id: string; invoice_url: string };
    expect(viaProxy.invoice_url).toBe(`https://testepay.homebank.kz/redirect/invoice-link/${viaProxy.id}`);
  });

  it('repeats recipient_contact_sms as notifier_contact_sms only when no notifier phone is given', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const own = await createInvoiceVia(app, token, invoiceBody({ notifier_contact_sms: '+77015550000' }));
    expect(own.notifier_contact_sms).toBe('+77015550000');
    const absent = invoiceBody();
    delete absent.notifier_contact_sms;
    expect((await createInvoiceVia(app, token, absent)).notifier_contact_sms).toBe('+77771234567');
  });

  it.each([
    ['invoice_id of 5 digits', { invoice_id: '12345' }, 9303],
    ['invoice_id with letters', { invoice_id: 'ORDER-123456' }, 9303],
    ['invoice_id of 21 digits', { invoice_id: '1'.repeat(21) }, 9303],
    ['a zero amount', { amount: 0 }, 9304],
    ['an amount with 3 decimals', { amount: 10.005 }, 9304],
    ["language 'ru'", { language: 'ru' }, 9305],
    ['currency USD', { currency: 'USD' }, 9306],
    ['an empty description', { description: '  ' }, 9307],
    ['a description of 126 characters', { description: 'x'.repeat(126) }, 9307],
    ["expire_period '24h'", { expire_period: '24h' }, 9308],
    ["expire_period '0d'", { expire_period: '0d' }, 9308],
    ["expire_period '366d'", { expire_period: '366d' }, 9308],
    ['a recipient e-mail without @', { recipient_contact: 'payer.example.kz' }, 9309],
    ['a phone in 8XXX form', { recipient_contact_sms: '87771234567' }, 9310],
    ['a short notifier phone', { notifier_contact_sms: '+7777123' }, 9310],
    ['an empty account_id', { account_id: '' }, 9311],
    ['no recipient_contact', { recipient_contact: undefined }, 9311],
  ])('refuses %s with code %i', async (_what, extra, code) => {
    const { status, body } = await refusal(invoiceBody(extra));
    expect(status).toBe(400);
    expect(body.code).toBe(code);
    expect(body.message.length).toBeGreaterThan(10);
  });

  it("accepts a description of exactly 125 characters and 'kaz' / 'ENG' languages", async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    await createInvoiceVia(app, token, invoiceBody({ description: 'ж'.repeat(125), language: 'kaz' }));
    expect((await createInvoiceVia(app, token, invoiceBody({ language: 'ENG' }))).language).toBe('ENG');
  });

  it("accepts what the real host accepts with the 'observed' invoice rules: no contacts, language 'ru'", async () => {
    const app = createTestApp({
      config: { ...DEFAULT_SANDBOX_CONFIG, invoices: { ...DEFAULT_INVOICE_CONFIG, rules: 'observed' } },
    });
    const body = invoiceBody({ language: 'ru', account_id: '', recipient_contact_sms: '' });
    delete body.recipient_contact;
    const created = await createInvoiceVia(app, await invoiceToken(app), body);
    expect(created).toMatchObject({ language: 'ru', recipient_contact: '', notifier_contact_sms: '' });
    expect((await refusal(invoiceBody({ recipient_contact_sms: '123' }), app)).body.code).toBe(9310);
  });

  it('refuses a body without a required field, or of the wrong type, with 9002', async () => {
    const body = invoiceBody();
    delete body.expire_period;
    expect((await refusal(body)).body).toMatchObject({ code: 9002 });
    expect((await refusal(invoiceBody({ amount: '100' }))).body.message).toContain("'amount'");
  });

  it('refuses a shop of another merchant (9301) and a second invoice_id in the same shop (9302)', async () => {
    const app = createTestApp();
    const testToken = await invoiceToken(app, 'test');
    const res = await sendJson(app, testToken, 'POST', '/invoice', invoiceBody());
    expect(await res.json()).toMatchObject({ code: 9301 });
    const token = await invoiceToken(app);
    const first = await createInvoiceVia(app, token, invoiceBody());
    expect((await refusal(invoiceBody({ invoice_id: first.invoice_id }), app)).body.code).toBe(9302);
    const otherShop = await createInvoiceVia(
      app,
      token,
      invoiceBody({ invoice_id: first.invoice_id, shop_id: '4e16cfde-f3e9-49c6-8cf9-2d3f080f739c' }),
    );
    expect(otherShop.terminal_id).toBe(INVOICE_MERCHANT.terminal);
  });

  it('needs a web API or payment token: a transfer token gets 403, none 401', async () => {
    const app = createTestApp();
    const transfer = await invoiceToken(app).then(() =>
      app.request('/oauth2/token', {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: INVOICE_MERCHANT.clientId,
          client_secret: INVOICE_MERCHANT.clientSecret,
          scope: 'transfer',
        }),
      }),
    );
    const { access_token } = (await transfer.json()) as { access_token: string };
    expect((await sendJson(app, access_token, 'POST', '/invoice', invoiceBody())).status).toBe(403);
    expect((await app.request('/invoice', { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('keeps unknown fields out and says so in X-Sandbox-Warning', async () => {
    const app = createTestApp();
    const res = await sendJson(
      app,
      await invoiceToken(app),
      'POST',
      '/invoice',
      invoiceBody({ colour: 'red' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sandbox-warning')).toContain('colour');
  });

  it('never answers 5xx for malformed JSON or odd values, and stores nothing then', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    for (const body of [
      '{',
      '[]',
      'null',
      '{"amount": 1e400}',
      JSON.stringify(invoiceBody({ amount: -1e308 })),
    ]) {
      const res = await sendJson(app, token, 'POST', '/invoice', body);
      expect(res.status, body).toBe(400);
    }
    expect(Object.keys(app.sandbox.store.state.invoices)).toEqual([]);
  });

  it("validates 002's response example against the create contract", () => {
    const response = JSON_EXAMPLES.find((e) => e.id === 'invoice-create-response');
    expect(response).toBeDefined();
    const result = validate(InvoiceCreateResponse, exampleJson(response!));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
