import type { Hono } from 'hono';
import { SandboxPaymentRequest, validate } from '../../../contracts/index.js';
import { catalogueError, createSandboxPayment, toPaymentStatusTransaction } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../request-body.js';

/**
 * `POST /_sandbox/payments`: creates a card payment in a given status for a test's setup (a payment in AUTH to
 * charge or cancel, a REJECT...). Answers 201 with the payment as check-status shows it (003's `transaction`).
 */
export function registerSandboxPaymentRoutes(app: Hono<AppEnv>): void {
  app.post('/_sandbox/payments', async (c) => {
    const text = (await c.req.text()).trim();
    const body = text === '' ? {} : await readJsonBody(c);
    const checked = validate(SandboxPaymentRequest, body);
    if (!checked.ok) throw catalogueError('invalidRequest', checked.problems.join('; '));
    const payment = await createSandboxPayment(c.get('sandbox'), checked.value);
    return c.json(toPaymentStatusTransaction(payment), 201);
  });
}
