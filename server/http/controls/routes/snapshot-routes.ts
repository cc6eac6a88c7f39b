import type { Context, Hono } from 'hono';
import {
  checkSnapshotName,
  copyState,
  type Namespace,
  readStateDocument,
  type SandboxState,
  STATE_DOCUMENT_FORMAT,
  type StateDocument,
} from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import { readJsonBody } from '../../request-body.js';
import { controlNotFound, readControlObject } from './control-body.js';

function stateDocument(
  ns: Namespace,
  state: SandboxState,
  sandboxTime: Date,
  exportedAt: Date,
): StateDocument {
  return {
    format: STATE_DOCUMENT_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    namespace: ns.name,
    sandboxTime: sandboxTime.toISOString(),
    state,
  };
}

/** A state document as a JSON answer; `?download` makes browsers save it as a file. */
function documentAnswer(c: Context<AppEnv>, document: StateDocument, label: string): Response {
  if (c.req.query('download') !== undefined) {
    const stamp = document.exportedAt.replace(/[:.]/g, '-');
    c.header(
      'Content-Disposition',
      `attachment; filename="epay-sandbox-${document.namespace}-${label}-${stamp}.json"`,
    );
  }
  return c.json(document);
}

/**
 * `/_sandbox/snapshots` (save, list, export, import, restore, delete by name) and `/_sandbox/state` (export
 * and import the namespace's whole state as JSON).
 *
 * @example
 * registerSnapshotRoutes(app);
 */
export function registerSnapshotRoutes(app: Hono<AppEnv>): void {
  app.post('/_sandbox/snapshots', async (c) => {
    const body = await readControlObject(c, ['name']);
    const ns = c.get('namespace');
    const info = ns.snapshots.save(
      checkSnapshotName(body.name),
      ns.sandbox.store.state,
      ns.sandbox.clock.now(),
    );
    return c.json(info, 201);
  });

  app.get('/_sandbox/snapshots', (c) => c.json({ snapshots: c.get('namespace').snapshots.list() }));

  app.get('/_sandbox/snapshots/:name', (c) => {
    const ns = c.get('namespace');
    const snapshot = ns.snapshots.get(c.req.param('name'));
    if (!snapshot) throw controlNotFound('snapshot', c.req.param('name'));
    const document = stateDocument(
      ns,
      snapshot.state,
      new Date(snapshot.sandboxTime),
      new Date(snapshot.savedAt),
    );
    return documentAnswer(c, document, snapshot.name);
  });

  app.put('/_sandbox/snapshots/:name', async (c) => {
    const name = checkSnapshotName(c.req.param('name'));
    const state = readStateDocument(await readJsonBody(c));
    const ns = c.get('namespace');
    return c.json(ns.snapshots.save(name, state, ns.sandbox.clock.now()), 201);
  });

  app.post('/_sandbox/snapshots/:name/restore', async (c) => {
    const ns = c.get('namespace');
    const snapshot = ns.snapshots.get(c.req.param('name'));
    if (!snapshot) throw controlNotFound('snapshot', c.req.param('name'));
    await ns.sandbox.restore(snapshot.state);
    return c.json({ restored: snapshot.name, seed: ns.sandbox.seed() });
  });

  app.delete('/_sandbox/snapshots/:name', (c) => {
    if (!c.get('namespace').snapshots.remove(c.req.param('name'))) {
      throw controlNotFound('snapshot', c.req.param('name'));
    }
    return c.body(null, 204);
  });

  app.get('/_sandbox/state', (c) => {
    const ns = c.get('namespace');
    const document = stateDocument(ns, copyState(ns.sandbox.store.state), ns.sandbox.clock.now(), new Date());
    return documentAnswer(c, document, 'state');
  });

  app.put('/_sandbox/state', async (c) => {
    const state = readStateDocument(await readJsonBody(c));
    const ns = c.get('namespace');
    await ns.sandbox.restore(state);
    return c.json({ imported: true, seed: ns.sandbox.seed(), namespace: ns.name });
  });
}
