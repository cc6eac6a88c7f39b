import type { Hono } from 'hono';
import { catalogueError, DEFAULT_NAMESPACE } from '../../core/index.js';
import { VERSION } from '../../version.js';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../request-body.js';

const startedAt = Date.now();

/**
 * `GET /_sandbox/health` and `POST /_sandbox/reset`.
 *
 * @example
 * registerControlRoutes(app);
 */
export function registerControlRoutes(app: Hono<AppEnv>): void {
  app.get('/_sandbox/health', (c) => {
    const sandbox = c.get('sandbox');
    return c.json({
      status: 'ok',
      name: 'epay-sandbox',
      version: VERSION,
      seed: sandbox.seed(),
      time: sandbox.clock.now().toISOString(),
      namespace: c.get('namespace').name,
      uptimeSec: Math.round((Date.now() - startedAt) / 1000),
    });
  });

  app.post('/_sandbox/reset', async (c) => {
    let seed: number | undefined;
    if ((await c.req.text()).trim() !== '') {
      const body = (await readJsonBody(c)) as { seed?: unknown } | null;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw catalogueError('invalidRequest', 'the reset body must be an object such as {"seed": 42}');
      }
      if (body.seed !== undefined) {
        if (typeof body.seed !== 'number' || !Number.isSafeInteger(body.seed) || body.seed < 0) {
          throw catalogueError('invalidRequest', "field 'seed' must be a non-negative integer");
        }
        seed = body.seed;
      }
    }
    const { name, reset } = c.get('namespace');
    const answer = { status: 'reset', seed: await reset(seed) };
    return c.json(name === DEFAULT_NAMESPACE ? answer : { ...answer, namespace: name });
  });
}
