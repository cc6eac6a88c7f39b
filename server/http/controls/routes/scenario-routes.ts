import type { Hono } from 'hono';
import { ANY_ENDPOINT, catalogueError, type Outcome, parseOutcome } from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import type { AppControlRegistry } from '../app-controls.js';
import { controlNotFound, readControlObject } from './control-body.js';

function readTimes(value: unknown): number | null {
  if (value === undefined) return 1;
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw catalogueError('invalidRequest', "'times' must be a positive whole number, or null for every call");
}

/**
 * Checks that `endpoint` is served and can answer `outcome`; answers the endpoint id.
 *
 * @example
 * checkEndpoint(registry, 'token', { kind: 'decline', code: 401 }); // 'token'
 */
export function checkEndpoint(registry: AppControlRegistry, endpoint: unknown, outcome?: Outcome): string {
  const served = [...registry.endpoints.keys()];
  if (typeof endpoint !== 'string' || endpoint === '') {
    throw catalogueError('invalidRequest', `field 'endpoint' is required: one of ${served.join(', ')} or *`);
  }
  if (endpoint !== ANY_ENDPOINT && !registry.endpoints.has(endpoint)) {
    throw catalogueError(
      'unknownEndpoint',
      `'${endpoint}' is not served by this sandbox; endpoints: ${served.join(', ')} (or * for all)`,
    );
  }
  if (outcome && outcome.kind !== 'success') {
    const targets = endpoint === ANY_ENDPOINT ? served : [endpoint];
    for (const id of targets) {
      const problem = registry.endpoints.get(id)?.outcomes.check?.(outcome);
      if (problem) throw catalogueError('badOutcome', `${id}: ${problem}`);
    }
  }
  return endpoint;
}

/**
 * `/_sandbox/scenarios`: forced outcomes of the namespace.
 *
 * @example
 * registerScenarioRoutes(app, appControlRegistry(app));
 */
export function registerScenarioRoutes(app: Hono<AppEnv>, registry: AppControlRegistry): void {
  app.post('/_sandbox/scenarios', async (c) => {
    const body = await readControlObject(c, ['endpoint', 'outcome', 'times']);
    const outcome = parseOutcome(body.outcome);
    const endpoint = checkEndpoint(registry, body.endpoint, outcome);
    const scenario = c.get('namespace').scenarios.add({ endpoint, outcome, times: readTimes(body.times) });
    return c.json(scenario, 201);
  });
  app.get('/_sandbox/scenarios', (c) => c.json({ scenarios: c.get('namespace').scenarios.list() }));
  app.get('/_sandbox/scenarios/:id', (c) => {
    const scenario = c.get('namespace').scenarios.get(c.req.param('id'));
    if (!scenario) throw controlNotFound('scenario', c.req.param('id'));
    return c.json(scenario);
  });
  app.delete('/_sandbox/scenarios/:id', (c) => {
    if (!c.get('namespace').scenarios.remove(c.req.param('id'))) {
      throw controlNotFound('scenario', c.req.param('id'));
    }
    return c.body(null, 204);
  });
  app.delete('/_sandbox/scenarios', (c) => {
    const scenarios = c.get('namespace').scenarios;
    const deleted = scenarios.list().length;
    scenarios.clear();
    return c.json({ deleted });
  });
}
