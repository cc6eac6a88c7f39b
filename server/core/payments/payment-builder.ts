import type { CardScheme, Merchant, Terminal } from '../../../fixtures/index.js';
import { NO_IP_LOCATION, type PaymentRecord, type PaymentStatus } from '../records/index.js';
import type { Sandbox } from '../sandbox.js';

/** What a new payment record is made of; everything else takes the defaults of a card payment. */
export interface PaymentDraft {
  readonly merchant: Merchant;
  readonly terminal: Terminal;
  readonly invoiceId: string;
  readonly amount: number;
  readonly currency: string;
  readonly status: PaymentStatus;
  readonly cardMask: string;
  readonly cardType: CardScheme;
  /** `MM/YY`, or ''. */
  readonly cardExpiry: string;
  readonly cardId?: string;
  readonly accountId?: string;
  readonly description?: string;
  readonly language?: string;
  readonly payerName?: string;
  readonly payerEmail?: string;
  readonly payerPhone?: string;
  readonly payerIp?: string;
  readonly backLink?: string;
  readonly failureBackLink?: string;
  readonly postLink?: string;
  readonly failurePostLink?: string;
  readonly secretHash?: string;
  readonly invoiceLinkId?: string;
  /** Decline of a REJECT payment (`reasonCode`, `reason`). */
  readonly decline?: { readonly code: number; readonly message: string };
}

const SETTLED: readonly PaymentStatus[] = ['CHARGE', 'REFUND'];
const AUTHORISED: readonly PaymentStatus[] = ['AUTH', 'CHARGE', 'CANCEL', 'REFUND'];

/**
 * A complete {@link PaymentRecord} (origin `api`) from a draft, with fresh ids and references; amounts follow
 * the status (a REFUND draft is refunded in full).
 *
 * @example
 * const payment = buildPaymentRecord(sandbox, { merchant, terminal, invoiceId: '000123', amount: 100, ... });
 * sandbox.payments.save(payment);
 */
export function buildPaymentRecord(sandbox: Sandbox, draft: PaymentDraft): PaymentRecord {
  const { ids } = sandbox;
  const now = sandbox.clock.now().toISOString();
  const authorised = AUTHORISED.includes(draft.status);
  const settled = SETTLED.includes(draft.status);
  const refunded = draft.status === 'REFUND' ? draft.amount : 0;
  return {
    id: ids.uuid(),
    clientId: draft.merchant.clientId,
    merchantId: draft.merchant.merchantId,
    shopId: draft.terminal.shopId,
    terminalId: draft.terminal.id,
    terminalNumber: draft.terminal.number,
    invoiceId: draft.invoiceId,
    accountId: draft.accountId ?? '',
    amount: draft.amount - refunded,
    orgAmount: draft.amount,
    amountBonus: 0,
    currency: draft.currency,
    chargedAmount: settled ? draft.amount : 0,
    refundedAmount: refunded,
    payoutAmount: 0,
    payoutDate: null,
    status: draft.status,
    createdDate: now,
    authDate: authorised ? now : null,
    confirmDate: settled ? now : null,
    updatedDate: now,
    description: draft.description ?? '',
    language: draft.language ?? 'RUS',
    data: '',
    payerName: draft.payerName ?? '',
    payerEmail: draft.payerEmail ?? '',
    payerPhone: draft.payerPhone ?? '',
    payerIp: draft.payerIp ?? '',
    ...NO_IP_LOCATION,
    cardMask: draft.cardMask,
    cardType: draft.cardType,
    cardExpDate: draft.cardExpiry.replace('/', '.'),
    cardId: draft.cardId ?? '',
    issuer: '',
    issuerBankCountry: '',
    reference: authorised ? ids.digits(12) : '',
    approvalCode: authorised ? ids.digits(6) : '',
    intReference: ids.hex(16),
    reason: draft.decline ? draft.decline.message.trim() : authorised ? 'Successfully' : '',
    reasonCode: draft.decline ? String(draft.decline.code) : authorised ? '00' : '',
    secure3D: false,
    backLink: draft.backLink ?? '',
    failureBackLink: draft.failureBackLink ?? '',
    postLink: draft.postLink ?? '',
    failurePostLink: draft.failurePostLink ?? '',
    postLinkStatus: false,
    installmentId: '',
    transactionType: 'purchase',
    ...(draft.invoiceLinkId ? { invoiceLinkId: draft.invoiceLinkId } : {}),
    ...(draft.secretHash ? { secretHash: draft.secretHash } : {}),
    origin: 'api',
  };
}
