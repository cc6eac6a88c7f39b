import type { Merchant, Terminal } from '../../../fixtures/index.js';
import type { RecordSource, SourceColumn, TransferRecord } from '../records/index.js';
import { dictionaryColumn, dictionaryColumnBy, materializedColumn } from './column-values.js';
import type { Customer } from './customers.js';
import { DEMO_LINKS } from './generate-payments.js';
import { isoTime } from './iso-time.js';
import { createIdHead, uuidHead } from './record-ids.js';
import { DECLINES, TRANSFER_DESCRIPTIONS } from './reference-data.js';
import { Rng, rrn, rrnText } from './rng.js';

/** Stream key of transfers. */
const TRANSFER_STREAM = 0x5032_5031;
/** First generated order number; transfer i has 123456700000000 + 7i + (0 to 6). */
const FIRST_ORDER = 123_456_700_000_000;
const LANGUAGES = ['', 'rus', 'kaz', 'eng'] as const;
const FLAG_OK = 1;
const FLAG_SENDER_BY_ID = 2;
const FLAG_RECEIVER_BY_ID = 4;
const FLAG_LINKS = 8;
const FLAG_LOCATED = 16;
const FLAG_EMAIL = 32;
const FLAG_PHONE = 64;
const FLAG_SENDER_ISSUER = 128;

/** What generated transfers are drawn from. */
export interface TransferHistoryParams {
  readonly seed: number;
  readonly merchants: readonly Merchant[];
  readonly customers: readonly Customer[];
  /** Creation instants, ascending: one transfer each. */
  readonly times: Float64Array;
}

/**
 * The terminal a merchant's transfers go through: its last one (merchant `test`'s 98151552, the terminal
 * of 001's P2P example and 004's transfer body).
 */
function transferTerminal(merchant: Merchant): Terminal {
  return merchant.terminals[merchant.terminals.length - 1] as Terminal;
}

/**
 * The generated card-to-card transfers of a history, one per instant of `params.times`: mostly
 * successful (`code` "00"), some declined with the bank's codes, cards named by PAN or by saved card id,
 * masked. Like payments, the draws are kept column-wise and a record is built when read.
 *
 * @example
 * const transfers = createTransferHistory({ seed: 42, merchants, customers, times });
 */
export function createTransferHistory(params: TransferHistoryParams): RecordSource<TransferRecord> {
  const { merchants, customers, times } = params;
  const n = times.length;
  const key = params.seed ^ TRANSFER_STREAM;
  const head = createIdHead(key);
  const rng = new Rng(key ^ 0x0d0d);
  const merchant = new Uint8Array(n);
  const sender = new Int32Array(n);
  const receiver = new Int32Array(n);
  const amount = new Float64Array(n);
  const orderOffset = new Uint8Array(n);
  const description = new Uint8Array(n);
  const language = new Uint8Array(n);
  const decline = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const receiverIssuer = new Uint8Array(n);
  const reference = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = rng.int(0, customers.length - 1);
    const ok = rng.chance(0.88);
    const senderCustomer = customers[s] as Customer;
    const r = (s + rng.int(1, Math.max(1, customers.length - 1))) % customers.length;
    merchant[i] = merchants.length > 1 && rng.chance(0.2) ? rng.int(1, merchants.length - 1) : 0;
    sender[i] = s;
    receiver[i] = r;
    amount[i] = rng.chance(0.7) ? rng.int(1, 200) * 500 : rng.int(100, 1_000_000);
    orderOffset[i] = rng.int(0, 6);
    description[i] = rng.int(0, TRANSFER_DESCRIPTIONS.length - 1);
    language[i] = rng.chance(0.5) ? 0 : rng.int(1, 3);
    decline[i] = rng.int(0, DECLINES.length - 1);
    flags[i] =
      (ok ? FLAG_OK : 0) |
      (senderCustomer.cardId !== '' && rng.chance(0.3) ? FLAG_SENDER_BY_ID : 0) |
      ((customers[r] as Customer).cardId !== '' && rng.chance(0.5) ? FLAG_RECEIVER_BY_ID : 0) |
      (rng.chance(0.6) ? FLAG_LINKS : 0) |
      (rng.chance(0.5) ? FLAG_LOCATED : 0) |
      (rng.chance(0.7) ? FLAG_EMAIL : 0) |
      (rng.chance(0.3) ? FLAG_PHONE : 0) |
      (rng.chance(0.5) ? FLAG_SENDER_ISSUER : 0);
    receiverIssuer[i] = rng.chance(0.5) ? 1 : 0;
    reference[i] = ok ? rrn(rng) : Number.NaN;
  }

  const cosmetic = new Rng(key);
  const idAt = (i: number): string => {
    cosmetic.reseed(key, i);
    return cosmetic.uuid(head.encode(i));
  };
  const has = (i: number, flag: number): boolean => ((flags[i] as number) & flag) !== 0;
  const merchantAt = (i: number): Merchant => merchants[merchant[i] as number] as Merchant;
  const senderAt = (i: number): Customer => customers[sender[i] as number] as Customer;
  const orderAt = (i: number): string => String(FIRST_ORDER + 7 * i + (orderOffset[i] as number));
  const referenceAt = (i: number): string => {
    const ref = reference[i] as number;
    return Number.isNaN(ref) ? '' : rrnText(ref);
  };
  const accountAt = (i: number): string => (has(i, FLAG_SENDER_BY_ID) ? senderAt(i).accountId : '');
  const emailAt = (i: number): string => (has(i, FLAG_EMAIL) ? senderAt(i).email : '');
  const phoneAt = (i: number): string => (has(i, FLAG_PHONE) ? senderAt(i).phone : '');

  const at = (i: number): TransferRecord => {
    const id = idAt(i);
    const m = merchantAt(i);
    const terminal = transferTerminal(m);
    const from = senderAt(i);
    const to = customers[receiver[i] as number] as Customer;
    const ok = has(i, FLAG_OK);
    const located = has(i, FLAG_LOCATED);
    const links = has(i, FLAG_LINKS);
    const declined = DECLINES[decline[i] as number] as readonly [string, string];
    return {
      id,
      clientId: m.clientId,
      terminalId: terminal.id,
      terminalNumber: terminal.number,
      invoiceId: orderAt(i),
      accountId: accountAt(i),
      amount: amount[i] as number,
      fee: 0,
      currency: 'KZT',
      description: TRANSFER_DESCRIPTIONS[description[i] as number] as string,
      language: LANGUAGES[language[i] as number] as string,
      email: emailAt(i),
      name: from.name,
      phone: phoneAt(i),
      ip: located ? from.ip : '',
      ipCountry: located ? from.country : '',
      ipCity: located ? from.city : '',
      ipRegion: located ? from.region : '',
      ipDistrict: '',
      ipLatitude: located ? from.latitude : 0,
      ipLongitude: located ? from.longitude : 0,
      senderCardMask: from.cardMask,
      senderCardType: from.cardType,
      senderCardId: has(i, FLAG_SENDER_BY_ID) ? from.cardId : '',
      senderTransferType: has(i, FLAG_SENDER_BY_ID) ? 'TYPECARDID' : 'TYPEPAN',
      senderIssuer: has(i, FLAG_SENDER_ISSUER) ? from.issuer : '',
      receiverCardMask: to.cardMask,
      receiverCardType: to.cardType,
      receiverCardId: has(i, FLAG_RECEIVER_BY_ID) ? to.cardId : '',
      receiverTransferType: has(i, FLAG_RECEIVER_BY_ID) ? 'TYPECARDID' : 'TYPEPAN',
      receiverIssuer: receiverIssuer[i] ? to.issuer : '',
      reference: referenceAt(i),
      // The cosmetic stream continues after the id drawn by idAt.
      intReference: cosmetic.hex(16),
      secure: '',
      code: ok ? '00' : declined[0],
      reason: ok ? '' : declined[1],
      reasonCode: ok ? 0 : Number(declined[0]),
      status: ok ? 'ok' : 'error',
      operationStatus: ok ? 'CHARGE' : 'REJECT',
      createdAt: isoTime(times[i] as number),
      backLink: links ? DEMO_LINKS.backLink : '',
      failureBackLink: links ? DEMO_LINKS.failureBackLink : '',
      postLink: links ? DEMO_LINKS.postLink : '',
      failurePostLink: links ? DEMO_LINKS.failurePostLink : '',
      origin: 'history',
    };
  };

  /** The sender's value when `flag` is set, '' otherwise, as a dictionary column. */
  const senderValue = (value: (c: Customer) => string, flag: number) =>
    dictionaryColumnBy(n, ['', ...customers.map(value)], (i) =>
      has(i, flag) ? 1 + (sender[i] as number) : 0,
    );
  const each = <T>(value: (i: number) => T): T[] => {
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = value(i);
    return out;
  };

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
        case 'createdAt':
          return times;
        case 'amount':
          return amount;
        case 'clientId':
          return dictionaryColumn(
            merchants.map((m) => m.clientId),
            merchant,
          );
        case 'terminalId':
          return dictionaryColumn(
            merchants.map((m) => transferTerminal(m).id),
            merchant,
          );
        case 'invoiceId':
          return each(orderAt);
        case 'accountId':
          return senderValue((c) => c.accountId, FLAG_SENDER_BY_ID);
        case 'email':
          return senderValue((c) => c.email, FLAG_EMAIL);
        case 'phone':
          return senderValue((c) => c.phone, FLAG_PHONE);
        case 'reference':
          return each(referenceAt);
        case 'senderCardMask':
          return dictionaryColumn(
            customers.map((c) => c.cardMask),
            sender,
          );
        case 'senderCardType':
          return dictionaryColumn(
            customers.map((c) => c.cardType),
            sender,
          );
        default:
          return materializedColumn(n, at, property);
      }
    },
  };
}
