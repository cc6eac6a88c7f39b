import { InvoiceSearchRequest, type InvoiceSearchResponse, validate } from '../../../contracts/index.js';
import { catalogueError } from '../errors/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import { type InvoiceUrlOf, toInvoiceLinkRecord } from './invoice-views.js';

/**
 * The invoice search (002's body, `POST /invoice-links`) through the sandbox's search engine: the token's
 * merchant's links only, as `{TotalCount, Records}`. Shapes: 9001/9002; the query is checked as the
 * operations searches' are (91xx), with 9331 for a missing `invoice_id` filter and 9332 for an unknown
 * method.
 *
 * @example
 * const answer = searchInvoices(sandbox, token, body, invoiceUrlBuilder(origin, '/api'));
 * answer.TotalCount; // 1 for 002's example on merchant halykfinanceUSD
 */
export function searchInvoices(
  sandbox: Sandbox,
  token: TokenRecord,
  body: unknown,
  urlOf: InvoiceUrlOf,
): InvoiceSearchResponse {
  const checked = validate(InvoiceSearchRequest, body);
  if (!checked.ok) throw catalogueError('invalidRequest', checked.problems.join('; '));
  const { total, records } = sandbox.search.invoices(token.clientId, checked.value);
  const now = sandbox.clock.now();
  return { TotalCount: total, Records: records.map((r) => toInvoiceLinkRecord(r, urlOf, now)) };
}
