import type { Context, Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { catalogueError, DEFAULT_NAMESPACE, type NamespaceRegistry } from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import type { AppControlRegistry } from '../app-controls.js';
import {
  controlsSection,
  namespacesSection,
  overviewSection,
  requestsSection,
} from '../dashboard/builtin-sections.js';
import { callbacksSection } from '../dashboard/callbacks-section.js';
import { ledgerSections, paymentsSection, transfersSection } from '../dashboard/record-sections.js';
import { renderDashboard } from '../dashboard/render-dashboard.js';
import type { DashboardSection } from '../dashboard/section.js';
import { parseDuration } from './duration.js';

const BUILT_IN = [
  overviewSection,
  controlsSection,
  requestsSection,
  paymentsSection,
  transfersSection,
  callbacksSection,
  namespacesSection,
];

/** `?namespace=` for links within the namespace shown. */
const linker = (namespace: string) => (path: string) =>
  namespace === DEFAULT_NAMESPACE
    ? path
    : `${path}${path.includes('?') ? '&' : '?'}namespace=${encodeURIComponent(namespace)}`;

/** Back to the dashboard after a form post (303: the browser GETs it). */
const back = (c: Context<AppEnv>, anchor: string) =>
  c.redirect(`${linker(c.get('namespace').name)('/_sandbox')}#${anchor}`, 303);

async function formField(c: Context<AppEnv>, name: string): Promise<string | undefined> {
  const fromQuery = c.req.query(name);
  if (fromQuery !== undefined) return fromQuery;
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('form')) return undefined;
  const value = (await c.req.parseBody())[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The dashboard at `/_sandbox` and the form actions of its buttons (`/_sandbox/dashboard/...`, which
 * answer with a redirect back and refuse cross-site posts).
 *
 * @example
 * registerDashboardRoutes(app, appControlRegistry(app), controls.namespaces);
 */
export function registerDashboardRoutes(
  app: Hono<AppEnv>,
  registry: AppControlRegistry,
  namespaces: NamespaceRegistry,
): void {
  const page = async (c: Context<AppEnv>) => {
    const ns = c.get('namespace');
    // A registered section replaces a built-in or generic one of the same id.
    const byId = new Map<string, DashboardSection>();
    for (const s of [...BUILT_IN, ...ledgerSections(ns.sandbox), ...registry.sections]) byId.set(s.id, s);
    const sections = [...byId.values()].sort((a, b) => a.order - b.order);
    const body = renderDashboard(sections, {
      ns,
      namespaces: await namespaces.list(),
      endpoints: [...registry.endpoints.values()],
      link: linker(ns.name),
    });
    c.header('Cache-Control', 'no-store');
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    return c.html(body);
  };
  app.get('/_sandbox', page);
  app.get('/_sandbox/', page);

  const sameSite = csrf();
  app.use('/_sandbox/dashboard/*', async (c, next) => {
    try {
      await sameSite(c, next);
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) {
        throw catalogueError(
          'crossSiteForm',
          `origin ${c.req.header('origin') ?? '(none)'} is not this sandbox`,
        );
      }
      throw error;
    }
  });

  app.post('/_sandbox/dashboard/clock', async (c) => {
    const clock = c.get('namespace').clock;
    if (!clock) throw catalogueError('clockNotControllable', 'this sandbox clock cannot be moved');
    const action = await formField(c, 'action');
    if (action === 'advance') {
      const ms = parseDuration((await formField(c, 'by')) ?? '');
      if (ms === undefined)
        throw catalogueError('invalidRequest', "'by' must be a duration such as 2h or 30m");
      clock.advance(ms);
    } else if (action === 'freeze') clock.freeze();
    else if (action === 'resume') clock.resume();
    else if (action === 'reset') {
      if ('reset' in clock && typeof clock.reset === 'function') clock.reset();
      else clock.resume();
    } else throw catalogueError('invalidRequest', "'action' must be advance, freeze, resume or reset");
    return back(c, 'overview');
  });

  app.post('/_sandbox/dashboard/scenarios/:id/delete', (c) => {
    c.get('namespace').scenarios.remove(c.req.param('id'));
    return back(c, 'controls');
  });

  app.post('/_sandbox/dashboard/faults/:id/delete', (c) => {
    c.get('namespace').faults.remove(c.req.param('id'));
    return back(c, 'controls');
  });

  app.post('/_sandbox/dashboard/callbacks/:id/replay', async (c) => {
    await c.get('sandbox').callbacks.replay(c.req.param('id'));
    return back(c, 'callbacks');
  });

  app.post('/_sandbox/dashboard/requests/clear', (c) => {
    c.get('namespace').journal.clear();
    return back(c, 'requests');
  });
}
