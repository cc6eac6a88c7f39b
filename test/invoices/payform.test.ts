import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createTestApp, TEST_MERCHANT } from '../support/http.js';
import { capturingSender, encodeParams, postCardForm, widgetToken } from '../support/invoices.js';
import { CARDS } from '../support/transfers.js';

const visa = { pan: CARDS.visa.pan, expiry: '01/25', cvc: CARDS.visa.cvc, name: 'Arman' };

async function setup(order: Record<string, string> = {}) {
  const capture = capturingSender();
  const app = createTestApp({ callbackSender: capture.sender });
  const binding = {
    invoiceID: '880000001',
    amount: '250',
    currency: 'KZT',
    terminal: TEST_MERCHANT.terminal,
    ...order,
  };
  const auth = await widgetToken(app, binding);
  const paymentObject = {
    invoiceId: '880000001',
    backLink: 'http://127.0.0.1:9/shop/ok',
    failureBackLink: 'http://127.0.0.1:9/shop/fail',
    postLink: 'http://127.0.0.1:9/epay/post',
    failurePostLink: 'http://127.0.0.1:9/epay/fail',
    language: 'RU',
    description: 'Оплата в интернет магазине',
    accountId: 'testuser1',
    terminal: TEST_MERCHANT.terminal,
    amount: 250,
    currency: 'KZT',
    phone: '77777777777',
    email: 'example@example.com',
    cardSave: false,
    auth,
  };
  return { app, auth, paymentObject, sent: capture.sent };
}

const plain = (object: unknown) => encodeURIComponent(encodeParams(object));
const bank = (object: unknown) => LZString.compressToEncodedURIComponent(encodeParams(object));

describe('the payment form of halyk.pay and the widget (/payform/)', () => {
  it('serves payment-api.js defining halyk.pay and halyk.showPaymentWidget', async () => {
    const app = createTestApp();
    const res = await app.request('/payform/payment-api.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    const script = await res.text();
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('halyk.pay = pay');
    expect(script).toContain('halyk.showPaymentWidget = showPaymentWidget');
  });

  it("opens the card form from the bank's lz-string params and from the sandbox script's plain ones", async () => {
    const { app, paymentObject } = await setup();
    for (const params of [bank(paymentObject), plain(paymentObject)]) {
      const res = await app.request(`/payform/?params=${params}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Оплата в интернет магазине');
      expect(html).toContain('250,00 KZT');
      expect(html).toContain('<label for="pan">Номер карты</label>');
    }
  });

  it('pays, sends the payer to backLink, spends the token and echoes secret_hash in the callback', async () => {
    const { app, paymentObject, sent } = await setup({ secret_hash: 'shop-secret-42' });
    const res = await postCardForm(app, '/payform/', {
      ...visa,
      params: encodeParams(paymentObject),
      isShortForm: 'false',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://127.0.0.1:9/shop/ok');
    await app.sandbox.callbacks.settled();
    expect(sent.map((r) => r.url)).toEqual(['http://127.0.0.1:9/epay/post']);
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({
      invoiceId: '880000001',
      accountId: 'testuser1',
      secret_hash: 'shop-secret-42',
      code: 'ok',
    });
    const reopened = await app.request(`/payform/?params=${plain(paymentObject)}`);
    expect(reopened.status).toBe(401);
    expect(await reopened.text()).toContain('already used');
  });

  it('keeps the token after a decline so that the payer can try another card', async () => {
    const { app, paymentObject } = await setup();
    const fields = { params: encodeParams(paymentObject), isShortForm: 'false' };
    const declined = await postCardForm(app, '/payform/', { ...fields, ...visa, cvc: '000' });
    const html = await declined.text();
    expect(html).toContain('Код 466');
    expect(html).toContain('/payform/?params=');
    expect((await postCardForm(app, '/payform/', { ...fields, ...visa })).status).toBe(303);
  });

  it('posts {success} to the merchant page instead of redirecting inside the widget', async () => {
    const { app, paymentObject } = await setup();
    const res = await postCardForm(app, '/payform/', {
      ...visa,
      params: encodeParams(paymentObject),
      isShortForm: 'true',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("parent.postMessage(JSON.stringify({ success: true }), '*')");
    expect(html).toContain('id="widget-close"');
  });

  it.each([
    ['a token bound to another amount', { amount: '300' }, {}, 400, '9341'],
    ['a token bound to another invoiceID', { invoiceID: '880000002' }, {}, 400, '9341'],
    [
      'a token bound to another terminal',
      { terminal: 'c36b282f-6819-4d4f-85df-a4bdc8a8f703' },
      {},
      400,
      '9341',
    ],
    ['a token bound to no order', { invoiceID: '', amount: '' }, {}, 400, '9341'],
    ['an unknown token', {}, { auth: { access_token: 'NOPE' } }, 401, '9010'],
    ['no auth', {}, { auth: undefined }, 400, '9340'],
    ['no invoiceId', {}, { invoiceId: undefined }, 400, '9340'],
  ])('refuses %s with a clear page and no form', async (_what, order, change, status, code) => {
    const { app, paymentObject } = await setup(
      Object.fromEntries(Object.entries(order).filter(([, v]) => v !== '')),
    );
    const unbound = (order as Record<string, string>).invoiceID === '';
    const base = unbound ? await widgetToken(app, {}) : undefined;
    const object = { ...paymentObject, ...(base ? { auth: base } : {}), ...change };
    const res = await app.request(`/payform/?params=${plain(object)}`);
    expect(res.status).toBe(status);
    const html = await res.text();
    expect(html).toContain(code);
    expect(html).not.toContain('<form');
  });

  it('refuses params that are neither lz-string nor name=value text', async () => {
    const app = createTestApp();
    const res = await app.request('/payform/?params=%25%25%25');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('9340');
    expect((await app.request('/payform/')).status).toBe(400);
  });
});
