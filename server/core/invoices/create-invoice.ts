import { InvoiceCreateRequest, validate } from '../../../contracts/index.js';
import type { Terminal } from '../../../fixtures/index.js';
import { catalogueError } from '../errors/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import type { InvoiceRecord } from './invoice-record.js';
import { checkInvoiceFields } from './invoice-rules.js';

const DAY_MS = 86_400_000;

/** A created invoice link, and the body fields the sandbox did not know (for a warning header). */
export interface InvoiceCreation {
  readonly invoice: InvoiceRecord;
  readonly ignoredFields: readonly string[];
}

/**
 * `POST /invoice` (002): checks the body (shapes: 9001/9002; field rules: 9303-9311), the shop (of the
 * token's merchant: 9301) and the uniqueness of invoice_id in the shop (9302), then stores an ACTIVE link
 * that expires `expire_period` days after now, on the shop's terminal, and commits.
 *
 * @example
 * const { invoice } = await createInvoice(sandbox, token, body);
 * invoice.status; // 'ACTIVE'
 */
export async function createInvoice(
  sandbox: Sandbox,
  token: TokenRecord,
  body: unknown,
): Promise<InvoiceCreation> {
  const checked = validate(InvoiceCreateRequest, body, 'open');
  if (!checked.ok) throw catalogueError('invalidRequest', checked.problems.join('; '));
  const request = checked.value;
  const merchant = sandbox.merchants.byClientId(token.clientId);
  const shopId = request.shop_id.trim();
  const shop = merchant?.shops.find((s) => s.id.toLowerCase() === shopId.toLowerCase());
  if (!merchant || !shop) {
    throw catalogueError(
      'invoiceShopNotOwned',
      `shop '${request.shop_id}' is not a shop of merchant '${token.clientId}'`,
    );
  }
  const fields = checkInvoiceFields(request, sandbox.config.invoices);
  const terminal = terminalFor(merchant.terminals, shop.id, fields.currency);
  if (!terminal) {
    throw catalogueError(
      'invoiceCurrencyInvalid',
      `no terminal of shop '${shop.id}' accepts ${fields.currency}`,
    );
  }
  const existing = sandbox.search
    .invoicesByInvoice(merchant.clientId, fields.invoiceId)
    .find((i) => i.shopId === shop.id);
  if (existing) {
    throw catalogueError(
      'invoiceDuplicate',
      `invoice_id '${fields.invoiceId}' is already link '${existing.id}' of shop '${shop.id}'`,
    );
  }
  const now = sandbox.clock.now();
  const invoice: InvoiceRecord = {
    id: sandbox.ids.uuid(),
    clientId: merchant.clientId,
    merchantId: merchant.merchantId,
    shopId: shop.id,
    terminalId: terminal.id,
    invoiceId: fields.invoiceId,
    accountId: fields.accountId,
    amount: fields.amount,
    currency: fields.currency,
    language: fields.language,
    description: fields.description,
    recipientContact: fields.recipientContact,
    recipientContactSms: fields.recipientContactSms,
    notifierContact: fields.notifierContact,
    notifierContactSms: fields.notifierContactSms,
    expirePeriod: fields.expirePeriod,
    postLink: (request.post_link ?? '').trim(),
    failurePostLink: (request.failure_post_link ?? '').trim(),
    backLink: (request.back_link ?? '').trim(),
    failureBackLink: (request.failure_back_link ?? '').trim(),
    cardSave: request.card_save ?? false,
    data: request.data ?? '',
    createdDate: now.toISOString(),
    expireDate: new Date(now.getTime() + fields.expireDays * DAY_MS).toISOString(),
    status: 'ACTIVE',
    updatedDate: null,
    origin: 'api',
  };
  sandbox.invoices.save(invoice);
  await sandbox.store.commit();
  return { invoice, ignoredFields: checked.extraFields };
}

/** The shop's own terminal for the currency, else another of the merchant's (002's answer for its second shop). */
function terminalFor(terminals: readonly Terminal[], shopId: string, currency: string): Terminal | undefined {
  const accepting = terminals.filter((t) => t.currencies.includes(currency));
  return accepting.find((t) => t.shopId === shopId) ?? accepting[0];
}
