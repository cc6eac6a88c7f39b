import type { CardSource } from '../cards/index.js';
import { type CatalogueKey, catalogueError } from '../errors/index.js';
import { type CardPaymentResult, payWithCard } from '../payments/index.js';
import type { Sandbox } from '../sandbox.js';
import type { InvoiceRecord } from './invoice-record.js';
import { invoiceStatus } from './invoice-status.js';

/** Why a link takes no payment, as a catalogue key (9321-9323), or undefined when it can be paid. */
export function unpayableReason(invoice: InvoiceRecord, now: Date): CatalogueKey | undefined {
  switch (invoiceStatus(invoice, now)) {
    case 'ACTIVE':
      return undefined;
    case 'EXPIRED':
      return 'invoiceExpired';
    case 'DEACTIVATED':
      return 'invoiceDeactivated';
    case 'CHARGED':
      return 'invoiceAlreadyPaid';
  }
}

/** Request facts the core cannot see by itself. */
export interface InvoicePaymentContext {
  /** The payer's IP address as the HTTP layer saw it. */
  readonly ip?: string;
}

/** The outcome of {@link payInvoice}: the link (CHARGED when approved) and the card payment's result. */
export interface InvoicePayment {
  readonly invoice: InvoiceRecord;
  readonly result: CardPaymentResult;
}

/**
 * Pays an invoice link with a card from its hosted page: the link must be payable (not expired 9321, not
 * deactivated 9322, not paid 9323). The card goes through {@link payWithCard} on the link's terminal and
 * order (invoice_id), so the outcomes, the payment record, check-status, /operations and the post_link /
 * failure_post_link callbacks are those of any card payment. An approval marks the link CHARGED. A decline
 * leaves it ACTIVE: the payer may try another card.
 *
 * @example
 * const { invoice, result } = await payInvoice(sandbox, linkId, { type: 'pan', pan, expiry, cvc });
 * invoice.status; // 'CHARGED' when result.approved
 */
export async function payInvoice(
  sandbox: Sandbox,
  invoice: InvoiceRecord,
  card: CardSource,
  context: InvoicePaymentContext = {},
): Promise<InvoicePayment> {
  const reason = unpayableReason(invoice, sandbox.clock.now());
  if (reason) throw catalogueError(reason, `link '${invoice.id}'`);
  const result = await payWithCard(sandbox, {
    clientId: invoice.clientId,
    terminalId: invoice.terminalId,
    invoiceId: invoice.invoiceId,
    amount: invoice.amount,
    currency: invoice.currency,
    card,
    ...(invoice.accountId !== '' ? { accountId: invoice.accountId, save: invoice.cardSave } : {}),
    description: invoice.description,
    language: invoice.language.toUpperCase(),
    email: invoice.recipientContact,
    phone: invoice.recipientContactSms,
    ...(context.ip ? { ip: context.ip } : {}),
    backLink: invoice.backLink,
    failureBackLink: invoice.failureBackLink,
    postLink: invoice.postLink,
    failurePostLink: invoice.failurePostLink,
    invoiceLinkId: invoice.id,
  });
  if (!result.approved) return { invoice, result };
  const paid: InvoiceRecord = { ...invoice, status: 'CHARGED', paymentId: result.payment.id };
  sandbox.invoices.save(paid);
  await sandbox.store.commit();
  return { invoice: paid, result };
}
