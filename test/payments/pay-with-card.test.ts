import { describe, expect, it } from 'vitest';
import { type CardPaymentRequest, payWithCard } from '../../server/core/index.js';
import { createTestApp } from '../support/http.js';
import { CARDS, getWith, postWith, statusToken, TERMINALS } from '../support/transfers.js';

type App = ReturnType<typeof createTestApp>;

function request(extra: Partial<CardPaymentRequest> = {}): CardPaymentRequest {
  return {
    clientId: 'test',
    terminalId: TERMINALS.main,
    invoiceId: '910001',
    amount: 250,
    currency: 'KZT',
    card: {
      type: 'pan',
      pan: CARDS.master.pan,
      expiry: { month: '01', year: '25' },
      cvc: '525',
      name: 'Aida',
    },
    postLink: 'http://127.0.0.1:9/ok',
    failurePostLink: 'http://127.0.0.1:9/fail',
    ...extra,
  };
}

async function statusOf(app: App, invoiceId: string) {
  const res = await getWith(app, await statusToken(app), `/check-status/payment/transaction/${invoiceId}`);
  return res.json();
}

describe('payWithCard (the card payment the hosted page makes)', () => {
  it('charges an unlocked test card: a CHARGE payment seen by check-status, and a postLink callback', async () => {
    const app = createTestApp({ callbackSender: async () => ({ status: 200 }) });
    const result = await payWithCard(app.sandbox, request());
    expect(result.approved).toBe(true);
    const status = await statusOf(app, '910001');
    expect(status).toMatchObject({
      resultCode: '100',
      transaction: {
        statusName: 'CHARGE',
        amount: 250,
        cardMask: '552204...6736',
        cardType: 'MasterCard',
        name: 'Aida',
      },
    });
    expect(app.sandbox.callbacks.list({ invoiceId: '910001' }).map((d) => d.kind)).toEqual(['postLink']);
  });

  it('authorises only with capture: false, so the payment can be charged later through the API', async () => {
    const app = createTestApp();
    const result = await payWithCard(app.sandbox, request({ capture: false }));
    expect(result.payment?.status).toBe('AUTH');
    const res = await postWith(app, await statusToken(app), `/operation/${result.payment?.id}/charge`);
    expect(res.status).toBe(200);
    expect((await statusOf(app, '910001')).transaction.statusName).toBe('CHARGE');
  });

  it('records a declined card as REJECT, answers 101 on status and calls failurePostLink', async () => {
    const app = createTestApp();
    const locked = {
      type: 'pan' as const,
      pan: CARDS.visaLocked.pan,
      expiry: { month: '09', year: '20' },
      cvc: '170',
    };
    const result = await payWithCard(app.sandbox, request({ card: locked }));
    expect(result.approved).toBe(false);
    expect(result.approved ? undefined : result.decline.code).toBe(465);
    expect(result.payment?.status).toBe('REJECT');
    expect((await statusOf(app, '910001')).resultCode).toBe('101');
    expect(app.sandbox.callbacks.list({ invoiceId: '910001' })[0]?.kind).toBe('failurePostLink');
  });

  it('records nothing for a terminal of another merchant (487)', async () => {
    const app = createTestApp();
    const result = await payWithCard(app.sandbox, request({ terminalId: TERMINALS.otherMerchant }));
    expect(result.approved ? 0 : result.decline.code).toBe(487);
    expect(result.payment).toBeUndefined();
    expect(Object.keys(app.sandbox.store.state.payments)).toHaveLength(0);
  });

  it('refuses a second payment of a paid invoice id (9203) and saves the card on request', async () => {
    const app = createTestApp();
    const first = await payWithCard(app.sandbox, request({ save: true, accountId: 'client-7' }));
    expect(first.payment?.cardId).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.sandbox.savedCards.list('test', 'client-7').map((c) => c.cardMask)).toEqual(['552204...6736']);
    const second = await payWithCard(app.sandbox, request());
    expect(second.approved ? 0 : second.decline.code).toBe(9203);
  });
});
