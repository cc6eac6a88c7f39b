import type { Merchant, Terminal } from '../../../fixtures/index.js';
import type { PaymentRecord, PaymentStatus, RecordSource, TransactionType } from '../records/index.js';
import type { Customer } from './customers.js';
import { isoTime as iso } from './iso-time.js';
import { createIdHead, uuidHead } from './record-ids.js';
import { DECLINES, DESCRIPTIONS, INSTALLMENT_IDS, NO_INSTALLMENT_ID } from './reference-data.js';
import { Rng } from './rng.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Links merchants pass at token time (the values of 004's examples). */
export const DEMO_LINKS = {
  backLink: 'https://epay.homebank.kz/demo/success.html',
  failureBackLink: 'https://epay.homebank.kz/demo/failure.html',
  postLink: 'https://epay.homebank.kz/payform',
  failurePostLink: 'https://testmerchant/order/1123/fail',
} as const;

const APPROVED: ReadonlySet<PaymentStatus> = new Set(['AUTH', 'CHARGE', 'CANCEL', 'REFUND']);

/** What generated payments are drawn from. */
export interface PaymentHistoryParams {
  readonly seed: number;
  readonly merchants: readonly Merchant[];
  readonly customers: readonly Customer[];
  /** Creation instants, ascending: one payment each, the only per-record data kept in memory. */
  readonly times: Float64Array;
  /** End of the history: nothing happens after it. */
  readonly end: number;
}

/** Status pickers by age: fresh payments may still be pending, old ones are settled one way or another. */
function statusPickers(rng: Rng): (ageMs: number) => PaymentStatus {
  const fresh = rng.weighted<PaymentStatus>({
    NEW: 3,
    '3D': 2,
    AUTH: 25,
    CHARGE: 45,
    REJECT: 12,
    FAILED: 3,
    CANCEL: 5,
    REFUND: 5,
  });
  const recent = rng.weighted<PaymentStatus>({
    AUTH: 8,
    CHARGE: 63,
    CANCEL: 6,
    REFUND: 7,
    REJECT: 12,
    FAILED: 4,
  });
  const old = rng.weighted<PaymentStatus>({ CHARGE: 70, CANCEL: 7, REFUND: 9, REJECT: 11, FAILED: 3 });
  return (ageMs) => (ageMs < DAY ? fresh() : ageMs < 30 * DAY ? recent() : old());
}

function amountFor(rng: Rng, currency: string): number {
  if (currency === 'KZT') {
    const band = rng.next();
    const raw =
      band < 0.5 ? rng.int(200, 5_000) : band < 0.85 ? rng.int(5_000, 50_000) : rng.int(50_000, 600_000);
    return rng.chance(0.15) ? raw + rng.int(1, 99) / 100 : raw;
  }
  const cents = currency === 'RUB' ? rng.int(10_000, 2_000_000) : rng.int(500, 50_000);
  return cents / 100;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function pickTerminal(rng: Rng, merchant: Merchant): Terminal {
  const terminals = merchant.terminals;
  return (rng.chance(0.6) ? terminals[0] : rng.pick(terminals)) as Terminal;
}

/** Stream key of payments (transfers use another, so their ids differ). */
const PAYMENT_STREAM = 0x5041_594d;

/**
 * The generated payments of a history: one per instant of `params.times`, with the variety of a live
 * merchant (statuses by age, partial charges and refunds, bonuses, settlements in `payout*`, other
 * currencies, installments and recurrent payments, declines with the bank's codes; cards masked, from the
 * customer pool). Record `i` is a pure function of (seed, i, times[i]): it is generated when read, so a
 * million payments cost 8 bytes each in memory.
 *
 * @example
 * const payments = createPaymentHistory({ seed: 42, merchants, customers, times, end });
 * payments.at(0).id === payments.at(0).id; // true: the same record every time
 */
export function createPaymentHistory(params: PaymentHistoryParams): RecordSource<PaymentRecord> {
  const { merchants, customers, times, end } = params;
  const key = params.seed ^ PAYMENT_STREAM;
  const rng = new Rng(key);
  const head = createIdHead(key);
  const statusFor = statusPickers(rng);
  const otherType = rng.weighted<TransactionType>({ purchase: 90, recurrent: 6, payout: 4 });
  const language = rng.weighted({ RUS: 60, KAZ: 25, ENG: 15 });
  const merchantWeights = merchants.map((_, i) => (i === 0 ? 3 : 1));
  const totalWeight = merchantWeights.reduce((a, b) => a + b, 0);

  const idAt = (i: number): string => {
    rng.reseed(key, i);
    return rng.uuid(head.encode(i));
  };

  const at = (i: number): PaymentRecord => {
    const id = idAt(i);
    const created = times[i] as number;
    let roll = rng.next() * totalWeight;
    let m = 0;
    while (m < merchants.length - 1 && (roll -= merchantWeights[m] as number) >= 0) m++;
    const merchant = merchants[m] as Merchant;
    const terminal = pickTerminal(rng, merchant);
    const currency =
      terminal.currencies.length > 1 && rng.chance(0.12) ? rng.pick(terminal.currencies) : 'KZT';
    const customer = rng.pick(customers);
    const status = statusFor(end - created);
    const amount = amountFor(rng, currency);
    const transactionType: TransactionType =
      currency === 'KZT' && amount >= 20_000 && rng.chance(0.2) ? 'installment' : otherType();
    const invoiceId = String(300_000_000 + 3 * i + rng.int(0, 2));
    const approved = APPROVED.has(status);
    const settled = status === 'CHARGE' || status === 'REFUND';

    const createdDate = iso(created);
    let confirmAt = created;
    if (settled && rng.chance(0.3)) confirmAt = Math.min(end - 1, created + rng.int(1, 72) * HOUR);
    const chargedAmount = settled
      ? rng.chance(0.08)
        ? round2((amount * rng.int(50, 95)) / 100)
        : amount
      : 0;
    const refundedAmount =
      status === 'REFUND'
        ? rng.chance(0.7)
          ? chargedAmount
          : round2((chargedAmount * rng.int(10, 90)) / 100)
        : 0;
    let updated = confirmAt;
    if (status === 'REFUND') updated = Math.min(end - 1, confirmAt + rng.int(1, 30 * 24) * HOUR);
    else if (status === 'CANCEL') updated = Math.min(end - 1, created + rng.int(1, 48) * HOUR);
    const payoutAt = settled
      ? Math.floor(confirmAt / DAY + rng.int(1, 3)) * DAY + rng.int(60, 3 * 3600) * 1000 - 6 * HOUR
      : end;
    const payoutDate = payoutAt < end ? iso(payoutAt) : null;
    const decline = status === 'REJECT' ? rng.pick(DECLINES) : undefined;
    const links = rng.chance(0.7);
    const processed = status !== 'NEW' && status !== '3D';

    return {
      id,
      clientId: merchant.clientId,
      merchantId: merchant.merchantId,
      shopId: terminal.shopId,
      terminalId: terminal.id,
      terminalNumber: terminal.number,
      invoiceId,
      accountId: customer.accountId,
      amount,
      orgAmount: amount,
      amountBonus:
        currency === 'KZT' && rng.chance(0.08) ? Math.min(Math.floor(amount), rng.int(10, 5_000)) : 0,
      currency,
      chargedAmount,
      refundedAmount,
      payoutAmount: payoutDate ? chargedAmount : 0,
      payoutDate,
      status,
      createdDate,
      authDate: approved ? createdDate : null,
      confirmDate: settled ? (confirmAt === created ? createdDate : iso(confirmAt)) : null,
      updatedDate: updated === created ? createdDate : iso(updated),
      description: rng.chance(0.2) ? `order ${invoiceId}` : rng.pick(DESCRIPTIONS),
      language: language(),
      data: rng.chance(0.05) ? `{"custom_id":"${invoiceId}","email":"${customer.email}"}` : '',
      payerName: customer.name,
      payerEmail: customer.email,
      payerPhone: customer.phone,
      payerIp: customer.ip,
      ipCountry: customer.country,
      ipCity: customer.city,
      ipRegion: customer.region,
      ipDistrict: '',
      ipLatitude: customer.latitude,
      ipLongitude: customer.longitude,
      cardMask: customer.cardMask,
      cardType: customer.cardType,
      cardExpDate: customer.cardExpDate,
      cardId: approved ? customer.cardId : '',
      issuer: customer.issuer,
      issuerBankCountry: customer.issuerCountry,
      reference: processed && (approved || rng.chance(0.5)) ? rng.digits(12) : '',
      approvalCode: approved ? rng.digits(6) : '',
      intReference: processed ? rng.hex(16) : '',
      reason: approved
        ? 'Successfully'
        : decline
          ? decline[1]
          : status === 'FAILED'
            ? 'System malfunction'
            : '',
      reasonCode: approved ? '00' : decline ? decline[0] : status === 'FAILED' ? '96' : '',
      secure3D: status === '3D' || rng.chance(0.6),
      backLink: links ? DEMO_LINKS.backLink : '',
      failureBackLink: links ? DEMO_LINKS.failureBackLink : '',
      postLink: links ? DEMO_LINKS.postLink : '',
      failurePostLink: links ? DEMO_LINKS.failurePostLink : '',
      postLinkStatus: links && approved && rng.chance(0.97),
      installmentId: transactionType === 'installment' ? rng.pick(INSTALLMENT_IDS) : NO_INSTALLMENT_ID,
      transactionType,
      origin: 'history',
    };
  };

  return {
    size: times.length,
    at,
    indexOf(id) {
      const h = uuidHead(id);
      if (h < 0) return -1;
      const i = head.decode(h);
      return i < times.length && idAt(i) === id ? i : -1;
    },
  };
}
