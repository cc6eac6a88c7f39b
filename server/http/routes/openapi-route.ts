import type { Hono } from 'hono';
import { buildOpenApi } from '../../../contracts/index.js';
import { VERSION } from '../../version.js';
import type { AppEnv } from '../app-env.js';

/**
 * `GET /openapi.json`: the OpenAPI 3.1 document of the endpoint table, with this sandbox as first server.
 *
 * @example
 * registerOpenApiRoute(app); // curl localhost:7070/openapi.json
 */
export function registerOpenApiRoute(app: Hono<AppEnv>): void {
  const byOrigin = new Map<string, string>();
  app.get('/openapi.json', (c) => {
    const origin = new URL(c.req.url).origin;
    let text = byOrigin.get(origin);
    if (text === undefined) {
      text = JSON.stringify(buildOpenApi({ version: VERSION, sandboxUrl: origin }));
      if (byOrigin.size < 16) byOrigin.set(origin, text);
    }
    c.header('content-type', 'application/json; charset=UTF-8');
    return c.body(text);
  });
}
