import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { TransferError, TransferResponse, validate } from '../../contracts/index.js';
import { clientCredentials, createTestApp, getToken } from '../support/http.js';
import {
  CARDS,
  postTransfer,
  SAVED_CARD_ID,
  TERMINALS,
  transferBody,
  transferToken,
} from '../support/transfers.js';

const example = JSON_EXAMPLES.find((e) => e.id === 'transfer-request');
const exampleResponse = JSON_EXAMPLES.find((e) => e.id === 'transfer-response');
const exampleError = JSON_EXAMPLES.find((e) => e.id === 'transfer-error');

/** 004's body example as its own token would bind it. */
const EXAMPLE_BINDING = {
  invoiceID: '8161284658529816',
  amount: '100',
  currency: 'KZT',
  terminal: TERMINALS.bodyExample,
  postLink: 'https://epay.homebank.kz/payform',
  failurePostLink: 'https://testmerchant/order/1123/fail',
};

describe('POST /payments/cards/auth: the document example', () => {
  it.each([
    ['/api/payments/cards/auth', 'a token bound to its own order'],
    ['/payments/cards/auth', 'an unbound token'],
  ])('succeeds as written on %s with %s', async (path, kind) => {
    const app = createTestApp();
    const token = await transferToken(app, kind.startsWith('a token bound') ? EXAMPLE_BINDING : {});
    const res = await postTransfer(app, token, example?.raw, path);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(res.headers.get('x-sandbox-warning')).toMatch(/trailing commas/);
    const checked = validate(TransferResponse, body);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(body).toMatchObject({
      amount: 100,
      accountID: 'testUser1',
      currency: 'KZT',
      email: 'dosbols@halykbank.kz',
      description: 'Test p2p payment',
      orderID: '8161284658529816',
      senderCardPAN: '440563...5096',
      senderCardType: 'VISA',
      senderTransferType: 'TYPEPAN',
      receiverCardID: SAVED_CARD_ID,
      receiverCardPAN: '440563...7622',
      receiverCardType: 'VISA',
      receiverTransferType: 'TYPECARDID',
      terminalID: TERMINALS.bodyExample,
      status: 'CHARGE',
    });
    expect(body.reference).toMatch(/^\d{12}$/);
    expect(body.intReference).toMatch(/^[0-9A-F]{16}$/);
    expect(body.senderCardID).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers with the same fields, in the same order, as the success example of 004', async () => {
    const app = createTestApp();
    const res = await postTransfer(app, await transferToken(app), example?.raw);
    expect(Object.keys(await res.json())).toEqual(Object.keys(exampleJson(exampleResponse!) as object));
  });

  it("refuses 004's body with 004's token example: they are separate examples (other invoiceID and terminal)", async () => {
    const app = createTestApp();
    const token = await getToken(app, {
      ...clientCredentials({ scope: 'transfer' }),
      invoiceID: '000000001',
      amount: '100',
      currency: 'KZT',
      terminal: TERMINALS.tokenExample,
    });
    const res = await postTransfer(app, token, example?.raw);
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.code).toBe(9201);
    expect(body.message).toMatch(/invoiceID is "000000001" in the token/);
    expect(body.message).toMatch(/terminal is "c36b282f/);
  });

  it('validates the documented response examples against the contracts', () => {
    const ok = validate(TransferResponse, exampleJson(exampleResponse!));
    const error = validate(TransferError, exampleJson(exampleError!));
    expect([ok.ok, error.ok]).toEqual([true, true]);
  });
});

describe('POST /payments/cards/auth: token binding', () => {
  it.each([
    ['invoiceID', { invoiceID: '000000002' }],
    ['amount', { amount: '99.99' }],
    ['currency', { currency: 'USD' }],
    ['terminal', { terminal: TERMINALS.main }],
    ['postLink', { postLink: 'https://merchant.example/ok' }],
    ['failurePostLink', { failurePostLink: 'https://merchant.example/fail' }],
  ])(
    'refuses an order whose %s differs from the token with 9201 and keeps the token usable',
    async (field, bound) => {
      const app = createTestApp();
      const token = await transferToken(app, bound);
      const body = transferBody({
        order: {
          postLink: 'https://merchant.example/other',
          failurePostLink: 'https://merchant.example/other-fail',
        },
      });
      const res = await postTransfer(app, token, body);
      const answer = await res.json();
      expect(res.status).toBe(400);
      expect(answer).toEqual({
        code: 9201,
        message: expect.stringContaining(`${field} is`),
        invoiceId: '8161284658529816',
        id: '',
        reference: '',
        accountId: 'testUser1',
      });
      expect(validate(TransferError, answer).ok).toBe(true);
      expect(app.sandbox.store.state.tokens[token]?.usedAt).toBeUndefined();
      expect(Object.keys(app.sandbox.store.state.transfers)).toHaveLength(0);
    },
  );

  it('lets fields not bound at token time be anything', async () => {
    const app = createTestApp();
    const token = await transferToken(app, { invoiceID: '000777' });
    const res = await postTransfer(
      app,
      token,
      transferBody({ order: { id: '000777', amount: 12.5, terminalId: TERMINALS.main } }),
    );
    expect(res.status).toBe(200);
  });

  it('takes a token for one operation only: the second use is refused with 401', async () => {
    const app = createTestApp();
    const token = await transferToken(app);
    expect((await postTransfer(app, token, transferBody({ order: { id: '100001' } }))).status).toBe(200);
    const again = await postTransfer(app, token, transferBody({ order: { id: '100002' } }));
    expect(again.status).toBe(401);
    expect((await again.json()).message).toMatch(/already used/);
  });

  it('spends the token on a declined card too', async () => {
    const app = createTestApp();
    const token = await transferToken(app);
    expect((await postTransfer(app, token, transferBody({ card: CARDS.amexLocked }))).status).toBe(400);
    expect((await postTransfer(app, token, transferBody())).status).toBe(401);
  });

  it('refuses a token without the transfer scope with 403', async () => {
    const app = createTestApp();
    const token = await getToken(app, clientCredentials({ scope: 'payment' }));
    const res = await postTransfer(app, token, transferBody());
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe(9011);
  });
});

describe('POST /payments/cards/auth: bodies it cannot use', () => {
  it('answers an unparseable body with 9001 in the transfer error shape', async () => {
    const app = createTestApp();
    const res = await postTransfer(app, await transferToken(app), '{"order": ');
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body).toMatchObject({ code: 9001, invoiceId: '', id: '', reference: '', accountId: '' });
    expect(validate(TransferError, body).ok).toBe(true);
  });

  it('answers a body missing a field with 9002 naming it, echoing the order id', async () => {
    const app = createTestApp();
    const body = transferBody();
    delete (body.order as Record<string, unknown>).terminalId;
    const res = await postTransfer(app, await transferToken(app), body);
    const answer = await res.json();
    expect(res.status).toBe(400);
    expect(answer.code).toBe(9002);
    expect(answer.message).toMatch(/order\.terminalId' is required/);
    expect(answer.invoiceId).toBe('8161284658529816');
  });

  it('answers a TYPEPAN sender without cvc or expire with 9002', async () => {
    const app = createTestApp();
    const res = await postTransfer(app, await transferToken(app), transferBody({ sender: { cvc: '' } }));
    expect((await res.json()).code).toBe(9002);
  });

  it('requires accountID to save a card (004: "required when saving the card")', async () => {
    const app = createTestApp();
    const res = await postTransfer(
      app,
      await transferToken(app),
      transferBody({
        order: { accountID: undefined },
        sender: { save: true },
        receiver: { transferType: 'TYPEPAN', cardCred: CARDS.master.pan },
      }),
    );
    const body = await res.json();
    expect(body.code).toBe(9002);
    expect(body.message).toMatch(/accountID is required/);
  });

  it('ignores unknown fields and says so in X-Sandbox-Warning', async () => {
    const app = createTestApp();
    const res = await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { colour: 'blue' } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sandbox-warning')).toMatch(/order\.colour/);
  });

  it('keeps both warnings when a body has a trailing comma and an unknown field', async () => {
    const app = createTestApp();
    const text = JSON.stringify(transferBody({ order: { colour: 'blue' } })).replace(/}$/, ',}');
    const res = await postTransfer(app, await transferToken(app), text);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sandbox-warning')).toMatch(/trailing commas.*order\.colour/);
  });

  it("accepts 004's field-table spelling accountId as well as accountID", async () => {
    const app = createTestApp();
    const res = await postTransfer(
      app,
      await transferToken(app),
      transferBody({ order: { accountID: undefined, accountId: 'testUser1' } }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).accountID).toBe('testUser1');
  });
});

describe('POST /payments/cards/auth: saved cards', () => {
  it('saves the sender card with save: true, and the id works as a TYPECARDID sender later', async () => {
    const app = createTestApp();
    const first = await postTransfer(app, await transferToken(app), transferBody({ sender: { save: true } }));
    const saved = (await first.json()).senderCardID as string;
    expect(app.sandbox.store.state.savedCards[saved]).toMatchObject({
      clientId: 'test',
      accountId: 'testUser1',
      cardMask: '440563...5096',
      expiry: '01/25',
    });
    const second = await postTransfer(
      app,
      await transferToken(app),
      transferBody({
        order: { id: '200001' },
        sender: {
          transferType: 'TYPECARDID',
          cardCred: saved,
          cvc: undefined,
          expire: undefined,
          name: undefined,
        },
        receiver: { transferType: 'TYPEPAN', cardCred: CARDS.master.pan },
      }),
    );
    const body = await second.json();
    expect(second.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      senderCardID: saved,
      senderCardPAN: '440563...5096',
      senderTransferType: 'TYPECARDID',
      receiverCardPAN: '552204...6736',
      receiverCardType: 'MasterCard',
      receiverTransferType: 'TYPEPAN',
      receiverCardID: '',
    });
  });

  it('gives the same card id when the same card is saved twice for one account', async () => {
    const app = createTestApp();
    const ids: string[] = [];
    for (const id of ['300001', '300002']) {
      const res = await postTransfer(
        app,
        await transferToken(app),
        transferBody({ order: { id }, sender: { save: true } }),
      );
      ids.push((await res.json()).senderCardID);
    }
    expect(ids[0]).toBe(ids[1]);
  });

  it('answers an empty senderCardID when the card is not saved', async () => {
    const app = createTestApp();
    const res = await postTransfer(app, await transferToken(app), transferBody());
    expect((await res.json()).senderCardID).toBe('');
    expect(Object.keys(app.sandbox.store.state.savedCards)).toHaveLength(0);
  });
});

describe('POST /payments/cards/auth: what it records', () => {
  it('saves the transfer in the ledger, masked, so search and status see it', async () => {
    const app = createTestApp();
    const res = await postTransfer(app, await transferToken(app), transferBody({ order: { id: '400001' } }));
    const { id } = await res.json();
    const record = app.sandbox.transfers.get(id);
    expect(record).toMatchObject({
      clientId: 'test',
      invoiceId: '400001',
      senderCardMask: '440563...5096',
      status: 'ok',
      operationStatus: 'CHARGE',
      code: '00',
      origin: 'api',
    });
    expect(JSON.stringify(app.sandbox.store.state)).not.toMatch(/4405639704015096|"815"/);
  });
});
