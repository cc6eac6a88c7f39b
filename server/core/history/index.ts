export { buildCustomers, type Customer } from './customers.js';
export { EXAMPLE_PAYMENTS, EXAMPLE_TRANSFERS } from './example-records.js';
export {
  DEFAULT_HISTORY_SIZE,
  type GeneratedHistory,
  generateHistory,
  HISTORY_YEARS,
  type HistoryOptions,
  historyEndFor,
  MAX_HISTORY_SIZE,
  PAYMENTS_PER_TRANSFER,
} from './generate-history.js';
export { createHistoryProvider, type HistoryProvider, type HistoryProviderDeps } from './history-provider.js';
export { Rng } from './rng.js';
