import type { Context, Hono } from 'hono';
import { endpoints } from '../../../contracts/index.js';
import {
  createInvoice,
  deactivateInvoice,
  invoiceUrlBuilder,
  searchInvoices,
  toInvoiceCreateResponse,
  toInvoiceLinkRecord,
} from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerEndpoint } from '../register-endpoint.js';
import { readJsonBody, WARNING_HEADER } from '../request-body.js';
import { layoutPrefix, namespaceQuery, requestOrigin } from '../request-origin.js';

/** Links point at this sandbox, on the layout the client called (`/api/redirect/...` on the older one), in its namespace. */
const urlOf = (c: Context<AppEnv>) => invoiceUrlBuilder(requestOrigin(c), layoutPrefix(c), namespaceQuery(c));

/**
 * `POST /invoice`, the invoice search `POST /invoice-links` and `PUT /deactivate/invoice-links/:invoicelinkid`
 * (002), on both host layouts.
 */
export function registerInvoiceRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.invoiceCreate, async (c) => {
    const sandbox = c.get('sandbox');
    const { invoice, ignoredFields } = await createInvoice(sandbox, c.get('token'), await readJsonBody(c));
    if (ignoredFields.length > 0) {
      c.header(WARNING_HEADER, `unknown fields ignored: ${ignoredFields.join(', ')}`, { append: true });
    }
    return c.json(toInvoiceCreateResponse(invoice, urlOf(c), sandbox.clock.now()));
  });
  registerEndpoint(app, endpoints.invoiceSearch, async (c) =>
    c.json(searchInvoices(c.get('sandbox'), c.get('token'), await readJsonBody(c), urlOf(c))),
  );
  registerEndpoint(app, endpoints.invoiceDeactivate, async (c) => {
    const sandbox = c.get('sandbox');
    const invoice = await deactivateInvoice(sandbox, c.get('token'), c.req.param('invoicelinkid') ?? '');
    return c.json(toInvoiceLinkRecord(invoice, urlOf(c), sandbox.clock.now()));
  });
}
