import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../server/node.js';
import { ARTIFACTS_DIR, HAS_CHROMIUM, launchChromium } from '../support/browser.js';
import { INVOICE_MERCHANT, TEST_MERCHANT } from '../support/http.js';
import { webApiTokenFields } from '../support/invoices.js';
import { type MerchantSite, startMerchantSite } from '../support/merchant-site.js';
import { CARDS } from '../support/transfers.js';

let sandbox: RunningSandbox;
let site: MerchantSite;
let browser: Browser;

async function token(
  fields: Record<string, string>,
): Promise<Record<string, unknown> & { access_token: string }> {
  const res = await fetch(`${sandbox.url}/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
  return res.json() as Promise<Record<string, unknown> & { access_token: string }>;
}

const webApiToken = async () => (await token(webApiTokenFields())).access_token;

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await webApiToken()}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json() as Promise<Record<string, unknown>>;
}

async function createInvoice(invoiceId: string): Promise<{ id: string; invoice_url: string }> {
  return (await api('POST', '/api/invoice', {
    shop_id: INVOICE_MERCHANT.shopId,
    account_id: 'client-42',
    invoice_id: invoiceId,
    amount: 2500,
    language: 'eng',
    description: 'Concert ticket, row 5',
    expire_period: '1d',
    recipient_contact: 'payer@example.kz',
    recipient_contact_sms: '+77771234567',
    currency: 'KZT',
    post_link: `${site.url}/epay/post`,
    failure_post_link: `${site.url}/epay/failure`,
    back_link: `${site.url}/shop/ok`,
    failure_back_link: `${site.url}/shop/fail`,
  })) as { id: string; invoice_url: string };
}

async function searchStatus(invoiceId: string): Promise<unknown> {
  const answer = await api('POST', '/invoice-links', {
    paging: { skip: 0, limit: 20 },
    searchParameters: [{ name: 'invoice_id', method: '=', searchParameter: [invoiceId] }],
    orderParameters: { field: 'id', typeOrder: 'DESC' },
  });
  return (answer.Records as { status: string }[])[0]?.status;
}

/** Types the card with the keyboard, field by field, and submits with Enter. */
async function typeCard(page: Page, card: { pan: string; expiry: string; cvc: string }) {
  await page.getByLabel('Card number').focus();
  await page.keyboard.type(card.pan);
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('expiry');
  await page.keyboard.type(card.expiry);
  await page.keyboard.press('Tab');
  await page.keyboard.type(card.cvc);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aida Nurlanovna');
  await page.keyboard.press('Enter');
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS_DIR, name), fullPage: true });

describe.skipIf(!HAS_CHROMIUM)('paying in a real browser (chromium)', () => {
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, inMemory: true });
    site = await startMerchantSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await sandbox?.close();
  });

  it('pays an invoice link with an unlocked card, lands on back_link, and the API and callback see it', async () => {
    const invoice = await createInvoice('600000000001');
    const page = await browser.newPage();
    await page.goto(invoice.invoice_url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Order payment');
    expect(await page.locator('dd.amount').textContent()).toBe('2,500.00 KZT');
    await shot(page, 'invoice-page.png');
    await typeCard(page, { pan: CARDS.visa.pan, expiry: '01/25', cvc: CARDS.visa.cvc });
    await page.waitForURL(`${site.url}/shop/ok`);
    expect(await page.getByRole('heading').textContent()).toBe('Thank you for your order');
    await shot(page, 'invoice-back-link.png');
    expect(await searchStatus('600000000001')).toBe('CHARGED');
    const callback = await site.callbackAt('/epay/post');
    expect(callback.json).toMatchObject({
      invoiceId: '600000000001',
      amount: 2500,
      code: 'ok',
      cardMask: '440563...5096',
    });
    await page.close();
  });

  it('shows the decline of a locked card and returns to failure_back_link', async () => {
    const invoice = await createInvoice('600000000002');
    const page = await browser.newPage();
    await page.goto(`${invoice.invoice_url}?lang=eng`);
    await typeCard(page, { pan: CARDS.masterLocked.pan, expiry: '09/20', cvc: CARDS.masterLocked.cvc });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('Code 465: Card restricted');
    await shot(page, 'invoice-declined.png');
    const callback = await site.callbackAt('/epay/failure');
    expect(callback.json).toMatchObject({ invoiceId: '600000000002', code: 'error', reasonCode: 465 });
    expect(await searchStatus('600000000002')).toBe('ACTIVE');
    await page.getByRole('link', { name: 'Return to the shop' }).click();
    await page.waitForURL(`${site.url}/shop/fail`);
    await page.close();
  });

  it("drives halyk.pay from a merchant page that loads the sandbox's payment-api.js", async () => {
    const auth = await token({
      grant_type: 'client_credentials',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      scope: 'payment',
      invoiceID: '000700001',
      amount: '150',
      currency: 'KZT',
      terminal: TEST_MERCHANT.terminal,
    });
    const paymentObject = {
      invoiceId: '000700001',
      backLink: `${site.url}/shop/ok`,
      failureBackLink: `${site.url}/shop/fail`,
      postLink: `${site.url}/epay/widget-post`,
      failurePostLink: `${site.url}/epay/widget-failure`,
      language: 'RU',
      description: 'Оплата в интернет магазине',
      accountId: 'testuser1',
      terminal: TEST_MERCHANT.terminal,
      amount: 150,
      currency: 'KZT',
      phone: '77777777777',
      email: 'example@example.com',
      cardSave: true,
      auth,
    };
    site.page(
      '/checkout',
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Checkout</title>
<script src="${sandbox.url}/payform/payment-api.js"></script></head>
<body><button id="pay">Оплатить</button>
<script>document.getElementById('pay').onclick = function () { halyk.pay(${JSON.stringify(paymentObject)}); };</script>
</body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${site.url}/checkout`);
    await page.getByRole('button', { name: 'Оплатить' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${sandbox.url}/payform/?params=`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Оплата заказа');
    await shot(page, 'payform-halyk-pay.png');
    await page.getByLabel('Номер карты').fill(CARDS.master.pan);
    await page.getByLabel('Срок действия').fill('01/25');
    await page.getByLabel('CVC/CVV').fill(CARDS.master.cvc);
    await page.getByRole('button', { name: 'Оплатить' }).click();
    await page.waitForURL(`${site.url}/shop/ok`);
    const callback = await site.callbackAt('/epay/widget-post');
    expect(callback.json).toMatchObject({ invoiceId: '000700001', accountId: 'testuser1', code: 'ok' });
    expect(callback.json.cardId).not.toBe('');
    await page.close();
  });

  it('opens the widget in a dialog and reports {success: true} to the callback of showPaymentWidget', async () => {
    const auth = await token({
      grant_type: 'client_credentials',
      client_id: TEST_MERCHANT.clientId,
      client_secret: TEST_MERCHANT.clientSecret,
      scope: 'payment',
      invoiceID: '000700002',
      amount: '99.5',
      currency: 'KZT',
      terminal: TEST_MERCHANT.terminal,
    });
    const paymentObject = {
      invoiceId: '000700002',
      amount: 99.5,
      currency: 'KZT',
      terminal: TEST_MERCHANT.terminal,
      language: 'eng',
      description: 'Widget order',
      auth,
    };
    site.page(
      '/widget',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title>
<script src="${sandbox.url}/payform/payment-api.js"></script></head>
<body><button id="open">Pay by card</button><output id="result"></output>
<script>document.getElementById('open').onclick = function () {
  halyk.showPaymentWidget(${JSON.stringify(paymentObject)}, function (r) { document.getElementById('result').textContent = JSON.stringify(r); });
};</script></body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${site.url}/widget`);
    await page.getByRole('button', { name: 'Pay by card' }).click();
    const frame = page.frameLocator('[data-epay-sandbox-widget] iframe');
    await frame.getByLabel('Card number').fill(CARDS.visa.pan);
    await frame.getByLabel('Expiry date').fill('01/25');
    await frame.getByLabel('CVC/CVV').fill(CARDS.visa.cvc);
    await shot(page, 'widget-dialog.png');
    await frame.getByRole('button', { name: 'Pay', exact: true }).click();
    await expect.poll(() => page.locator('#result').textContent()).toBe('{"success":true}');
    expect(await page.locator('[data-epay-sandbox-widget]').count()).toBe(0);
    await page.close();
  });
});
