import type { Merchant, Terminal } from '../../../fixtures/index.js';
import type {
  PaymentRecord,
  PaymentStatus,
  RecordSource,
  SourceColumn,
  TransactionType,
} from '../records/index.js';
import { dictionaryColumn, dictionaryColumnBy, materializedColumn } from './column-values.js';
import type { Customer } from './customers.js';
import { isoTime } from './iso-time.js';
import { createIdHead, uuidHead } from './record-ids.js';
import { DECLINES, DESCRIPTIONS, INSTALLMENT_IDS, NO_INSTALLMENT_ID } from './reference-data.js';
import { Rng, rrn, rrnText } from './rng.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Links merchants pass at token time (the values of 004's examples). */
export const DEMO_LINKS = {
  backLink: 'https://epay.homebank.kz/demo/success.html',
  failureBackLink: 'https://epay.homebank.kz/demo/failure.html',
  postLink: 'https://epay.homebank.kz/payform',
  failurePostLink: 'https://testmerchant/order/1123/fail',
} as const;

const STATUSES: readonly PaymentStatus[] = [
  'NEW',
  'AUTH',
  'CHARGE',
  'CANCEL',
  'REFUND',
  'REJECT',
  'FAILED',
  '3D',
];
const TYPES: readonly TransactionType[] = ['purchase', 'recurrent', 'installment', 'payout'];
const LANGUAGES = ['RUS', 'KAZ', 'ENG'] as const;
/** `description` index meaning "order <invoice id>". */
const ORDER_DESCRIPTION = 255;
const FLAG_LINKS = 1;
const FLAG_POSTLINK_SENT = 2;
const FLAG_SECURE3D = 4;
const FLAG_DATA = 8;
/** Stream key of payments (transfers use another, so their ids differ). */
const PAYMENT_STREAM = 0x5041_594d;
/** First generated order number; record i has 300000000 + 3i + (0, 1 or 2). */
const FIRST_INVOICE = 300_000_000;

/** What generated payments are drawn from. */
export interface PaymentHistoryParams {
  readonly seed: number;
  readonly merchants: readonly Merchant[];
  readonly customers: readonly Customer[];
  /** Creation instants, ascending: one payment each. */
  readonly times: Float64Array;
  /** End of the history: nothing happens after it. */
  readonly end: number;
}

/** The per-payment draws, column-wise (about 80 bytes a payment). */
class PaymentDraws {
  readonly terminal: Uint8Array;
  readonly customer: Int32Array;
  readonly status: Uint8Array;
  readonly currency: Uint8Array;
  readonly amount: Float64Array;
  readonly charged: Float64Array;
  readonly refunded: Float64Array;
  readonly bonus: Float64Array;
  readonly invoiceOffset: Uint8Array;
  readonly confirm: Float64Array;
  readonly updated: Float64Array;
  readonly payout: Float64Array;
  readonly description: Uint8Array;
  readonly language: Uint8Array;
  readonly flags: Uint8Array;
  readonly type: Uint8Array;
  readonly installment: Uint8Array;
  readonly decline: Uint8Array;
  readonly reference: Float64Array;

  constructor(n: number) {
    this.terminal = new Uint8Array(n);
    this.customer = new Int32Array(n);
    this.status = new Uint8Array(n);
    this.currency = new Uint8Array(n);
    this.amount = new Float64Array(n);
    this.charged = new Float64Array(n);
    this.refunded = new Float64Array(n);
    this.bonus = new Float64Array(n);
    this.invoiceOffset = new Uint8Array(n);
    this.confirm = new Float64Array(n);
    this.updated = new Float64Array(n);
    this.payout = new Float64Array(n);
    this.description = new Uint8Array(n);
    this.language = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.type = new Uint8Array(n);
    this.installment = new Uint8Array(n);
    this.decline = new Uint8Array(n);
    this.reference = new Float64Array(n);
  }
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

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

/**
 * The generated payments of a history: one per instant of `params.times`, with the variety of a live
 * merchant (statuses by age, partial charges and refunds, bonuses, settlements in `payout*`, other
 * currencies, installments and recurrent payments, declines with the bank's codes; cards masked, from the
 * customer pool). The draws are kept column-wise (about 80 bytes a payment); a record is built when read,
 * and search indexes read whole columns without building records.
 *
 * @example
 * const payments = createPaymentHistory({ seed: 42, merchants, customers, times, end });
 * payments.at(0).id === payments.at(0).id; // true: the same record every time
 */
export function createPaymentHistory(params: PaymentHistoryParams): RecordSource<PaymentRecord> {
  const { merchants, customers, times } = params;
  const n = times.length;
  const key = params.seed ^ PAYMENT_STREAM;
  const head = createIdHead(key);
  const terminals = merchants.flatMap((merchant, m) =>
    merchant.terminals.map((terminal, t) => ({
      merchant,
      terminal,
      weight: (m === 0 ? 3 : 1) * (t === 0 ? 2 : 1),
    })),
  );
  const currencies = [...new Set(['KZT', ...terminals.flatMap((t) => t.terminal.currencies)])];
  const draws = drawPayments(params, terminals, currencies);
  /** Per-record stream of the values only shown, never searched: id, approval code, intReference. */
  const cosmetic = new Rng(key);
  const idAt = (i: number): string => {
    cosmetic.reseed(key, i);
    return cosmetic.uuid(head.encode(i));
  };
  const invoiceAt = (i: number): string => String(FIRST_INVOICE + 3 * i + (draws.invoiceOffset[i] as number));
  const customerAt = (i: number): Customer => customers[draws.customer[i] as number] as Customer;
  const termAt = (i: number) =>
    terminals[draws.terminal[i] as number] as { merchant: Merchant; terminal: Terminal };
  const statusAt = (i: number): PaymentStatus => STATUSES[draws.status[i] as number] as PaymentStatus;
  const referenceAt = (i: number): string => {
    const ref = draws.reference[i] as number;
    return Number.isNaN(ref) ? '' : rrnText(ref);
  };
  const descriptionAt = (i: number): string => {
    const d = draws.description[i] as number;
    return d === ORDER_DESCRIPTION ? `order ${invoiceAt(i)}` : (DESCRIPTIONS[d] as string);
  };
  const payoutAmountAt = (i: number): number =>
    Number.isNaN(draws.payout[i] as number) ? 0 : (draws.charged[i] as number);
  const installmentAt = (i: number): string =>
    draws.type[i] === 2 ? (INSTALLMENT_IDS[draws.installment[i] as number] as string) : NO_INSTALLMENT_ID;

  const at = (i: number): PaymentRecord => {
    const id = idAt(i);
    const { merchant, terminal } = termAt(i);
    const customer = customerAt(i);
    const status = statusAt(i);
    const approved = status === 'AUTH' || status === 'CHARGE' || status === 'CANCEL' || status === 'REFUND';
    const settled = status === 'CHARGE' || status === 'REFUND';
    const flags = draws.flags[i] as number;
    const links = (flags & FLAG_LINKS) !== 0;
    const created = times[i] as number;
    const createdDate = isoTime(created);
    const confirm = draws.confirm[i] as number;
    const updated = draws.updated[i] as number;
    const payout = draws.payout[i] as number;
    const decline = status === 'REJECT' ? DECLINES[draws.decline[i] as number] : undefined;
    const invoiceId = invoiceAt(i);
    const amount = draws.amount[i] as number;
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
      amountBonus: draws.bonus[i] as number,
      currency: currencies[draws.currency[i] as number] as string,
      chargedAmount: draws.charged[i] as number,
      refundedAmount: draws.refunded[i] as number,
      payoutAmount: payoutAmountAt(i),
      payoutDate: Number.isNaN(payout) ? null : isoTime(payout),
      status,
      createdDate,
      authDate: approved ? createdDate : null,
      confirmDate: settled ? (confirm === created ? createdDate : isoTime(confirm)) : null,
      updatedDate: updated === created ? createdDate : isoTime(updated),
      description: descriptionAt(i),
      language: LANGUAGES[draws.language[i] as number] as string,
      data: flags & FLAG_DATA ? `{"custom_id":"${invoiceId}","email":"${customer.email}"}` : '',
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
      reference: referenceAt(i),
      // The cosmetic stream continues after the id drawn by idAt.
      approvalCode: approved ? pad(cosmetic.u32() % 1_000_000, 6) : '',
      intReference: status !== 'NEW' && status !== '3D' ? cosmetic.hex(16) : '',
      reason: approved
        ? 'Successfully'
        : decline
          ? decline[1]
          : status === 'FAILED'
            ? 'System malfunction'
            : '',
      reasonCode: approved ? '00' : decline ? decline[0] : status === 'FAILED' ? '96' : '',
      secure3D: (flags & FLAG_SECURE3D) !== 0,
      backLink: links ? DEMO_LINKS.backLink : '',
      failureBackLink: links ? DEMO_LINKS.failureBackLink : '',
      postLink: links ? DEMO_LINKS.postLink : '',
      failurePostLink: links ? DEMO_LINKS.failurePostLink : '',
      postLinkStatus: (flags & FLAG_POSTLINK_SENT) !== 0,
      installmentId: installmentAt(i),
      transactionType: TYPES[draws.type[i] as number] as TransactionType,
      origin: 'history',
    };
  };

  const each = <T>(value: (i: number) => T): T[] => {
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = value(i);
    return out;
  };
  const fromCustomer = (value: (c: Customer) => string) =>
    dictionaryColumn(customers.map(value), draws.customer);
  const fromTerminal = (value: (t: { merchant: Merchant; terminal: Terminal }) => string) =>
    dictionaryColumn(terminals.map(value), draws.terminal);

  return {
    size: n,
    at,
    indexOf(id) {
      const h = uuidHead(id);
      if (h < 0) return -1;
      const i = head.decode(h);
      return i < n && idAt(i) === id ? i : -1;
    },
    column(property): SourceColumn {
      switch (property) {
        case 'id':
          return each(idAt);
        case 'createdDate':
          return times;
        case 'payoutDate':
          return draws.payout;
        case 'amount':
          return draws.amount;
        case 'payoutAmount':
          return Float64Array.from({ length: n }, (_, i) => payoutAmountAt(i));
        case 'clientId':
          return fromTerminal((t) => t.merchant.clientId);
        case 'shopId':
          return fromTerminal((t) => t.terminal.shopId);
        case 'terminalId':
          return fromTerminal((t) => t.terminal.id);
        case 'invoiceId':
          return each(invoiceAt);
        case 'reference':
          return each(referenceAt);
        case 'description':
          return each(descriptionAt);
        case 'postLink':
          return dictionaryColumnBy(
            n,
            ['', DEMO_LINKS.postLink],
            (i) => (draws.flags[i] as number) & FLAG_LINKS,
          );
        case 'installmentId':
          return dictionaryColumnBy(n, [NO_INSTALLMENT_ID, ...INSTALLMENT_IDS], (i) =>
            draws.type[i] === 2 ? 1 + (draws.installment[i] as number) : 0,
          );
        case 'transactionType':
          return dictionaryColumn(TYPES, draws.type);
        case 'status':
          return dictionaryColumn(STATUSES, draws.status);
        case 'accountId':
          return fromCustomer((c) => c.accountId);
        case 'payerEmail':
          return fromCustomer((c) => c.email);
        case 'payerPhone':
          return fromCustomer((c) => c.phone);
        case 'payerName':
          return fromCustomer((c) => c.name);
        case 'cardMask':
          return fromCustomer((c) => c.cardMask);
        default:
          return materializedColumn(n, at, property);
      }
    },
  };
}

/** Draws every payment in one pass of a seeded stream (chronological: statuses depend on age). */
function drawPayments(
  params: PaymentHistoryParams,
  terminals: readonly { merchant: Merchant; terminal: Terminal; weight: number }[],
  currencies: readonly string[],
): PaymentDraws {
  const { customers, times, end } = params;
  const n = times.length;
  const rng = new Rng(params.seed ^ PAYMENT_STREAM ^ 0x0d0d);
  const draws = new PaymentDraws(n);
  const pickTerminal = rng.weighted(Object.fromEntries(terminals.map((t, i) => [String(i), t.weight])));
  const status = (name: PaymentStatus) => STATUSES.indexOf(name);
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
  const otherType = rng.weighted({ '0': 90, '1': 6, '3': 4 }); // purchase, recurrent, payout
  const language = rng.weighted({ '0': 60, '1': 25, '2': 15 });

  for (let i = 0; i < n; i++) {
    const created = times[i] as number;
    const t = Number(pickTerminal());
    const terminal = (terminals[t] as { terminal: Terminal }).terminal;
    const currency =
      terminal.currencies.length > 1 && rng.chance(0.12) ? rng.pick(terminal.currencies) : 'KZT';
    const age = end - created;
    const s = age < DAY ? fresh() : age < 30 * DAY ? recent() : old();
    const amount = amountFor(rng, currency);
    const type = currency === 'KZT' && amount >= 20_000 && rng.chance(0.2) ? 2 : Number(otherType());
    const approved = s === 'AUTH' || s === 'CHARGE' || s === 'CANCEL' || s === 'REFUND';
    const settled = s === 'CHARGE' || s === 'REFUND';
    const confirm = settled && rng.chance(0.3) ? Math.min(end - 1, created + rng.int(1, 72) * HOUR) : created;
    const charged = settled ? (rng.chance(0.08) ? round2((amount * rng.int(50, 95)) / 100) : amount) : 0;
    const refunded =
      s === 'REFUND' ? (rng.chance(0.7) ? charged : round2((charged * rng.int(10, 90)) / 100)) : 0;
    let updated = confirm;
    if (s === 'REFUND') updated = Math.min(end - 1, confirm + rng.int(1, 30 * 24) * HOUR);
    else if (s === 'CANCEL') updated = Math.min(end - 1, created + rng.int(1, 48) * HOUR);
    // Settlement ("payout"): one to three days later, shortly after the bank's local midnight.
    const payout = settled
      ? Math.floor(confirm / DAY + rng.int(1, 3)) * DAY + rng.int(60, 3 * 3600) * 1000 - 6 * HOUR
      : end;
    const links = rng.chance(0.7);
    const processed = s !== 'NEW' && s !== '3D';

    draws.terminal[i] = t;
    draws.customer[i] = rng.int(0, customers.length - 1);
    draws.status[i] = status(s);
    draws.currency[i] = currencies.indexOf(currency);
    draws.amount[i] = amount;
    draws.charged[i] = charged;
    draws.refunded[i] = refunded;
    draws.bonus[i] =
      currency === 'KZT' && rng.chance(0.08) ? Math.min(Math.floor(amount), rng.int(10, 5_000)) : 0;
    draws.invoiceOffset[i] = rng.int(0, 2);
    draws.confirm[i] = confirm;
    draws.updated[i] = updated;
    draws.payout[i] = payout < end ? payout : Number.NaN;
    draws.description[i] = rng.chance(0.2) ? ORDER_DESCRIPTION : rng.int(0, DESCRIPTIONS.length - 1);
    draws.language[i] = Number(language());
    draws.flags[i] =
      (links ? FLAG_LINKS : 0) |
      (links && approved && rng.chance(0.97) ? FLAG_POSTLINK_SENT : 0) |
      (s === '3D' || rng.chance(0.6) ? FLAG_SECURE3D : 0) |
      (rng.chance(0.05) ? FLAG_DATA : 0);
    draws.type[i] = type;
    draws.installment[i] = rng.int(0, INSTALLMENT_IDS.length - 1);
    draws.decline[i] = rng.int(0, DECLINES.length - 1);
    draws.reference[i] = processed && (approved || rng.chance(0.5)) ? rrn(rng) : Number.NaN;
  }
  return draws;
}
