import type { Hono } from 'hono';
import type { EndpointContract } from '../../contracts/index.js';
import type { AppEnv } from '../../server/http/app-env.js';
import type { EpayApp } from '../../server/http/create-app.js';
import { registerEndpoint } from '../../server/http/register-endpoint.js';
import { seedPayment } from './payment-record.js';

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

/**
 * Registers `POST /_probe/pay` (no auth): creates a payment in the namespace's sandbox the way a business
 * endpoint would (ledger save + commit), from {@link seedPayment}'s fields. Stands in for issue 4's routes.
 */
export function registerPaymentProbe(app: Hono<AppEnv>): void {
  registerEndpoint(app, probeEndpoint('pay', { auth: { kind: 'none' } }), async (c) => {
    const sandbox = c.get('sandbox');
    const payment = seedPayment(sandbox, await c.req.json());
    sandbox.payments.save(payment);
    await sandbox.store.commit();
    return c.json(payment, 201);
  });
}
