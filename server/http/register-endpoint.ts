import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { type EndpointContract, endpointPaths } from '../../contracts/index.js';
import type { AppEnv } from './app-env.js';
import { requireToken } from './middleware/bearer-auth.js';

/**
 * Registers `handler` for an endpoint of the contract table on both host layouts (`/api/x` and `/x`,
 * `/epay2/oauth2/token` and `/oauth2/token`), behind the bearer check the table declares.
 *
 * @example
 * registerEndpoint(app, endpoints.token, tokenHandler);
 */
export function registerEndpoint(
  app: Hono<AppEnv>,
  endpoint: EndpointContract,
  handler: Handler<AppEnv>,
): void {
  const chain: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[] = [];
  if (endpoint.auth.kind === 'bearer') chain.push(requireToken(endpoint.auth.scopes));
  chain.push(handler);
  app.on(endpoint.method, [...endpointPaths(endpoint)], ...(chain as [Handler<AppEnv>]));
}
