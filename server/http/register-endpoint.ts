import type { Handler, Hono, MiddlewareHandler } from 'hono';
import { type EndpointContract, endpointPaths } from '../../contracts/index.js';
import type { AppEnv } from './app-env.js';
import { appControlRegistry, registerServedEndpoint } from './controls/app-controls.js';
import { faultMiddleware, OUTCOME_HEADER, outcomeMiddleware } from './controls/endpoint-middleware.js';
import type { OutcomeRenderer } from './controls/outcome-renderers.js';
import { bearerToken, requireToken } from './middleware/bearer-auth.js';
import { requestHeader } from './request-header.js';

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
 * When the namespace has no fault or scenario in force and the request forces no outcome (nearly every
 * request), one function does it all: the bearer check, then the handler. Otherwise the request goes through
 * the middleware of each control, as hono composes them (docs/decisions/0081-request-costs.md).
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
  const id = endpoint.id;
  const outcomeName = OUTCOME_HEADER.toLowerCase();
  const scopes = endpoint.auth.kind === 'bearer' ? endpoint.auth.scopes : undefined;
  const direct: MiddlewareHandler<AppEnv> = (c, next) => {
    const ns = c.get('namespace');
    if (ns && (ns.faults.size > 0 || ns.scenarios.list().length > 0)) return next();
    if (requestHeader(c, outcomeName) !== undefined) return next();
    c.set('endpoint', id);
    if (scopes) {
      c.set(
        'token',
        c.get('sandbox').tokens.authenticate(bearerToken(requestHeader(c, 'authorization')), scopes),
      );
    }
    return handler(c, next) as ReturnType<MiddlewareHandler<AppEnv>>;
  };
  const chain: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[] = [
    direct,
    faultMiddleware(served, appControlRegistry(app)),
  ];
  if (scopes) chain.push(requireToken(scopes));
  chain.push(outcomeMiddleware(served), handler);
  app.on(endpoint.method, [...endpointPaths(endpoint)], ...(chain as [Handler<AppEnv>]));
}
