import type { Context, Hono } from 'hono';
import type { Static, TSchema } from 'typebox';
import { endpoints, validate } from '../../../contracts/index.js';
import { catalogueError } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { registerEndpoint } from '../register-endpoint.js';
import { readJsonBody } from '../request-body.js';

/** Reads a search body and checks its shape against the endpoint's contract (unknown fields ignored). */
async function searchBody<T extends TSchema>(c: Context<AppEnv>, schema: T): Promise<Static<T>> {
  const result = validate(schema, await readJsonBody(c), 'open');
  if (!result.ok) throw catalogueError('invalidRequest', result.problems.join('; '));
  return result.value;
}

/**
 * `POST /operations` (000) and `POST /p2p/operations` (001), on both host layouts.
 *
 * @example
 * registerSearchRoutes(app);
 */
export function registerSearchRoutes(app: Hono<AppEnv>): void {
  registerEndpoint(app, endpoints.operationsSearch, async (c) => {
    const request = await searchBody(c, endpoints.operationsSearch.request.body);
    return c.json(c.get('sandbox').search.payments(c.get('token').clientId, request));
  });
  registerEndpoint(app, endpoints.p2pOperationsSearch, async (c) => {
    const request = await searchBody(c, endpoints.p2pOperationsSearch.request.body);
    return c.json(c.get('sandbox').search.transfers(c.get('token').clientId, request));
  });
}
