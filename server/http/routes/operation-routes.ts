import type { Hono } from 'hono';
import { endpoints } from '../../../contracts/index.js';
import { cancelPayment, chargePayment, refundPayment } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerEndpoint } from '../register-endpoint.js';

/**
 * `POST /operation/:id/charge`, `/cancel`, `/refund` (DESIGN.md facts): HTTP 200 with an empty body on
 * success, `{code, message}` with HTTP 400 otherwise. `?amount=` makes a charge or refund partial.
 */
export function registerOperationRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.operationCharge, async (c) => {
    await chargePayment(c.get('sandbox'), c.get('token'), c.req.param('id') ?? '', c.req.query('amount'));
    return c.body(null, 200);
  });
  registerEndpoint(app, endpoints.operationCancel, async (c) => {
    await cancelPayment(c.get('sandbox'), c.get('token'), c.req.param('id') ?? '');
    return c.body(null, 200);
  });
  registerEndpoint(app, endpoints.operationRefund, async (c) => {
    await refundPayment(c.get('sandbox'), c.get('token'), c.req.param('id') ?? '', c.req.query('amount'));
    return c.body(null, 200);
  });
}
