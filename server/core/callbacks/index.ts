export { type CallbackConfig, DEFAULT_CALLBACK_CONFIG } from './callback-config.js';
export type {
  CallbackAttempt,
  CallbackDelivery,
  CallbackEvent,
  CallbackKind,
  CallbackStatus,
} from './callback-delivery.js';
export {
  type CallbackEngine,
  type CallbackEngineDeps,
  type CallbackFilter,
  type CallbackInput,
  createCallbackEngine,
} from './callback-engine.js';
export { paymentCallbackPayload, transferCallbackPayload } from './callback-payload.js';
export {
  type CallbackRequest,
  type CallbackResponse,
  type CallbackSender,
  createFetchSender,
} from './callback-sender.js';
export { createClockScheduler, type Scheduler, type Timers } from './scheduler.js';
