import { paymentCallbackPayload } from '../callbacks/index.js';
import { type CardSource, type Decline, schemeOf } from '../cards/index.js';
import type { PaymentRecord } from '../records/index.js';
import type { Sandbox } from '../sandbox.js';
import { buildPaymentRecord } from './payment-builder.js';

/** A card payment of an order (hosted payment page, widget). */
export interface CardPaymentRequest {
  /** The merchant (the token's `client_id`). */
  readonly clientId: string;
  readonly terminalId: string;
  readonly invoiceId: string;
  readonly amount: number;
  readonly currency: string;
  readonly card: CardSource;
  readonly accountId?: string;
  /** Save the card for `accountId` (the payment's `cardId` is then set). */
  readonly save?: boolean;
  /** true (default): one-stage, the payment ends in CHARGE; false: two-stage, it ends in AUTH. */
  readonly capture?: boolean;
  readonly description?: string;
  readonly language?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly ip?: string;
  readonly backLink?: string;
  readonly failureBackLink?: string;
  readonly postLink?: string;
  readonly failurePostLink?: string;
  readonly secretHash?: string;
  /** The invoice link (payment link) paid, if any. */
  readonly invoiceLinkId?: string;
}

/**
 * Outcome of {@link payWithCard}. A decline of the `card` stage has a recorded REJECT payment (and a
 * failurePostLink callback); an `order`-stage one (487, 9202, 9203) recorded nothing.
 */
export type CardPaymentResult =
  | { readonly approved: true; readonly payment: PaymentRecord }
  | { readonly approved: false; readonly decline: Decline; readonly payment?: PaymentRecord };

/**
 * Pays an order with a card through the card authoriser, records the payment (CHARGE, or AUTH when
 * `capture` is false; REJECT on a card decline), sends the postLink / failurePostLink callback and commits.
 * The same checks and decline codes as P2P transfers.
 *
 * @example
 * const result = await payWithCard(sandbox, { clientId: 'test', terminalId, invoiceId: '000123', amount: 100,
 *   currency: 'KZT', card: { type: 'pan', pan, expiry: { month: '01', year: '25' }, cvc: '815' } });
 * if (!result.approved) console.log(result.decline.code); // e.g. 465
 */
export async function payWithCard(sandbox: Sandbox, request: CardPaymentRequest): Promise<CardPaymentResult> {
  const taken = sandbox.search
    .paymentsByInvoice(request.clientId, request.invoiceId)
    .some((p) => p.status !== 'REJECT' && p.status !== 'FAILED');
  const auth = sandbox.cards.authorize({
    clientId: request.clientId,
    terminalId: request.terminalId,
    amount: request.amount,
    currency: request.currency,
    card: request.card,
    orderTaken: taken,
    ...(request.accountId !== undefined ? { accountId: request.accountId } : {}),
  });
  if (!auth.approved && auth.decline.stage === 'order') return { approved: false, decline: auth.decline };
  if (!auth.merchant || !auth.terminal)
    throw new Error('payWithCard: an authorisation past the order stage has a terminal');
  let card = auth.card;
  if (auth.approved && request.save && request.accountId && auth.card.transferType === 'TYPEPAN') {
    const saved = sandbox.savedCards.save({
      clientId: request.clientId,
      accountId: request.accountId,
      cardMask: auth.card.cardMask,
      scheme: auth.card.scheme,
      expiry: auth.card.expiry,
    });
    card = { ...auth.card, cardId: saved.cardId };
  }
  const status = auth.approved ? (request.capture === false ? 'AUTH' : 'CHARGE') : 'REJECT';
  const fallbackScheme =
    request.card.type === 'pan' ? schemeOf(request.card.pan.replace(/\D/g, '')) : undefined;
  const payment = buildPaymentRecord(sandbox, {
    merchant: auth.merchant,
    terminal: auth.terminal,
    invoiceId: request.invoiceId,
    amount: request.amount,
    currency: request.currency.toUpperCase(),
    status,
    cardMask: card?.cardMask ?? '',
    cardType: card?.scheme ?? fallbackScheme ?? 'VISA',
    cardExpiry: card?.expiry ?? '',
    cardId: card?.cardId ?? '',
    accountId: request.accountId ?? '',
    description: request.description ?? '',
    ...(request.language !== undefined ? { language: request.language } : {}),
    payerName: request.card.type === 'pan' ? (request.card.name ?? '') : '',
    payerEmail: request.email ?? '',
    payerPhone: request.phone ?? '',
    payerIp: request.ip ?? '',
    backLink: request.backLink ?? '',
    failureBackLink: request.failureBackLink ?? '',
    postLink: request.postLink ?? '',
    failurePostLink: request.failurePostLink ?? '',
    ...(request.secretHash !== undefined ? { secretHash: request.secretHash } : {}),
    ...(request.invoiceLinkId !== undefined ? { invoiceLinkId: request.invoiceLinkId } : {}),
    ...(auth.approved ? {} : { decline: auth.decline }),
  });
  sandbox.payments.save(payment);
  sandbox.callbacks.enqueue({
    url: auth.approved ? payment.postLink : payment.failurePostLink,
    kind: auth.approved ? 'postLink' : 'failurePostLink',
    event: 'payment',
    recordType: 'payment',
    recordId: payment.id,
    clientId: payment.clientId,
    invoiceId: payment.invoiceId,
    payload: paymentCallbackPayload(payment),
  });
  await sandbox.store.commit();
  return auth.approved ? { approved: true, payment } : { approved: false, decline: auth.decline, payment };
}
