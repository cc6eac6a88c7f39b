/**
 * The epay-sandbox server entry: the emulator as a hono app ({@link createApp}) and as a node HTTP server
 * ({@link startSandbox}).
 */
export * from './core/index.js';
export {
  API_OUTCOMES,
  createStatusOutcomes,
  type DashboardContext,
  type DashboardSection,
  DEFAULT_OUTCOME_RENDERERS,
  type ForcedAnswer,
  type ForcedFailure,
  forcedOutcome,
  NAMESPACE_HEADER,
  OAUTH_OUTCOMES,
  OUTCOME_HEADER,
  type OutcomeRenderer,
  registerDashboardSection,
  type SandboxControls,
  TRANSFER_OUTCOMES,
} from './http/controls/index.js';
export {
  type CreateAppOptions,
  createApp,
  DEFAULT_MAX_ADMIN_BODY_BYTES,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_SEED,
  type EpayApp,
} from './http/create-app.js';
export { type EndpointOptions, registerEndpoint } from './http/register-endpoint.js';
export { REPLAY_HEADER, type ReplayRecording, replayRecordings } from './http/replay.js';
export {
  DEFAULT_DATA_FILE,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningSandbox,
  SeedMismatchError,
  type StartOptions,
  startSandbox,
} from './node.js';
export { createFileNamespaceStorage, namespaceFolder } from './storage/file-namespace-storage.js';
export { createLowdbStore, createMemoryNamespaceStorage, createMemoryStore } from './storage/index.js';
export { type LoadedRecordings, loadRecordings } from './storage/load-recordings.js';
export { CERTIFICATE_HOSTS, loadTlsCredentials, type TlsCredentials, type TlsOptions } from './tls.js';
export { VERSION } from './version.js';
