export * from './auth/index.js';
export { formatBankDate } from './bank-time.js';
export * from './callbacks/index.js';
export * from './cards/index.js';
export { type Clock, type ClockOptions, type ControllableClock, createClock } from './clock.js';
export * from './controls/index.js';
export * from './errors/index.js';
export * from './history/index.js';
export { createIdSource, type IdSource, type RandomBytes, seededRandomBytes } from './ids.js';
export * from './invoices/index.js';
export * from './masking/index.js';
export * from './merchants/index.js';
export * from './payform/index.js';
export * from './payments/index.js';
export * from './recordings/index.js';
export * from './records/index.js';
export {
  createSandbox,
  DEFAULT_SANDBOX_CONFIG,
  type Sandbox,
  type SandboxConfig,
  type SandboxDeps,
  type SandboxHistory,
} from './sandbox.js';
export * from './search/index.js';
export * from './state/index.js';
export * from './status/index.js';
export * from './transfers/index.js';
