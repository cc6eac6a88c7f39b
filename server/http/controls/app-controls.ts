import type { Hono } from 'hono';
import type { EndpointContract } from '../../../contracts/index.js';
import type { AppEnv } from '../app-env.js';
import type { DashboardSection } from './dashboard/section.js';
import {
  API_OUTCOMES,
  DEFAULT_OUTCOME_RENDERERS,
  OAUTH_OUTCOMES,
  type OutcomeRenderer,
} from './outcome-renderers.js';

/** An endpoint served by an app, with the renderer of its forced outcomes. */
export interface ServedEndpoint {
  readonly endpoint: EndpointContract;
  readonly outcomes: OutcomeRenderer;
}

/** What the controls know about one app: its endpoints, dashboard sections, and requests held by faults. */
export interface AppControlRegistry {
  readonly endpoints: Map<string, ServedEndpoint>;
  readonly sections: DashboardSection[];
  /** Releases of requests delayed or held by faults; all are released when the app closes. */
  readonly waits: Set<() => void>;
}

const registries = new WeakMap<object, AppControlRegistry>();

/**
 * The control registry of `app` (created on first use).
 *
 * @example
 * appControlRegistry(app).endpoints.has('token'); // true
 */
export function appControlRegistry(app: Hono<AppEnv>): AppControlRegistry {
  let registry = registries.get(app);
  if (!registry) {
    registry = { endpoints: new Map(), sections: [], waits: new Set() };
    registries.set(app, registry);
  }
  return registry;
}

/**
 * Records that `app` serves `endpoint`, with its renderer: the one given, else the default for its id,
 * else the default of its host.
 *
 * @example
 * const served = registerServedEndpoint(app, endpoints.token);
 */
export function registerServedEndpoint(
  app: Hono<AppEnv>,
  endpoint: EndpointContract,
  outcomes?: OutcomeRenderer,
): ServedEndpoint {
  const renderer =
    outcomes ??
    DEFAULT_OUTCOME_RENDERERS[endpoint.id] ??
    (endpoint.host === 'oauth' ? OAUTH_OUTCOMES : API_OUTCOMES);
  const served = { endpoint, outcomes: renderer };
  appControlRegistry(app).endpoints.set(endpoint.id, served);
  return served;
}

/**
 * Adds a section to the dashboard at `/_sandbox` (route owners: invoices, callbacks...).
 *
 * @example
 * registerDashboardSection(app, { id: 'callbacks', title: 'Callbacks', order: 60, render: (ns) => html`...` });
 */
export function registerDashboardSection(app: Hono<AppEnv>, section: DashboardSection): void {
  const sections = appControlRegistry(app).sections;
  const at = sections.findIndex((s) => s.id === section.id);
  if (at >= 0) sections.splice(at, 1);
  sections.push(section);
  sections.sort((a, b) => a.order - b.order);
}
