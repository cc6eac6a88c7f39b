/**
 * `npm run bench:transfers`: in-process cost of the money path (no network), printed by vitest bench.
 * - a transfer (token + POST /payments/cards/auth), approved and declined, memory store;
 * - a transfer with the JSON data file (one durable write per transfer);
 * - check-status by invoice id over a 200 000-payment history (the index is built on first use; its build
 *   time is printed once).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { defaultFixtures } from '../fixtures/index.js';
import {
  createClock,
  createIdSource,
  createInitialState,
  createSandbox,
  type PaymentRecord,
  seededRandomBytes,
} from '../server/core/index.js';
import { createApp, type EpayApp } from '../server/http/create-app.js';
import { openFileStore } from '../server/storage/file-store.js';
import { createMemoryStore } from '../server/storage/index.js';

const SECRET = 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG';
const TERMINAL = '67e34d63-102f-4bd1-898e-370781d0074d';
const noCallbacks = async () => ({ status: 200 });

async function token(app: EpayApp, extra: Record<string, string> = {}): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: 'test',
    client_secret: SECRET,
    scope: 'transfer',
    ...extra,
  });
  const res = await app.request('/oauth2/token', { method: 'POST', body });
  return ((await res.json()) as { access_token: string }).access_token;
}

let order = 1_000_000;
async function transfer(app: EpayApp, cvc = '815'): Promise<number> {
  const body = {
    order: { amount: 100, currency: 'KZT', id: String(order++), accountID: 'u1', terminalId: TERMINAL },
    card: {
      sender: {
        transferType: 'TYPEPAN',
        cvc,
        expire: { month: '01', year: '25' },
        name: 'A',
        cardCred: '4405639704015096',
      },
      receiver: { transferType: 'TYPEPAN', cardCred: '5522042705066736' },
    },
  };
  const res = await app.request('/payments/cards/auth', {
    method: 'POST',
    headers: { authorization: `Bearer ${await token(app)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

function history(count: number): PaymentRecord[] {
  const terminal = defaultFixtures.merchants[0]!.terminals[0]!;
  const base = Date.parse('2024-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i): PaymentRecord => {
    const at = new Date(base + i * 60_000).toISOString();
    return {
      id: `h-${i}`,
      clientId: 'test',
      merchantId: 'm',
      shopId: terminal.shopId,
      terminalId: terminal.id,
      terminalNumber: terminal.number,
      invoiceId: String(100_000_000 + i),
      accountId: '',
      amount: 100,
      orgAmount: 100,
      amountBonus: 0,
      currency: 'KZT',
      chargedAmount: 100,
      refundedAmount: 0,
      payoutAmount: 0,
      payoutDate: null,
      status: 'CHARGE',
      createdDate: at,
      authDate: at,
      confirmDate: at,
      updatedDate: at,
      description: '',
      language: 'RUS',
      data: '',
      payerName: '',
      payerEmail: '',
      payerPhone: '',
      payerIp: '',
      ipCountry: '',
      ipCity: '',
      ipRegion: '',
      ipDistrict: '',
      ipLatitude: 0,
      ipLongitude: 0,
      cardMask: '440563...5096',
      cardType: 'VISA',
      cardExpDate: '01.25',
      cardId: '',
      issuer: '',
      issuerBankCountry: '',
      reference: '000000000000',
      approvalCode: '000000',
      intReference: '0000000000000000',
      reason: 'Successfully',
      reasonCode: '00',
      secure3D: false,
      backLink: '',
      failureBackLink: '',
      postLink: '',
      failurePostLink: '',
      postLinkStatus: false,
      installmentId: '',
      transactionType: 'purchase',
      origin: 'history',
    };
  });
}

const memoryApp = createApp({ callbackSender: noCallbacks });
const fileApp = createApp({
  store: await openFileStore(join(mkdtempSync(join(tmpdir(), 'epay-bench-')), 'data.json'), () =>
    createInitialState(42),
  ),
  callbackSender: noCallbacks,
});

const HISTORY = 200_000;
const generated = history(HISTORY);
const sandbox = createSandbox({
  store: createMemoryStore(createInitialState(42)),
  clock: createClock(),
  ids: createIdSource(seededRandomBytes(1)),
  fixtures: defaultFixtures,
  historyFor: () => ({ payments: generated, transfers: [] }),
  callbackSender: noCallbacks,
});
const statusApp = createApp({ sandbox });
const statusToken = await token(statusApp, { scope: 'payment', terminal: TERMINAL });
const started = performance.now();
const first = await statusApp.request(`/check-status/payment/transaction/100000007`, {
  headers: { authorization: `Bearer ${statusToken}` },
});
console.log(
  `check-status: first lookup over ${HISTORY} history payments (builds the invoice index) took ${(performance.now() - started).toFixed(1)} ms, resultCode ${((await first.json()) as { resultCode: string }).resultCode}`,
);

let lookup = 0;
describe('money path (in-process, no network)', () => {
  bench('token + approved transfer (memory store)', async () => {
    if ((await transfer(memoryApp)) !== 200) throw new Error('transfer failed');
  });
  bench('token + declined transfer, wrong CVC (memory store)', async () => {
    if ((await transfer(memoryApp, '000')) !== 400) throw new Error('decline expected');
  });
  bench('token + approved transfer (JSON data file, durable write)', async () => {
    if ((await transfer(fileApp)) !== 200) throw new Error('transfer failed');
  });
  bench(`check-status over ${HISTORY} payments (warm index)`, async () => {
    const id = 100_000_000 + (lookup++ % HISTORY);
    const res = await statusApp.request(`/check-status/payment/transaction/${id}`, {
      headers: { authorization: `Bearer ${statusToken}` },
    });
    await res.arrayBuffer();
  });
});
