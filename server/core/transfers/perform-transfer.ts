import {
  type TransferOrder,
  TransferRequest,
  type TransferResponse,
  validate,
} from '../../../contracts/index.js';
import { transferCallbackPayload } from '../callbacks/index.js';
import { type CardSource, type ReceiverSource, type ResolvedCard, schemeOf } from '../cards/index.js';
import { NO_IP_LOCATION, type TransferRecord } from '../records/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenBinding, TokenRecord } from '../state/index.js';
import { declineError, transferError } from './transfer-errors.js';
import { toTransferResponse } from './transfer-response.js';

/** A transfer that went through. */
export interface TransferOutcome {
  readonly response: TransferResponse;
  readonly record: TransferRecord;
  /** Fields the sandbox ignored (unknown to the contract), for an `X-Sandbox-Warning`. */
  readonly ignoredFields: readonly string[];
}

/** Request facts the core cannot see by itself. */
export interface TransferContext {
  /** The payer's IP address as the HTTP layer saw it ('' when unknown). */
  readonly ip?: string;
  /**
   * A forced success (`X-Sandbox-Outcome: success` or a scenario): the test cards' data declines are passed
   * over (a locked card is approved); malformed orders are still refused.
   */
  readonly forceApproval?: boolean;
}

/**
 * Performs a P2P transfer (`POST /payments/cards/auth`, 004) with a `transfer` token.
 *
 * - The body is checked against the contract (9001/9002 in 004's error shape).
 * - Every field bound to the token at token time (invoiceID, amount, currency, terminal, postLink,
 *   failurePostLink) must match the order (9201); fields not bound are free.
 * - The terminal must be the merchant's (487), the currency allowed on it (9202), the order id not already
 *   approved (9203). These refusals record nothing and leave the token usable.
 * - Otherwise the token is spent (one operation per token) and the cards are authorised: a decline is
 *   recorded as a rejected transfer, answered in 004's error shape and reported to failurePostLink; an
 *   approval is recorded with status CHARGE, saves the sender card when `save: true`, and is reported to
 *   postLink. The record is committed before the answer; callbacks are sent afterwards, never awaited.
 *
 * @example
 * const outcome = await performTransfer(sandbox, token, await readJsonBody(c));
 * return c.json(outcome.response);
 */
export async function performTransfer(
  sandbox: Sandbox,
  token: TokenRecord,
  body: unknown,
  context: TransferContext = {},
): Promise<TransferOutcome> {
  const echo = { invoiceId: peekString(body, 'id'), accountId: peekString(body, 'accountID', 'accountId') };
  const checked = validate(TransferRequest, body, 'open');
  if (!checked.ok) throw transferError('invalidRequest', echo, checked.problems.join('; '));
  const { order, card } = checked.value;
  const accountId = order.accountID ?? order.accountId ?? '';
  const ctx = { invoiceId: order.id, accountId };
  const { sender, receiver } = card;

  if (sender.transferType === 'TYPEPAN' && (!sender.cvc || !sender.expire)) {
    throw transferError(
      'invalidRequest',
      ctx,
      "card.sender needs 'cvc' and 'expire' when transferType is TYPEPAN",
    );
  }
  if (sender.save && accountId === '') {
    throw transferError(
      'invalidRequest',
      ctx,
      'order.accountID is required when card.sender.save is true (004)',
    );
  }
  const mismatch = bindingMismatch(token.binding, order);
  if (mismatch) throw transferError('orderMismatch', ctx, mismatch);

  const clientId = token.clientId;
  const previous = sandbox.search.transfersByInvoice(
    clientId,
    order.id,
    sandbox.config.transfers.orderIdUniqueness,
  );
  const cardSource: CardSource =
    sender.transferType === 'TYPEPAN'
      ? {
          type: 'pan',
          pan: sender.cardCred,
          expiry: sender.expire ?? { month: '', year: '' },
          cvc: sender.cvc ?? '',
          ...(sender.name !== undefined ? { name: sender.name } : {}),
        }
      : { type: 'saved', cardId: sender.cardCred };
  const receiverSource: ReceiverSource =
    receiver.transferType === 'TYPEPAN'
      ? { type: 'pan', pan: receiver.cardCred }
      : { type: 'saved', cardId: receiver.cardCred };
  const auth = sandbox.cards.authorize({
    clientId,
    terminalId: order.terminalId.trim(),
    amount: order.amount,
    currency: order.currency,
    accountId,
    card: cardSource,
    receiver: receiverSource,
    orderTaken: previous.some((t) => t.operationStatus === 'CHARGE'),
    ...(context.forceApproval ? { forceApproval: true } : {}),
  });
  if (!auth.approved && auth.decline.stage === 'order') throw declineError(auth.decline, ctx);
  if (!auth.terminal) throw new Error('transfer: an authorisation past the order stage has a terminal');

  sandbox.tokens.markUsed(token);
  const { ids, clock } = sandbox;
  const approved = auth.approved;
  let senderCard = auth.card ?? unreadCard(sender.cardCred, sender.transferType);
  if (approved && sender.save && senderCard.transferType === 'TYPEPAN') {
    const saved = sandbox.savedCards.save({
      clientId,
      accountId,
      cardMask: senderCard.cardMask,
      scheme: senderCard.scheme,
      expiry: senderCard.expiry,
    });
    senderCard = { ...senderCard, cardId: saved.cardId };
  }
  const receiverCard = auth.receiver ?? unreadCard(receiver.cardCred, receiver.transferType);
  const decline = auth.approved ? undefined : auth.decline;
  const record: TransferRecord = {
    id: ids.uuid(),
    clientId,
    terminalId: auth.terminal.id,
    terminalNumber: auth.terminal.number,
    invoiceId: order.id,
    accountId,
    amount: order.amount,
    fee: sandbox.config.transfers.fee,
    currency: order.currency.toUpperCase(),
    description: order.description ?? '',
    language: '',
    email: order.senderEmail ?? '',
    name: sender.name ?? '',
    phone: '',
    ip: context.ip ?? '',
    ...NO_IP_LOCATION,
    senderCardMask: senderCard.cardMask,
    senderCardType: senderCard.scheme,
    senderCardId: senderCard.cardId,
    senderTransferType: sender.transferType,
    senderIssuer: senderCard.issuer,
    receiverCardMask: receiverCard.cardMask,
    receiverCardType: receiverCard.scheme,
    receiverCardId: receiverCard.cardId,
    receiverTransferType: receiver.transferType,
    receiverIssuer: receiverCard.issuer,
    reference: approved ? ids.digits(12) : '',
    intReference: approved ? ids.hex(16) : '',
    secure: '',
    code: decline ? String(decline.code) : '00',
    reason: decline ? decline.message.trim() : '',
    reasonCode: decline ? decline.code : 0,
    status: approved ? 'ok' : 'error',
    operationStatus: approved ? 'CHARGE' : 'REJECT',
    createdAt: clock.now().toISOString(),
    backLink: order.backLink ?? '',
    failureBackLink: order.failureBackLink ?? '',
    postLink: order.postLink || token.binding.postLink || '',
    failurePostLink: order.failurePostLink || token.binding.failurePostLink || '',
    ...(token.binding.secretHash !== undefined ? { secretHash: token.binding.secretHash } : {}),
    origin: 'api',
  };
  sandbox.transfers.save(record);
  sandbox.callbacks.enqueue({
    url: approved ? record.postLink : record.failurePostLink,
    kind: approved ? 'postLink' : 'failurePostLink',
    event: 'transfer',
    recordType: 'transfer',
    recordId: record.id,
    clientId,
    invoiceId: record.invoiceId,
    payload: transferCallbackPayload(record),
  });
  await sandbox.store.commit();
  if (decline) throw declineError(decline, { ...ctx, id: record.id });
  return { response: toTransferResponse(record), record, ignoredFields: checked.extraFields };
}

/** Which bound fields the order contradicts, in words; undefined when it matches. */
function bindingMismatch(binding: TokenBinding, order: TransferOrder): string | undefined {
  const problems: string[] = [];
  const differs = (field: string, bound: unknown, sent: unknown) =>
    problems.push(
      `${field} is ${JSON.stringify(bound)} in the token but ${JSON.stringify(sent)} in the order`,
    );
  if (binding.invoiceId !== undefined && binding.invoiceId !== order.id.trim()) {
    differs('invoiceID', binding.invoiceId, order.id);
  }
  if (binding.amount !== undefined && Math.round(binding.amount * 100) !== Math.round(order.amount * 100)) {
    differs('amount', binding.amount, order.amount);
  }
  if (binding.currency !== undefined && binding.currency !== order.currency.trim().toUpperCase()) {
    differs('currency', binding.currency, order.currency);
  }
  if (
    binding.terminal !== undefined &&
    binding.terminal.toLowerCase() !== order.terminalId.trim().toLowerCase()
  ) {
    differs('terminal', binding.terminal, order.terminalId);
  }
  if (binding.postLink !== undefined && order.postLink && order.postLink !== binding.postLink) {
    differs('postLink', binding.postLink, order.postLink);
  }
  if (
    binding.failurePostLink !== undefined &&
    order.failurePostLink &&
    order.failurePostLink !== binding.failurePostLink
  ) {
    differs('failurePostLink', binding.failurePostLink, order.failurePostLink);
  }
  return problems.length > 0 ? problems.join('; ') : undefined;
}

/** What is recorded of a card the authoriser could not read: its scheme at most, never its digits. */
function unreadCard(cardCred: string, transferType: ResolvedCard['transferType']): ResolvedCard {
  const digits = cardCred.replace(/\D/g, '');
  return {
    cardMask: '',
    scheme: schemeOf(digits) ?? 'VISA',
    // A card id is no secret, but a PAN sent as TYPECARDID by mistake must not be kept.
    cardId: transferType === 'TYPECARDID' && !/^[\d\s-]{12,}$/.test(cardCred) ? cardCred.slice(0, 64) : '',
    expiry: '',
    issuer: '',
    transferType,
  };
}

/** A string field of `body.order`, for echoing in errors of a body that does not validate. */
function peekString(body: unknown, ...names: string[]): string {
  const order = (body as { order?: Record<string, unknown> } | null)?.order;
  if (order === null || typeof order !== 'object') return '';
  for (const name of names) {
    const value = order[name];
    if (typeof value === 'string') return value.slice(0, 64);
  }
  return '';
}
