import type { Merchant } from '../../../fixtures/index.js';
import type { CardSource } from '../cards/index.js';
import { catalogueError } from '../errors/index.js';
import { type CardPaymentResult, payWithCard } from '../payments/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import type { PaymentObject } from './payment-object.js';

/** A payment the form may take: the object, its live token, and what the token fixed. */
export interface Checkout {
  readonly object: PaymentObject;
  readonly token: TokenRecord;
  readonly merchant: Merchant;
  readonly terminalId: string;
  readonly postLink: string;
  readonly failurePostLink: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The bound value, the object's value, or a 9341 when both are given and differ. */
function agree(name: string, bound: string | undefined, given: string): string {
  if (bound === undefined || bound === '') return given;
  if (given !== '' && !same(bound, given)) {
    throw catalogueError(
      'payformTokenMismatch',
      `the token was issued for ${name} '${bound}', the payment object says '${given}'`,
    );
  }
  return bound;
}

/**
 * Checks a payment object as the bank's form does before showing the card form: the token (`auth`) must be
 * live, unused, with scope `payment`, and bound at token time to this invoiceId and amount (9341 otherwise);
 * a terminal, currency, postLink or failurePostLink bound to it must match the object's. 401/403 errors of
 * the token (9010, 9011) are thrown as they are.
 *
 * @example
 * const checkout = openCheckout(sandbox, readPaymentObject(params));
 * checkout.merchant.name; // shown on the form
 */
export function openCheckout(sandbox: Sandbox, object: PaymentObject): Checkout {
  const token = sandbox.tokens.authenticate(object.accessToken, ['payment']);
  const { binding } = token;
  if (binding.invoiceId === undefined || binding.amount === undefined) {
    throw catalogueError(
      'payformTokenMismatch',
      'the token is not bound to an order: request it with invoiceID, amount, currency and terminal (client_credentials, scope payment)',
    );
  }
  agree('invoiceID', binding.invoiceId, object.invoiceId);
  if (binding.amount !== object.amount) {
    throw catalogueError(
      'payformTokenMismatch',
      `the token was issued for amount ${binding.amount}, the payment object says ${object.amount}`,
    );
  }
  agree('currency', binding.currency, object.currency);
  const terminalId = agree('terminal', binding.terminal, object.terminal);
  if (terminalId === '')
    throw catalogueError('payformParamsInvalid', 'neither the payment object nor the token names a terminal');
  const merchant = sandbox.merchants.byClientId(token.clientId);
  if (!merchant) throw catalogueError('unauthorized', `the token's merchant '${token.clientId}' is unknown`);
  return {
    object,
    token,
    merchant,
    terminalId,
    postLink: agree('postLink', binding.postLink, object.postLink),
    failurePostLink: agree('failurePostLink', binding.failurePostLink, object.failurePostLink),
  };
}

/**
 * Pays a checkout with a card through {@link payWithCard} (same outcomes and callbacks as any card payment,
 * `secret_hash` of the token echoed). An approval spends the token; a decline leaves it usable, so the payer
 * may try another card on the same form.
 *
 * @example
 * const result = await payCheckout(sandbox, checkout, card, { ip: '127.0.0.1' });
 */
export async function payCheckout(
  sandbox: Sandbox,
  checkout: Checkout,
  card: CardSource,
  context: { readonly ip?: string } = {},
): Promise<CardPaymentResult> {
  const { object, token } = checkout;
  const result = await payWithCard(sandbox, {
    clientId: token.clientId,
    terminalId: checkout.terminalId,
    invoiceId: object.invoiceId,
    amount: object.amount,
    currency: object.currency,
    card,
    ...(object.accountId !== '' ? { accountId: object.accountId, save: object.cardSave } : {}),
    description: object.description,
    language: object.language.toUpperCase() || 'RUS',
    email: object.email,
    phone: object.phone,
    ...(context.ip ? { ip: context.ip } : {}),
    backLink: object.backLink,
    failureBackLink: object.failureBackLink,
    postLink: checkout.postLink,
    failurePostLink: checkout.failurePostLink,
    ...(token.binding.secretHash !== undefined ? { secretHash: token.binding.secretHash } : {}),
  });
  if (result.approved) {
    sandbox.tokens.markUsed(token);
    await sandbox.store.commit();
  }
  return result;
}
