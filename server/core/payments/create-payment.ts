import type { SandboxPaymentRequest } from '../../../contracts/index.js';
import { schemeOf } from '../cards/index.js';
import { catalogueError } from '../errors/index.js';
import { maskPan, type PaymentRecord } from '../records/index.js';
import type { Sandbox } from '../sandbox.js';
import { buildPaymentRecord } from './payment-builder.js';

const MASK = /^\d{6}\.{3}\d{4}$/;
/** 004's first test card, masked. */
const DEFAULT_CARD_MASK = '440563...5096';

/**
 * Creates a card payment directly in a given status (`POST /_sandbox/payments`): the setup step of tests that
 * need one, such as a payment in AUTH to charge or cancel. No card checks, no callback. `card` is a test
 * card's PAN or any mask (`440563...5096`); only the mask is kept.
 *
 * @example
 * const payment = await createSandboxPayment(sandbox, { status: 'AUTH', amount: 100, invoiceId: '000123' });
 * payment.status; // 'AUTH'
 */
export async function createSandboxPayment(
  sandbox: Sandbox,
  input: SandboxPaymentRequest,
): Promise<PaymentRecord> {
  const terminalId = input.terminal ?? sandbox.merchants.merchants[0]?.terminals[0]?.id ?? '';
  const owner = sandbox.merchants.terminalOwner(terminalId);
  if (!owner)
    throw catalogueError('invalidRequest', `terminal '${terminalId}' is not a terminal of the fixtures`);
  const currency = (input.currency ?? 'KZT').toUpperCase();
  if (!owner.terminal.currencies.includes(currency)) {
    throw catalogueError(
      'invalidRequest',
      `terminal '${owner.terminal.id}' accepts ${owner.terminal.currencies.join(', ')}, not '${currency}'`,
    );
  }
  const amount = input.amount ?? 100;
  if (Math.round(amount * 100) !== Number((amount * 100).toFixed(6))) {
    throw catalogueError('invalidRequest', `amount has more than 2 decimals: ${amount}`);
  }
  const card = resolveCard(sandbox, input.card);
  const status = input.status ?? 'AUTH';
  const payment = buildPaymentRecord(sandbox, {
    merchant: owner.merchant,
    terminal: owner.terminal,
    invoiceId: input.invoiceId ?? sandbox.ids.digits(12),
    amount,
    currency,
    status,
    ...card,
    ...(input.accountId !== undefined ? { accountId: input.accountId } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.email !== undefined ? { payerEmail: input.email } : {}),
    ...(input.phone !== undefined ? { payerPhone: input.phone } : {}),
    ...(input.name !== undefined ? { payerName: input.name } : {}),
    ...(input.postLink !== undefined ? { postLink: input.postLink } : {}),
    ...(input.failurePostLink !== undefined ? { failurePostLink: input.failurePostLink } : {}),
    ...(input.secretHash !== undefined ? { secretHash: input.secretHash } : {}),
    ...(status === 'REJECT' || status === 'FAILED' ? { decline: { code: 466, message: 'Declined' } } : {}),
  });
  sandbox.payments.save(payment);
  await sandbox.store.commit();
  return payment;
}

function resolveCard(sandbox: Sandbox, card: string | undefined) {
  const text = (card ?? DEFAULT_CARD_MASK).replace(/[\s-]/g, '');
  if (MASK.test(text)) return { cardMask: text, cardType: schemeOf(text) ?? 'VISA', cardExpiry: '' };
  if (!/^\d{12,19}$/.test(text)) {
    throw catalogueError('invalidRequest', "field 'card' must be a card number or a mask like 440563...5096");
  }
  const test = sandbox.merchants.testCard(text);
  return {
    cardMask: maskPan(text),
    cardType: test?.scheme ?? schemeOf(text) ?? 'VISA',
    cardExpiry: test?.expiry ?? '',
  };
}
