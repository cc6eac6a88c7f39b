import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { type EndpointContract, endpointPaths } from '../../contracts/index.js';
import type { AppEnv } from './app-env.js';
import { appControlRegistry, registerServedEndpoint } from './controls/app-controls.js';
import { faultMiddleware, outcomeMiddleware } from './controls/endpoint-middleware.js';
import type { OutcomeRenderer } from './controls/outcome-renderers.js';
import { requireToken } from './middleware/bearer-auth.js';

/** Options of {@link registerEndpoint}. */
export interface EndpointOptions {
  /**
   * Answers forced outcomes (scenarios, `X-Sandbox-Outcome`, status faults) in this endpoint's error shape.
   * Default: the renderer listed for its id in `DEFAULT_OUTCOME_RENDERERS`, else the one of its host
   * (`{code, message}` for the API, OAuth errors for the token endpoint). See docs/controls.md.
   */
  readonly outcomes?: OutcomeRenderer;
}

/**
 * Registers `handler` for an endpoint of the contract table on both host layouts (`/api/x` and `/x`,
 * `/epay2/oauth2/token` and `/oauth2/token`), behind the sandbox's faults, the bearer check the table
 * declares, and forced outcomes, in that order.
 *
 * @example
 * registerEndpoint(app, endpoints.token, tokenHandler);
 * registerEndpoint(app, endpoints.paymentStatus, statusHandler, { outcomes: createStatusOutcomes() });
 */
export function registerEndpoint(
  app: Hono<AppEnv>,
  endpoint: EndpointContract,
  handler: Handler<AppEnv>,
  options: EndpointOptions = {},
): void {
  const served = registerServedEndpoint(app, endpoint, options.outcomes);
  const chain: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[] = [
    faultMiddleware(served, appControlRegistry(app)),
  ];
  if (endpoint.auth.kind === 'bearer') chain.push(requireToken(endpoint.auth.scopes));
  chain.push(outcomeMiddleware(served), handler);
  app.on(endpoint.method, [...endpointPaths(endpoint)], ...(chain as [Handler<AppEnv>]));
}
