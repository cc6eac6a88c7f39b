import type { Hono } from 'hono';
import {
  catalogueError,
  checkNamespaceName,
  DEFAULT_NAMESPACE,
  type Namespace,
  type NamespaceRegistry,
} from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import { clockView } from './clock-routes.js';
import { controlNotFound, readControlObject } from './control-body.js';

/**
 * A namespace with counts of what it holds.
 *
 * @example
 * namespaceView(ns); // { name: 'ci-42', seed: 42, tokens: 3, payments: { created: 1, total: 1 }, ... }
 */
export function namespaceView(ns: Namespace) {
  const state = ns.sandbox.store.state;
  const collections: Record<string, number> = {};
  for (const [key, value] of Object.entries(state)) {
    if (value !== null && typeof value === 'object') collections[key] = Object.keys(value).length;
  }
  return {
    name: ns.name,
    seed: ns.sandbox.seed(),
    createdAt: ns.createdAt,
    lastUsedAt: new Date(ns.lastUsedAt).toISOString(),
    clock: clockView(ns),
    state: collections,
    scenarios: ns.scenarios.list().length,
    faults: ns.faults.list().length,
    journal: ns.journal.size,
    snapshots: ns.snapshots.list().length,
  };
}

/**
 * `/_sandbox/namespaces`: list, create, inspect and drop namespaces.
 *
 * @example
 * registerNamespaceRoutes(app, controls.namespaces);
 */
export function registerNamespaceRoutes(app: Hono<AppEnv>, namespaces: NamespaceRegistry): void {
  app.get('/_sandbox/namespaces', async (c) => c.json({ namespaces: await namespaces.list() }));

  app.post('/_sandbox/namespaces', async (c) => {
    const body = await readControlObject(c, ['name', 'seed']);
    if (typeof body.name !== 'string') throw catalogueError('invalidRequest', "field 'name' is required");
    const name = checkNamespaceName(body.name);
    if (
      body.seed !== undefined &&
      (typeof body.seed !== 'number' || !Number.isSafeInteger(body.seed) || body.seed < 0)
    ) {
      throw catalogueError('invalidRequest', "field 'seed' must be a non-negative integer");
    }
    const existed = name === DEFAULT_NAMESPACE || namespaces.peek(name) !== undefined;
    const ns = await namespaces.get(name);
    if (typeof body.seed === 'number' && body.seed !== ns.sandbox.seed()) await ns.sandbox.reset(body.seed);
    return c.json(namespaceView(ns), existed ? 200 : 201);
  });

  app.get('/_sandbox/namespaces/:name', async (c) => {
    const name = checkNamespaceName(c.req.param('name'));
    const listed = (await namespaces.list()).some((n) => n.name === name);
    if (!listed) throw controlNotFound('namespace', name);
    return c.json(namespaceView(await namespaces.get(name)));
  });

  app.delete('/_sandbox/namespaces/:name', async (c) => {
    const name = c.req.param('name');
    if (!(await namespaces.drop(name))) throw controlNotFound('namespace', name);
    return c.body(null, 204);
  });

  app.delete('/_sandbox/namespaces', async (c) => c.json({ dropped: await namespaces.dropAll() }));
}
