import type { EpayApp } from '../../server/http/create-app.js';
import { getToken, type INVOICE_MERCHANT, TEST_MERCHANT, WEBAPI_SCOPE } from '../support/http.js';

/** A password-grant token of merchant `test` (or `halykfinanceUSD`) with `scope`. */
export function passwordToken(
  app: EpayApp,
  scope: string,
  merchant: typeof TEST_MERCHANT | typeof INVOICE_MERCHANT = TEST_MERCHANT,
): Promise<string> {
  return getToken(app, {
    grant_type: 'password',
    client_id: merchant.clientId,
    client_secret: merchant.clientSecret,
    username: merchant.username,
    password: merchant.password,
    scope,
  });
}

/** A web API token for `/operations` (000's scope list). */
export const webapiToken = (
  app: EpayApp,
  merchant: typeof TEST_MERCHANT | typeof INVOICE_MERCHANT = TEST_MERCHANT,
) => passwordToken(app, WEBAPI_SCOPE, merchant);

/** A `transfer` token for `/p2p/operations` (001). */
export const transferToken = (
  app: EpayApp,
  merchant: typeof TEST_MERCHANT | typeof INVOICE_MERCHANT = TEST_MERCHANT,
) => passwordToken(app, 'transfer', merchant);

/** POSTs `body` (an object, or raw text sent as is) with a bearer token; returns status and JSON. */
export async function postSearch(
  app: EpayApp,
  path: string,
  token: string,
  body: unknown,
): Promise<{
  status: number;
  body: Record<string, unknown> & { totalCount?: number; records?: Record<string, unknown>[] };
}> {
  const res = await app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** A search request body over `range` (created_date) with extra parameters. */
export function searchBody(
  range: readonly [string, string],
  extra: readonly { name: string; method: string; searchParameter: unknown[] }[] = [],
  order: readonly { field: string; typeOrder: string }[] = [],
  paging: { page: number | string; size: number | string } = { page: 0, size: 20 },
  dateField = 'created_date',
) {
  return {
    paging,
    searchParameters: [{ name: dateField, method: 'between', searchParameter: [...range] }, ...extra],
    orderParameters: order,
  };
}

/** Every date of the generated history (and the examples). */
export const ALL_TIME: readonly [string, string] = ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'];
