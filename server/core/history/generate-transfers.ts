import type { Merchant, Terminal } from '../../../fixtures/index.js';
import type { RecordSource, TransferRecord } from '../records/index.js';
import type { Customer } from './customers.js';
import { DEMO_LINKS } from './generate-payments.js';
import { isoTime } from './iso-time.js';
import { createIdHead, uuidHead } from './record-ids.js';
import { DECLINES, TRANSFER_DESCRIPTIONS } from './reference-data.js';
import { Rng } from './rng.js';

/** What generated transfers are drawn from. */
export interface TransferHistoryParams {
  readonly seed: number;
  readonly merchants: readonly Merchant[];
  readonly customers: readonly Customer[];
  /** Creation instants, ascending: one transfer each, the only per-record data kept in memory. */
  readonly times: Float64Array;
}

/**
 * The terminal a merchant's transfers go through: its last one (merchant `test`'s 98151552, the terminal
 * of 001's P2P example and 004's transfer body).
 */
function transferTerminal(merchant: Merchant): Terminal {
  return merchant.terminals[merchant.terminals.length - 1] as Terminal;
}

/** Stream key of transfers. */
const TRANSFER_STREAM = 0x5032_5031;

/**
 * The generated card-to-card transfers of a history, one per instant of `params.times`: mostly
 * successful (`code` "00"), some declined with the bank's codes, cards named by PAN or by saved card id,
 * masked. Like payments, record `i` is generated when read.
 *
 * @example
 * const transfers = createTransferHistory({ seed: 42, merchants, customers, times });
 */
export function createTransferHistory(params: TransferHistoryParams): RecordSource<TransferRecord> {
  const { merchants, customers, times } = params;
  const key = params.seed ^ TRANSFER_STREAM;
  const rng = new Rng(key);
  const head = createIdHead(key);
  const idAt = (i: number): string => {
    rng.reseed(key, i);
    return rng.uuid(head.encode(i));
  };
  const at = (i: number): TransferRecord => {
    const id = idAt(i);
    const m = merchants.length > 1 && rng.chance(0.2) ? rng.int(1, merchants.length - 1) : 0;
    const merchant = merchants[m] as Merchant;
    const terminal = transferTerminal(merchant);
    const s = rng.int(0, customers.length - 1);
    const sender = customers[s] as Customer;
    const receiver = customers[
      (s + rng.int(1, Math.max(1, customers.length - 1))) % customers.length
    ] as Customer;
    const ok = rng.chance(0.88);
    const decline = ok ? undefined : rng.pick(DECLINES);
    const senderById = sender.cardId !== '' && rng.chance(0.3);
    const receiverById = receiver.cardId !== '' && rng.chance(0.5);
    const links = rng.chance(0.6);
    const located = rng.chance(0.5);
    return {
      id,
      clientId: merchant.clientId,
      terminalId: terminal.id,
      terminalNumber: terminal.number,
      invoiceId: String(123_456_700_000_000 + 7 * i + rng.int(0, 6)),
      accountId: senderById ? sender.accountId : '',
      amount: rng.chance(0.7) ? rng.int(1, 200) * 500 : rng.int(100, 1_000_000),
      fee: 0,
      currency: 'KZT',
      description: rng.pick(TRANSFER_DESCRIPTIONS),
      language: rng.chance(0.5) ? '' : rng.pick(['rus', 'kaz', 'eng']),
      email: rng.chance(0.7) ? sender.email : '',
      name: sender.name,
      phone: rng.chance(0.3) ? sender.phone : '',
      ip: located ? sender.ip : '',
      ipCountry: located ? sender.country : '',
      ipCity: located ? sender.city : '',
      ipRegion: located ? sender.region : '',
      ipDistrict: '',
      ipLatitude: located ? sender.latitude : 0,
      ipLongitude: located ? sender.longitude : 0,
      senderCardMask: sender.cardMask,
      senderCardType: sender.cardType,
      senderCardId: senderById ? sender.cardId : '',
      senderTransferType: senderById ? 'TYPECARDID' : 'TYPEPAN',
      senderIssuer: rng.chance(0.5) ? sender.issuer : '',
      receiverCardMask: receiver.cardMask,
      receiverCardType: receiver.cardType,
      receiverCardId: receiverById ? receiver.cardId : '',
      receiverTransferType: receiverById ? 'TYPECARDID' : 'TYPEPAN',
      receiverIssuer: rng.chance(0.5) ? receiver.issuer : '',
      reference: ok ? rng.digits(12) : '',
      intReference: rng.hex(16),
      secure: '',
      code: ok ? '00' : (decline as readonly [string, string])[0],
      reason: ok ? '' : (decline as readonly [string, string])[1],
      reasonCode: ok ? 0 : Number((decline as readonly [string, string])[0]),
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
