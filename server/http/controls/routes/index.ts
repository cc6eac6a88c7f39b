import type { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { appControlRegistry } from '../app-controls.js';
import type { SandboxControls } from '../create-controls.js';
import { registerClockRoutes } from './clock-routes.js';
import { registerDashboardRoutes } from './dashboard-routes.js';
import { registerFaultRoutes } from './fault-routes.js';
import { registerJournalRoutes } from './journal-routes.js';
import { registerNamespaceRoutes } from './namespace-routes.js';
import { registerScenarioRoutes } from './scenario-routes.js';
import { registerSnapshotRoutes } from './snapshot-routes.js';

/**
 * Registers every `/_sandbox` control route but health and reset: scenarios, faults, clock, namespaces,
 * snapshots and state, the request journal, and the dashboard.
 *
 * @example
 * registerSandboxControls(app, controls);
 */
export function registerSandboxControls(app: Hono<AppEnv>, controls: SandboxControls): void {
  const registry = appControlRegistry(app);
  registerScenarioRoutes(app, registry);
  registerFaultRoutes(app, registry);
  registerClockRoutes(app);
  registerNamespaceRoutes(app, controls.namespaces);
  registerSnapshotRoutes(app);
  registerJournalRoutes(app);
  registerDashboardRoutes(app, registry, controls.namespaces);
}
