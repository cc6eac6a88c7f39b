import type { CallbackEvent } from '../callbacks/index.js';
import { paymentCallbackPayload } from '../callbacks/index.js';
import { catalogueError } from '../errors/index.js';
import type { PaymentRecord, PaymentStatus } from '../records/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';

/** Smallest partial refund in KZT (DESIGN.md facts). */
export const MIN_REFUND_KZT = 10;

const cents = (n: number): number => Math.round(n * 100) / 100;

/** The payment `id` of the token's merchant, or 9210. */
function ownPayment(sandbox: Sandbox, token: TokenRecord, id: string): PaymentRecord {
  const payment = sandbox.payments.get(id.trim());
  if (!payment || payment.clientId !== token.clientId) {
    throw catalogueError('operationNotFound', `no payment '${id}' of merchant '${token.clientId}'`);
  }
  return payment;
}

function requireStatus(payment: PaymentRecord, operation: string, allowed: readonly PaymentStatus[]): void {
  if (!allowed.includes(payment.status)) {
    throw catalogueError(
      'operationWrongStatus',
      `${operation} needs status ${allowed.join(' or ')}; payment '${payment.id}' is ${payment.status}`,
    );
  }
}

/** Reads `?amount=` (undefined when absent), or 9212. */
function parseAmount(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim();
  const amount = Number(trimmed);
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed) || !(amount > 0)) {
    throw catalogueError(
      'operationInvalidAmount',
      `amount must be a positive number with at most 2 decimals, got '${text}'`,
    );
  }
  return amount;
}

async function apply(
  sandbox: Sandbox,
  updated: PaymentRecord,
  event: CallbackEvent,
  operationAmount: number,
): Promise<PaymentRecord> {
  sandbox.payments.save(updated);
  if (sandbox.config.callbacks.lifecycle) {
    sandbox.callbacks.enqueue({
      url: updated.postLink,
      kind: 'postLink',
      event,
      recordType: 'payment',
      recordId: updated.id,
      clientId: updated.clientId,
      invoiceId: updated.invoiceId,
      payload: paymentCallbackPayload(updated, operationAmount),
    });
  }
  await sandbox.store.commit();
  return updated;
}

/**
 * `POST /operation/:id/charge[?amount=]`: confirms an authorised payment (AUTH -> CHARGE), in full or for a
 * part of the authorised amount (the rest is released). 9210 unknown, 9211 not in AUTH, 9212 bad amount,
 * 9214 above the authorised amount.
 *
 * @example
 * await chargePayment(sandbox, token, paymentId, '60'); // charges 60 of 100
 */
export async function chargePayment(
  sandbox: Sandbox,
  token: TokenRecord,
  id: string,
  amountText?: string,
): Promise<PaymentRecord> {
  const payment = ownPayment(sandbox, token, id);
  requireStatus(payment, 'charge', ['AUTH']);
  const amount = parseAmount(amountText) ?? payment.amount;
  if (amount > payment.amount) {
    throw catalogueError(
      'amountAboveAvailable',
      `charge of ${amount} is above the authorised ${payment.amount}`,
    );
  }
  const now = sandbox.clock.now().toISOString();
  const updated: PaymentRecord = {
    ...payment,
    status: 'CHARGE',
    amount: cents(amount),
    chargedAmount: cents(amount),
    confirmDate: now,
    updatedDate: now,
  };
  return apply(sandbox, updated, 'charge', updated.amount);
}

/**
 * `POST /operation/:id/cancel`: releases an authorised payment (AUTH -> CANCEL). 9210 unknown, 9211 not in AUTH.
 *
 * @example
 * await cancelPayment(sandbox, token, paymentId);
 */
export async function cancelPayment(
  sandbox: Sandbox,
  token: TokenRecord,
  id: string,
): Promise<PaymentRecord> {
  const payment = ownPayment(sandbox, token, id);
  requireStatus(payment, 'cancel', ['AUTH']);
  const now = sandbox.clock.now().toISOString();
  return apply(sandbox, { ...payment, status: 'CANCEL', updatedDate: now }, 'cancel', payment.amount);
}

/**
 * `POST /operation/:id/refund[?amount=]`: returns money of a charged payment (CHARGE or REFUND -> REFUND), all
 * that is left or a part. A partial refund is at least 10 KZT (a refund of all that is left is always
 * allowed); refunds never add up to more than was charged. 9210 unknown, 9211 wrong status, 9212 bad amount,
 * 9213 below the minimum, 9214 above what is left.
 *
 * @example
 * await refundPayment(sandbox, token, paymentId, '40'); // 60 of 100 left; status REFUND
 */
export async function refundPayment(
  sandbox: Sandbox,
  token: TokenRecord,
  id: string,
  amountText?: string,
): Promise<PaymentRecord> {
  const payment = ownPayment(sandbox, token, id);
  requireStatus(payment, 'refund', ['CHARGE', 'REFUND']);
  const charged = payment.chargedAmount > 0 ? payment.chargedAmount : payment.orgAmount;
  const left = cents(charged - payment.refundedAmount);
  if (left <= 0)
    throw catalogueError('amountAboveAvailable', `payment '${payment.id}' is refunded in full already`);
  const amount = parseAmount(amountText) ?? left;
  if (amount > left)
    throw catalogueError('amountAboveAvailable', `refund of ${amount} is above the ${left} left`);
  if (payment.currency === 'KZT' && amount < MIN_REFUND_KZT && amount !== left) {
    throw catalogueError(
      'refundBelowMinimum',
      `a partial refund is at least ${MIN_REFUND_KZT} KZT, got ${amount}`,
    );
  }
  const now = sandbox.clock.now().toISOString();
  const refunded = cents(payment.refundedAmount + amount);
  const updated: PaymentRecord = {
    ...payment,
    status: 'REFUND',
    chargedAmount: charged,
    refundedAmount: refunded,
    amount: cents(charged - refunded),
    updatedDate: now,
  };
  return apply(sandbox, updated, 'refund', amount);
}
