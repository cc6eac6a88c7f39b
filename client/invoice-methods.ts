import type { EndpointId } from '../contracts/index.js';
import type { RequestBodyOf, SuccessOf } from './endpoint-types.js';

/** Invoice links (payment links) of the web API (002). Each call gets a password-grant token (scope `api`). */
export interface InvoiceMethods {
  /**
   * `POST /invoice`: creates a payment link; `invoice_url` is its hosted payment page.
   *
   * @example
   * const link = await client.invoices.create({ shop_id, account_id: '001', invoice_id: '000000123', amount: 100,
   *   language: 'rus', description: 'Order 123', expire_period: '1d', recipient_contact: 'a@b.kz',
   *   recipient_contact_sms: '+77771234567', currency: 'KZT' });
   * link.invoice_url; // send the payer there
   */
  create(body: RequestBodyOf<'invoiceCreate'>): Promise<SuccessOf<'invoiceCreate'>>;
  /**
   * The invoice search (002's body; `POST /invoice-links`): `{TotalCount, Records}`.
   *
   * @example
   * const { Records } = await client.invoices.search({ paging: { skip: 0, limit: 20 },
   *   searchParameters: [{ name: 'invoice_id', method: '=', searchParameter: ['000000123'] }] });
   */
  search(body: RequestBodyOf<'invoiceSearch'>): Promise<SuccessOf<'invoiceSearch'>>;
  /**
   * `PUT /deactivate/invoice-links/:invoicelinkid`: the link can no longer be paid (a paid one stays paid).
   *
   * @example
   * await client.invoices.deactivate(link.id);
   */
  deactivate(invoiceLinkId: string): Promise<SuccessOf<'invoiceDeactivate'>>;
}

/** The part of the client the invoice methods call through. */
type Caller = <E extends EndpointId>(
  id: E,
  options?: { readonly params?: Readonly<Record<string, string>>; readonly body?: RequestBodyOf<E> },
) => Promise<SuccessOf<E>>;

/**
 * The invoice methods over a client's `call`.
 *
 * @example
 * const invoices = createInvoiceMethods(client.call);
 */
export function createInvoiceMethods(call: Caller): InvoiceMethods {
  return {
    create: (body) => call('invoiceCreate', { body }),
    search: (body) => call('invoiceSearch', { body }),
    deactivate: (invoiceLinkId) => call('invoiceDeactivate', { params: { invoicelinkid: invoiceLinkId } }),
  };
}
