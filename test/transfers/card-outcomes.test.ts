import { describe, expect, it } from 'vitest';
import { TransferError, TransferResponse, validate } from '../../contracts/index.js';
import {
  DEFAULT_CARD_CONFIG,
  DEFAULT_SANDBOX_CONFIG,
  DEFAULT_TRANSFER_CONFIG,
} from '../../server/core/index.js';
import { send } from '../support/controls.js';
import { createTestApp } from '../support/http.js';
import { CARDS, postTransfer, TERMINALS, transferBody, transferToken } from '../support/transfers.js';

type App = ReturnType<typeof createTestApp>;

async function transfer(app: App, body: Record<string, unknown>) {
  const res = await postTransfer(app, await transferToken(app), body);
  return { status: res.status, body: await res.json(), reason: res.headers.get('x-sandbox-reason') };
}

describe('test cards of 004', () => {
  it.each([
    ['4405639704015096 (VISA, unlock)', CARDS.visa, 'VISA', '440563...5096'],
    ['5522042705066736 (MasterCard, unlock)', CARDS.master, 'MasterCard', '552204...6736'],
  ])('transfers from %s with its expiry and CVC', async (_name, card, scheme, mask) => {
    const result = await transfer(createTestApp(), transferBody({ card }));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ senderCardType: scheme, senderCardPAN: mask, status: 'CHARGE' });
  });

  it.each([
    ['377514500004820 (AMEX)', CARDS.amexLocked],
    ['4003032704547597 (VISA 09/20)', CARDS.visaLocked],
    ['5578342710750560 (MasterCard 09/20)', CARDS.masterLocked],
  ])('declines the locked card %s with 465 Card restricted', async (_name, card) => {
    const result = await transfer(createTestApp(), transferBody({ card }));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      code: 465,
      message: 'Card restricted',
      invoiceId: '8161284658529816',
    });
    expect(result.reason).toMatch(/locked/);
  });
});

describe('card declines', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    [
      'a wrong expiry month',
      transferBody({ sender: { expire: { month: '02', year: '25' } } }),
      457,
      'Wrong expiry date',
    ],
    [
      'a malformed expiry',
      transferBody({ sender: { expire: { month: '13', year: '25' } } }),
      457,
      'Wrong expiry date',
    ],
    ['a wrong CVC', transferBody({ sender: { cvc: '816' } }), 466, 'Declined'],
    [
      'an unknown, Luhn-valid PAN',
      transferBody({ sender: { cardCred: '4111111111111111' } }),
      471,
      'No such card',
    ],
    [
      'a PAN failing the Luhn check',
      transferBody({ sender: { cardCred: '4405639704015097' } }),
      459,
      'Check card number',
    ],
    ['a PAN of 11 digits', transferBody({ sender: { cardCred: '44056397040' } }), 459, 'Check card number'],
    ['an amount of 0', transferBody({ order: { amount: 0 } }), 470, 'Invalid amount'],
    ['a negative amount', transferBody({ order: { amount: -5 } }), 470, 'Invalid amount'],
    ['an amount with 3 decimals', transferBody({ order: { amount: 10.005 } }), 470, 'Invalid amount'],
    [
      'an amount above the available funds',
      transferBody({ order: { amount: 1_000_000.01 } }),
      484,
      'Insufficient funds',
    ],
    [
      'a saved card id that does not exist',
      transferBody({ receiver: { cardCred: 'aaaaaaaa-0000-0000-0000-000000000000' } }),
      472,
      'No such card',
    ],
    [
      'a saved card of another account',
      transferBody({ order: { accountID: 'someoneElse' } }),
      472,
      'No such card',
    ],
    [
      'a locked receiver card',
      transferBody({ receiver: { transferType: 'TYPEPAN', cardCred: CARDS.visaLocked.pan } }),
      479,
      'Restricted card',
    ],
    [
      'a receiver PAN failing the Luhn check',
      transferBody({ receiver: { transferType: 'TYPEPAN', cardCred: '5522042705066737' } }),
      459,
      'Check card number',
    ],
  ];

  it.each(cases)(
    'declines %s with its code, records it and answers 004 error shape',
    async (_name, body, code, message) => {
      const app = createTestApp();
      const result = await transfer(app, body);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ code, message, reference: '' });
      expect(result.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(validate(TransferError, result.body).ok).toBe(true);
      expect(result.reason).toBeTruthy();
      const record = app.sandbox.transfers.get(result.body.id);
      expect(record).toMatchObject({
        status: 'error',
        operationStatus: 'REJECT',
        code: String(code),
        reasonCode: code,
      });
    },
  );

  it('lets any Luhn-valid card of a known scheme receive', async () => {
    const result = await transfer(
      createTestApp(),
      transferBody({ receiver: { transferType: 'TYPEPAN', cardCred: '4111111111111111' } }),
    );
    expect(result.status).toBe(200);
    expect(result.body.receiverCardPAN).toBe('411111...1111');
  });
});

describe('order refusals', () => {
  it("refuses a terminal of another merchant with 004's own error: 487 ' Not permitted to merchant'", async () => {
    const app = createTestApp();
    const result = await transfer(app, transferBody({ order: { terminalId: TERMINALS.otherMerchant } }));
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      code: 487,
      message: ' Not permitted to merchant',
      invoiceId: '8161284658529816',
      id: '',
      reference: '',
      accountId: 'testUser1',
    });
    expect(result.reason).toMatch(/belongs to another merchant/);
    expect(Object.keys(app.sandbox.store.state.transfers)).toHaveLength(0);
  });

  it('refuses an unknown terminal with 487', async () => {
    const result = await transfer(
      createTestApp(),
      transferBody({ order: { terminalId: '00000000-0000-0000-0000-000000000000' } }),
    );
    expect(result.body.code).toBe(487);
    expect(result.reason).toMatch(/unknown/);
  });

  it('refuses a currency the terminal does not accept with 9202', async () => {
    const result = await transfer(createTestApp(), transferBody({ order: { currency: 'USD' } }));
    expect(result.body.code).toBe(9202);
    expect(result.body.message).toMatch(/accepts KZT, not 'USD'/);
  });

  it('accepts a currency the terminal lists (USD on 67e34d63-...)', async () => {
    const result = await transfer(
      createTestApp(),
      transferBody({ order: { currency: 'USD', terminalId: TERMINALS.main } }),
    );
    expect(result.status).toBe(200);
    expect(result.body.currency).toBe('USD');
  });

  it('refuses an order id that an approved transfer already has with 9203', async () => {
    const app = createTestApp();
    expect((await transfer(app, transferBody())).status).toBe(200);
    const again = await transfer(app, transferBody());
    expect(again.body.code).toBe(9203);
  });

  it('allows retrying an order id whose transfer was declined', async () => {
    const app = createTestApp();
    expect((await transfer(app, transferBody({ sender: { cvc: '000' } }))).body.code).toBe(466);
    expect((await transfer(app, transferBody())).status).toBe(200);
  });

  it("with orderIdUniqueness 'last6', refuses an order id sharing the last 6 digits of an approved one", async () => {
    const app = createTestApp({
      config: {
        ...DEFAULT_SANDBOX_CONFIG,
        transfers: { ...DEFAULT_TRANSFER_CONFIG, orderIdUniqueness: 'last6' },
      },
    });
    expect((await transfer(app, transferBody({ order: { id: '1000123456' } }))).status).toBe(200);
    expect((await transfer(app, transferBody({ order: { id: '2000123456' } }))).body.code).toBe(9203);
    expect((await transfer(createTestApp(), transferBody({ order: { id: '2000123456' } }))).status).toBe(200);
  });

  it('keeps merchants apart: the same order id is free for another merchant', async () => {
    const app = createTestApp();
    expect((await transfer(app, transferBody())).status).toBe(200);
    expect(app.sandbox.search.transfersByInvoice('halykfinanceUSD', '8161284658529816')).toEqual([]);
  });
});

describe('expiry policy', () => {
  const clockPolicy = {
    ...DEFAULT_SANDBOX_CONFIG,
    cards: { ...DEFAULT_CARD_CONFIG, expiryPolicy: 'clock' as const },
  };

  it('accepts the printed 01/25 expiry by default although the sandbox clock is in 2026', async () => {
    const app = createTestApp();
    expect(app.sandbox.clock.now().getUTCFullYear()).toBe(2026);
    expect((await transfer(app, transferBody())).status).toBe(200);
  });

  it("declines with 478 Expired card under the 'clock' policy once the clock is past the expiry", async () => {
    const result = await transfer(createTestApp({ config: clockPolicy }), transferBody());
    expect(result.body).toMatchObject({ code: 478, message: 'Expired card' });
  });

  it("accepts the card under the 'clock' policy while the clock is within its expiry month", async () => {
    const app = createTestApp({ config: clockPolicy });
    app.clock.set(new Date('2025-01-31T12:00:00Z'));
    expect((await transfer(app, transferBody())).status).toBe(200);
  });
});

describe('forced success (X-Sandbox-Outcome: success, or a scenario)', () => {
  async function forcedTransfer(app: App, body: Record<string, unknown>) {
    const token = await transferToken(app);
    const res = await app.request('/payments/cards/auth', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-sandbox-outcome': 'success',
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  it.each([
    ['a locked card', transferBody({ card: CARDS.visaLocked })],
    ['a wrong CVC', transferBody({ sender: { cvc: '816' } })],
    ['a wrong expiry', transferBody({ sender: { expire: { month: '02', year: '25' } } })],
    ['an amount over the available funds', transferBody({ order: { amount: 10_000_000_000 } })],
  ])('approves %s and records the transfer as CHARGE', async (_name, body) => {
    const app = createTestApp();
    const result = await forcedTransfer(app, body);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'CHARGE', orderID: '8161284658529816' });
    expect(validate(TransferResponse, result.body).ok).toBe(true);
    const stored = app.sandbox.search.transfersByInvoice('test', '8161284658529816');
    expect(stored.map((t) => t.operationStatus)).toEqual(['CHARGE']);
  });

  it('still refuses a PAN that fails the Luhn check and an amount of 0', async () => {
    const app = createTestApp();
    const luhn = await forcedTransfer(app, transferBody({ sender: { cardCred: '4405639704015097' } }));
    expect(luhn.body).toMatchObject({ code: 459 });
    const zero = await forcedTransfer(app, transferBody({ order: { amount: 0 } }));
    expect(zero.body).toMatchObject({ code: 470 });
  });

  it('approves a locked card through a scenario, for its one call only', async () => {
    const app = createTestApp();
    const created = await send(app, 'POST', '/_sandbox/scenarios', {
      endpoint: 'transfer',
      outcome: { kind: 'success' },
    });
    expect(created.status).toBe(201);
    const body = transferBody({ card: CARDS.masterLocked });
    expect((await transfer(app, body)).body).toMatchObject({ status: 'CHARGE' });
    expect(
      (await transfer(app, { ...body, order: { ...(body.order as object), id: '000000002' } })).body,
    ).toMatchObject({
      code: 465,
    });
  });
});
