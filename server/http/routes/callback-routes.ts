import type { Hono } from 'hono';
import { type CallbackFilter, type CallbackStatus, catalogueError } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';

const STATUSES: readonly CallbackStatus[] = ['pending', 'delivered', 'failed', 'skipped'];

/**
 * The callback log: `GET /_sandbox/callbacks[?status=&invoiceId=&recordId=&clientId=&limit=]` (newest first),
 * `GET /_sandbox/callbacks/:id`, and `POST /_sandbox/callbacks/:id/replay` (sends it once more now and answers
 * the delivery with that attempt added).
 */
export function registerCallbackRoutes(app: Hono<AppEnv>): void {
  app.get('/_sandbox/callbacks', (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
      throw catalogueError('invalidRequest', `status must be one of ${STATUSES.join(', ')}`);
    }
    const limitText = c.req.query('limit') ?? '100';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > 1000) {
      throw catalogueError('invalidRequest', 'limit must be a whole number from 1 to 1000');
    }
    const filter: CallbackFilter = {
      ...(status ? { status: status as CallbackStatus } : {}),
      ...optional('invoiceId', c.req.query('invoiceId')),
      ...optional('recordId', c.req.query('recordId')),
      ...optional('clientId', c.req.query('clientId')),
    };
    const deliveries = c.get('sandbox').callbacks.list(filter);
    return c.json({ total: deliveries.length, deliveries: deliveries.slice(0, limit) });
  });

  app.get('/_sandbox/callbacks/:id', (c) => {
    const delivery = c.get('sandbox').callbacks.get(c.req.param('id'));
    if (!delivery) throw catalogueError('callbackNotFound', `no delivery '${c.req.param('id')}'`);
    return c.json(delivery);
  });

  app.post('/_sandbox/callbacks/:id/replay', async (c) => {
    const delivery = await c.get('sandbox').callbacks.replay(c.req.param('id'));
    if (!delivery) throw catalogueError('callbackNotFound', `no delivery '${c.req.param('id')}'`);
    return c.json(delivery);
  });
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
