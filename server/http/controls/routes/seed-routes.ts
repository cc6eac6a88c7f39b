import type { Hono } from 'hono';
import { seedPayment } from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import { readJsonBody } from '../../request-body.js';

/**
 * `/_sandbox/payments`: set up payments in the state a test needs (stuck in AUTH, charged, refunded...),
 * and list the payments the API created or changed in this namespace.
 */
export function registerSeedRoutes(app: Hono<AppEnv>): void {
  app.post('/_sandbox/payments', async (c) => {
    const sandbox = c.get('sandbox');
    const text = (await c.req.text()).trim();
    const payment = seedPayment(sandbox, text === '' ? {} : await readJsonBody(c));
    sandbox.payments.save(payment);
    await sandbox.store.commit();
    return c.json(payment, 201);
  });
  app.get('/_sandbox/payments', (c) => {
    const payments = Object.values(c.get('sandbox').store.state.payments).sort((a, b) =>
      b.updatedDate.localeCompare(a.updatedDate),
    );
    return c.json({ payments });
  });
}
