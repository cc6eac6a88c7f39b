/**
 * The epay-sandbox server entry: the emulator as a hono app ({@link createApp}) and as a node HTTP server
 * ({@link startSandbox}).
 */
export * from './core/index.js';
export {
  type CreateAppOptions,
  createApp,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_SEED,
  type EpayApp,
} from './http/create-app.js';
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
export { createLowdbStore, createMemoryStore } from './storage/index.js';
export { type LoadedRecordings, loadRecordings } from './storage/load-recordings.js';
export { VERSION } from './version.js';
