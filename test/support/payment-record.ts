import {
  catalogueError,
  type PaymentRecord,
  type PaymentStatus,
  type Sandbox,
} from '../../server/core/index.js';

/** A payment in the state a test needs; all optional. (Issue 4's `POST /_sandbox/payments` does this over HTTP.) */
export interface PaymentSeed {
  readonly clientId?: string;
  readonly terminalId?: string;
  readonly invoiceId?: string;
  readonly amount?: number;
  readonly currency?: string;
  readonly status?: PaymentStatus;
  readonly description?: string;
  readonly accountId?: string;
  readonly email?: string;
  readonly postLink?: string;
  readonly failurePostLink?: string;
  /** Card scheme of the payer's card (default VISA, the first unlocked test card's). */
  readonly cardType?: 'VISA' | 'MasterCard';
}

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
const FIELDS = [
  'clientId',
  'terminalId',
  'invoiceId',
  'amount',
  'currency',
  'status',
  'description',
  'accountId',
  'email',
  'postLink',
  'failurePostLink',
  'cardType',
];
const CARDS = {
  VISA: { mask: '440563...5096', expiry: '01.25', issuer: 'HALYK BANK' },
  MasterCard: { mask: '552204...6736', expiry: '01.25', issuer: 'HALYK BANK' },
} as const;

const bad = (detail: string) => catalogueError('invalidRequest', detail);
const text = (o: Record<string, unknown>, key: string, fallback: string): string => {
  const value = o[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw bad(`'${key}' must be text`);
  return value;
};

/**
 * Builds a payment in a chosen state (a payment stuck in AUTH, a charged one to refund...) for merchant
 * `clientId` (default `test`), as if paid with the unlocked test card of its scheme. Amounts charged and
 * refunded follow the status. Nothing is saved: the caller saves it through `sandbox.payments`.
 *
 * @example
 * const payment = seedPayment(sandbox, { status: 'AUTH', amount: 1500, invoiceId: '000123456' });
 * sandbox.payments.save(payment);
 * await sandbox.store.commit();
 */
export function seedPayment(sandbox: Sandbox, input: unknown): PaymentRecord {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw bad('the body must be a JSON object');
  const o = input as Record<string, unknown>;
  const extra = Object.keys(o).find((k) => !FIELDS.includes(k));
  if (extra) throw bad(`unknown field '${extra}' (fields: ${FIELDS.join(', ')})`);
  const clientId = text(o, 'clientId', 'test');
  const merchant = sandbox.merchants.byClientId(clientId);
  if (!merchant) throw bad(`unknown merchant '${clientId}'`);
  const terminalId = text(o, 'terminalId', merchant.terminals[0]?.id ?? '');
  const owner = sandbox.merchants.terminalOwner(terminalId);
  if (!owner || owner.merchant.clientId !== clientId)
    throw bad(`terminal '${terminalId}' is not merchant ${clientId}'s`);
  const amount = o.amount ?? 100;
  if (typeof amount !== 'number' || !(amount > 0) || Math.round(amount * 100) !== amount * 100) {
    throw bad("'amount' must be a positive number with at most 2 decimals");
  }
  const status = (o.status ?? 'AUTH') as PaymentStatus;
  if (!STATUSES.includes(status)) throw bad(`'status' must be one of ${STATUSES.join(', ')}`);
  const invoiceId = text(o, 'invoiceId', sandbox.ids.digits(9));
  if (!/^\d{6,15}$/.test(invoiceId))
    throw bad("'invoiceId' must be 6 to 15 digits, as the bank's order numbers");
  const taken = Object.values(sandbox.store.state.payments).some(
    (p) => p.clientId === clientId && p.invoiceId === invoiceId,
  );
  if (taken) throw bad(`merchant ${clientId} already has a payment with invoiceId ${invoiceId}`);
  const currency = text(o, 'currency', owner.terminal.currencies[0] ?? 'KZT').toUpperCase();
  const cardType = (o.cardType ?? 'VISA') as keyof typeof CARDS;
  if (!(cardType in CARDS)) throw bad("'cardType' must be VISA or MasterCard");
  const card = CARDS[cardType];
  const now = sandbox.clock.now().toISOString();
  const charged = status === 'CHARGE' || status === 'REFUND' ? amount : 0;
  const approved = !['NEW', 'REJECT', 'FAILED', '3D'].includes(status);
  return {
    id: sandbox.ids.uuid(),
    clientId,
    merchantId: merchant.merchantId,
    shopId: owner.terminal.shopId,
    terminalId: owner.terminal.id,
    terminalNumber: owner.terminal.number,
    invoiceId,
    accountId: text(o, 'accountId', ''),
    amount,
    orgAmount: amount,
    amountBonus: 0,
    currency,
    chargedAmount: charged,
    refundedAmount: status === 'REFUND' ? amount : 0,
    payoutAmount: 0,
    payoutDate: null,
    status,
    createdDate: now,
    authDate: approved ? now : null,
    confirmDate: charged > 0 ? now : null,
    updatedDate: now,
    description: text(o, 'description', `order ${invoiceId}`),
    language: 'RUS',
    data: '',
    payerName: 'TEST CARDHOLDER',
    payerEmail: text(o, 'email', ''),
    payerPhone: '',
    payerIp: '127.0.0.1',
    ipCountry: 'Kazakhstan',
    ipCity: 'Almaty',
    ipRegion: '',
    ipDistrict: '',
    ipLatitude: 43.2389,
    ipLongitude: 76.8897,
    cardMask: card.mask,
    cardType,
    cardExpDate: card.expiry,
    cardId: '',
    issuer: card.issuer,
    issuerBankCountry: 'KAZ',
    reference: approved ? sandbox.ids.digits(12) : '',
    approvalCode: approved ? sandbox.ids.digits(6) : '',
    intReference: sandbox.ids.hex(16),
    reason: approved ? 'Successfully' : 'Declined',
    reasonCode: approved ? '00' : '05',
    secure3D: false,
    backLink: '',
    failureBackLink: '',
    postLink: text(o, 'postLink', ''),
    failurePostLink: text(o, 'failurePostLink', ''),
    postLinkStatus: false,
    installmentId: '',
    transactionType: 'purchase',
    origin: 'api',
  };
}
