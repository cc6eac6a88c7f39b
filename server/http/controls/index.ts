export { type Html, html, raw } from '../html.js';
export { ADMIN_TOKEN_HEADER, adminAuth } from './admin-auth.js';
export {
  type AppControlRegistry,
  appControlRegistry,
  registerDashboardSection,
  registerServedEndpoint,
  type ServedEndpoint,
} from './app-controls.js';
export { dropConnection, pause } from './connection.js';
export {
  type ControlsParts,
  createControls,
  DEFAULT_MAX_NAMESPACES,
  type SandboxControls,
} from './create-controls.js';
export { badge, type Column, jsonBlock, postButton, table, time } from './dashboard/parts.js';
export type { DashboardContext, DashboardSection } from './dashboard/section.js';
export {
  faultMiddleware,
  forcedOutcome,
  markControls,
  OUTCOME_HEADER,
  outcomeMiddleware,
} from './endpoint-middleware.js';
export { journalMiddleware } from './journal-middleware.js';
export { NAMESPACE_HEADER, namespaceMiddleware } from './namespace-middleware.js';
export {
  API_OUTCOMES,
  createStatusOutcomes,
  DEFAULT_OUTCOME_RENDERERS,
  type ForcedAnswer,
  type ForcedFailure,
  OAUTH_OUTCOMES,
  type OutcomeRenderer,
  TRANSFER_OUTCOMES,
} from './outcome-renderers.js';
export { registerSandboxControls } from './routes/index.js';
