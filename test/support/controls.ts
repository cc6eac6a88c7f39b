import type { EndpointContract } from '../../contracts/index.js';
import type { EpayApp } from '../../server/http/create-app.js';

/** Sends a JSON request to the app (admin routes), with extra headers. */
export function send(
  app: EpayApp,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }),
  );
}

/** A test-only API endpoint of the table's shape (the business endpoints land in other issues). */
export function probeEndpoint(id: string, overrides: Partial<EndpointContract> = {}): EndpointContract {
  return {
    id,
    summary: `test-only endpoint ${id}`,
    method: 'POST',
    host: 'api',
    path: `/_probe/${id}`,
    auth: { kind: 'bearer', scopes: ['webapi', 'payment', 'transfer'] },
    responses: {},
    source: 'test',
    ...overrides,
  };
}
