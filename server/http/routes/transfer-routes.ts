import type { Hono } from 'hono';
import { endpoints } from '../../../contracts/index.js';
import { asTransferError, performTransfer } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { forcedOutcome } from '../controls/endpoint-middleware.js';
import { payerIp } from '../page-response.js';
import { registerEndpoint } from '../register-endpoint.js';
import { readJsonBody, WARNING_HEADER } from '../request-body.js';
import { withReason } from '../sandbox-reason.js';

/** `POST /payments/cards/auth` (and `/api/...`): P2P transfers (004). */
export function registerTransferRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.transfer, async (c) => {
    try {
      const body = await readJsonBody(c);
      const outcome = await performTransfer(c.get('sandbox'), c.get('token'), body, {
        ip: payerIp(c),
        forceApproval: forcedOutcome(c)?.kind === 'success',
      });
      if (outcome.ignoredFields.length > 0) {
        c.header(WARNING_HEADER, `unknown fields ignored: ${outcome.ignoredFields.join(', ')}`, {
          append: true,
        });
      }
      return c.json(outcome.response);
    } catch (error) {
      throw withReason(c, asTransferError(error, { invoiceId: '', accountId: '' }));
    }
  });
}
