import type { TSchema } from 'typebox';
import { exampleJson, JSON_EXAMPLES } from '../../../contracts/examples/index.js';
import {
  COMMON_ERROR_RESPONSES,
  type EndpointContract,
  endpointPaths,
  endpoints,
} from '../../../contracts/index.js';
import type { EpayApp } from '../../../server/http/create-app.js';
import { clientCredentials, getToken, TEST_MERCHANT, WEBAPI_SCOPE } from '../../support/http.js';
import { transferBody } from '../../support/transfers.js';

/** Every endpoint of the table: the walk covers routes added later (search, invoices) without edits. */
export const ROUTES: readonly EndpointContract[] = Object.values(endpoints);

/** Scale of the reliability runs: `RELIABILITY=long` (npm run test:reliability) or the quick `npm test` one. */
export const LONG = process.env.RELIABILITY === 'long';

/**
 * A payment in AUTH and one in CHARGE, and a transfer, created through the API: the ids path parameters
 * point at by default.
 */
export interface Fixtures {
  readonly authPaymentId: string;
  readonly chargedPaymentId: string;
  readonly chargedInvoiceId: string;
  readonly transferOrderId: string;
}

/**
 * Creates the records the routes' default path parameters refer to.
 *
 * @example
 * const fixtures = await createFixtures(app);
 */
export async function createFixtures(app: EpayApp): Promise<Fixtures> {
  const payment = async (status: string, invoiceId: string) => {
    const res = await app.request('/_sandbox/payments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status, invoiceId, amount: 500 }),
    });
    if (res.status !== 201) throw new Error(`fixture payment: ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  };
  const authPaymentId = await payment('AUTH', '700000000001');
  const chargedPaymentId = await payment('CHARGE', '700000000002');
  const token = await getToken(app, clientCredentials({ scope: 'transfer' }));
  const res = await app.request('/payments/cards/auth', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(transferBody({ order: { id: '700000000003' } })),
  });
  if (res.status !== 200) throw new Error(`fixture transfer: ${await res.text()}`);
  return {
    authPaymentId,
    chargedPaymentId,
    chargedInvoiceId: '700000000002',
    transferOrderId: '700000000003',
  };
}

/**
 * The path of `endpoint` on one of its two layouts, with its parameters filled in (`values`, else the
 * fixtures' ids).
 *
 * @example
 * routePath(endpoints.paymentStatus, 1, fixtures); // '/check-status/payment/transaction/700000000002'
 */
export function routePath(
  endpoint: EndpointContract,
  layout: 0 | 1,
  fixtures: Fixtures,
  values: Readonly<Record<string, string>> = {},
): string {
  const defaults: Record<string, string> = {
    invoiceid: fixtures.chargedInvoiceId,
    order: fixtures.transferOrderId,
    id: endpoint.id === 'operationRefund' ? fixtures.chargedPaymentId : fixtures.authPaymentId,
  };
  return endpointPaths(endpoint)[layout].replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? defaults[name.toLowerCase()] ?? 'x'),
  );
}

/**
 * A valid token for `endpoint` (a fresh one: transfer tokens are single-use), or none when it needs none.
 *
 * @example
 * const token = await tokenFor(app, endpoints.transfer);
 */
export async function tokenFor(app: EpayApp, endpoint: EndpointContract): Promise<string | undefined> {
  if (endpoint.auth.kind === 'none') return undefined;
  const scopes = new Set([...endpoint.auth.scopes, ...WEBAPI_SCOPE.split(' ')]);
  return getToken(app, clientCredentials({ scope: [...scopes].join(' '), terminal: TEST_MERCHANT.terminal }));
}

/**
 * A valid body of `endpoint` as text: the seed documents' request example when there is one.
 *
 * @example
 * validBody(endpoints.transfer); // 004's transfer body
 */
export function validBody(endpoint: EndpointContract): Record<string, unknown> | undefined {
  if (endpoint.id === 'token') return { ...clientCredentials() };
  if (endpoint.id === 'transfer') return transferBody({ order: { id: '710000000001' } });
  const example = JSON_EXAMPLES.find((e) => e.endpoint === endpoint.id && e.kind === 'request');
  return example ? (exampleJson(example) as Record<string, unknown>) : undefined;
}

/**
 * The schema an answer of `endpoint` with `status` must match: the table's, else the API's common errors.
 *
 * @example
 * validate(answerSchema(endpoints.token, 400)!, body);
 */
export function answerSchema(endpoint: EndpointContract, status: number): TSchema | undefined {
  return endpoint.responses[status] ?? COMMON_ERROR_RESPONSES[status];
}

/**
 * The state's collections that a refused request must leave alone (tokens are issued by every run and
 * callbacks follow the records).
 *
 * @example
 * const before = keptState(app);
 */
export function keptState(app: EpayApp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(app.sandbox.store.state)) {
    if (name === 'tokens' || name === 'refreshTokens' || name === 'callbacks') continue;
    out[name] = JSON.stringify(value);
  }
  return out;
}
