import type { Hono } from 'hono';
import { CALLBACKS_TARGET, catalogueError, parseFaultSpec } from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import type { AppControlRegistry } from '../app-controls.js';
import { controlNotFound, readControlObject } from './control-body.js';
import { checkEndpoint } from './scenario-routes.js';

/**
 * `/_sandbox/faults`: latency, status, timeout, dropped connection, malformed body; and for `callbacks`:
 * delay, duplicate and out-of-order delivery.
 *
 * @example
 * registerFaultRoutes(app, appControlRegistry(app));
 */
export function registerFaultRoutes(app: Hono<AppEnv>, registry: AppControlRegistry): void {
  app.post('/_sandbox/faults', async (c) => {
    const spec = parseFaultSpec(
      await readControlObject(c, [
        'endpoint',
        'latencyMs',
        'effect',
        'status',
        'holdMs',
        'share',
        'times',
        'seed',
      ]),
    );
    if (spec.endpoint === CALLBACKS_TARGET) {
      if (!c.get('namespace').callbackFaults) {
        throw catalogueError(
          'unknownEndpoint',
          "'callbacks': the callbacks of a sandbox built by the caller do not go through the sandbox's faults",
        );
      }
    } else checkEndpoint(registry, spec.endpoint);
    return c.json(c.get('namespace').faults.add(spec), 201);
  });
  app.get('/_sandbox/faults', (c) => c.json({ faults: c.get('namespace').faults.list() }));
  app.get('/_sandbox/faults/:id', (c) => {
    const fault = c.get('namespace').faults.get(c.req.param('id'));
    if (!fault) throw controlNotFound('fault', c.req.param('id'));
    return c.json(fault);
  });
  app.delete('/_sandbox/faults/:id', (c) => {
    if (!c.get('namespace').faults.remove(c.req.param('id')))
      throw controlNotFound('fault', c.req.param('id'));
    return c.body(null, 204);
  });
  app.delete('/_sandbox/faults', (c) => {
    const faults = c.get('namespace').faults;
    const deleted = faults.list().length;
    faults.clear();
    return c.json({ deleted });
  });
}
