/**
 * `epay-sandbox/msw`: the emulator as msw request handlers, in Node (`setupServer`) and in the browser
 * (`setupWorker`). Imports nothing node-only.
 */
export {
  type Clock,
  type ControllableClock,
  createClock,
  createIdSource,
  type IdSource,
  type Outcome,
  type SandboxState,
  type Scenario,
  seededRandomBytes,
} from '../core/index.js';
export type { CallbackMode, CapturedCallback } from './callback-capture.js';
export { createEpayHandlers, type EpayHandlers, type EpayHandlersOptions } from './create-epay-handlers.js';
export { DEFAULT_EPAY_HOSTS } from './hosts.js';
