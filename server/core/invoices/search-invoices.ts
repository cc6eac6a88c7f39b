import { InvoiceSearchRequest, type InvoiceSearchResponse, validate } from '../../../contracts/index.js';
import { catalogueError } from '../errors/index.js';
import type { Sandbox } from '../sandbox.js';
import type { TokenRecord } from '../state/index.js';
import type { InvoiceRecord } from './invoice-record.js';
import { parseInvoiceQuery, runInvoiceQuery } from './invoice-search.js';
import { type InvoiceUrlOf, toInvoiceLinkRecord } from './invoice-views.js';

function* ownInvoices(all: Iterable<InvoiceRecord>, clientId: string): Generator<InvoiceRecord> {
  for (const invoice of all) if (invoice.clientId === clientId) yield invoice;
}

/**
 * The invoice search (002's body, `POST /invoice-links`): the token's merchant's links only, as
 * `{TotalCount, Records}`. Shapes: 9001/9002; query problems: 9330-9332.
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
  const query = parseInvoiceQuery(checked.value);
  const now = sandbox.clock.now();
  const { total, records } = runInvoiceQuery(query, ownInvoices(sandbox.invoices.all(), token.clientId), now);
  return { TotalCount: total, Records: records.map((r) => toInvoiceLinkRecord(r, urlOf, now)) };
}
