import type { Hono } from 'hono';
import { endpoints } from '../../../contracts/index.js';
import { p2pStatus, paymentStatus } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerEndpoint } from '../register-endpoint.js';

/** `GET /check-status/payment/transaction/:invoiceid` (003) and `GET /check-status/p2p/transaction/:order`. */
export function registerStatusRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.paymentStatus, (c) =>
    c.json(paymentStatus(c.get('sandbox'), c.get('token'), c.req.param('invoiceid') ?? '')),
  );
  registerEndpoint(app, endpoints.p2pStatus, (c) =>
    c.json(p2pStatus(c.get('sandbox'), c.get('token'), c.req.param('order') ?? '')),
  );
}
