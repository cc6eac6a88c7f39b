import { catalogueError } from '../errors/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import type { InvoiceRecord } from './invoice-record.js';

/**
 * The link `id` of the token's merchant, or 9320 (another merchant's link is "not found" too).
 *
 * @example
 * const invoice = ownInvoice(sandbox, token.clientId, id);
 */
export function ownInvoice(sandbox: Sandbox, clientId: string, id: string): InvoiceRecord {
  const invoice = sandbox.invoices.get(id.trim().toLowerCase()) ?? sandbox.invoices.get(id.trim());
  if (!invoice || invoice.clientId !== clientId) {
    throw catalogueError('invoiceNotFound', `no invoice link '${id}' of merchant '${clientId}'`);
  }
  return invoice;
}

/**
 * `PUT /deactivate/invoice-links/:invoicelinkid` (002): an ACTIVE (or expired) link becomes DEACTIVATED and
 * can no longer be paid; `updated_date` is set. A paid link is left as it is, and so is its payment ("the
 * deactivation has no effect on a payment made"); deactivating twice changes nothing. Unknown id: 9320.
 *
 * @example
 * const invoice = await deactivateInvoice(sandbox, token, '19c435ae-fbe6-4761-863f-381f6a0fe824');
 * invoice.status; // 'DEACTIVATED' (or 'CHARGED' when it was paid)
 */
export async function deactivateInvoice(
  sandbox: Sandbox,
  token: TokenRecord,
  id: string,
): Promise<InvoiceRecord> {
  const invoice = ownInvoice(sandbox, token.clientId, id);
  if (invoice.status !== 'ACTIVE') return invoice;
  const updated: InvoiceRecord = {
    ...invoice,
    status: 'DEACTIVATED',
    updatedDate: sandbox.clock.now().toISOString(),
  };
  sandbox.invoices.save(updated);
  await sandbox.store.commit();
  return updated;
}
