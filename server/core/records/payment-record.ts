import type { CardScheme } from '../../../fixtures/index.js';
import type { IpLocation } from './ip-location.js';

/** Payment statuses seen on the real API (DESIGN.md facts). */
export type PaymentStatus = 'NEW' | 'AUTH' | 'CHARGE' | 'CANCEL' | 'REFUND' | 'REJECT' | 'FAILED' | '3D';

/** Where a record comes from: generated history (from the seed), the documents' examples, or the API. */
export type RecordOrigin = 'history' | 'example' | 'api';

/**
 * A card payment as the sandbox keeps it: the union of what `/operations` (000) and check-status (003)
 * answer. Projections to each response shape live with their endpoint. Instants are ISO-8601 UTC strings;
 * responses format them in bank time. Card data is masked: no full PAN, no CVC, ever.
 */
export interface PaymentRecord extends IpLocation {
  readonly id: string;
  /** Merchant (`client_id`) that owns the payment: the only one that may see it. */
  readonly clientId: string;
  readonly merchantId: string;
  readonly shopId: string;
  readonly terminalId: string;
  /** 8-digit terminal number (`terminal` in check-status). */
  readonly terminalNumber: string;
  readonly invoiceId: string;
  readonly accountId: string;
  /** Amount authorised. */
  amount: number;
  /** Original amount before partial charge (`orgAmount` in check-status). */
  readonly orgAmount: number;
  amountBonus: number;
  readonly currency: string;
  /** Total charged so far (≤ amount). */
  chargedAmount: number;
  /** Total refunded so far (≤ chargedAmount). */
  refundedAmount: number;
  payoutAmount: number;
  payoutDate: string | null;
  status: PaymentStatus;
  readonly createdDate: string;
  authDate: string | null;
  confirmDate: string | null;
  updatedDate: string;
  readonly description: string;
  /** Language as the payer chose it (`RUS`, `KAZ`, `ENG` in 000; `RU` in 003). */
  readonly language: string;
  /** Merchant data, a JSON string (003). */
  readonly data: string;
  readonly payerName: string;
  readonly payerEmail: string;
  readonly payerPhone: string;
  readonly payerIp: string;
  /** Masked PAN, `440563...5096` style (first 6, `...`, last 4). */
  readonly cardMask: string;
  readonly cardType: CardScheme;
  /** Expiry `MM.YY` (000's `cardExpDate`). */
  readonly cardExpDate: string;
  /** Saved card id, or '' when the card was not saved. */
  readonly cardId: string;
  readonly issuer: string;
  readonly issuerBankCountry: string;
  /** RRN, 12 digits ('' when the bank gave none). */
  readonly reference: string;
  readonly approvalCode: string;
  readonly intReference: string;
  reason: string;
  reasonCode: string;
  readonly secure3D: boolean;
  readonly backLink: string;
  readonly failureBackLink: string;
  readonly postLink: string;
  readonly failurePostLink: string;
  postLinkStatus: boolean;
  /** Installment plan id, '' when none. */
  readonly installmentId: string;
  /** Kind of transaction (see dictionaries). */
  readonly transactionType: TransactionType;
  /** Invoice link (payment link) this payment paid, if any. */
  readonly invoiceLinkId?: string;
  /** `secret_hash` bound at token time, echoed in callbacks. */
  readonly secretHash?: string;
  readonly origin: RecordOrigin;
}

/** Kinds of payment transactions (`transactionTypeID` in 000). */
export type TransactionType = 'purchase' | 'recurrent' | 'installment' | 'payout';
