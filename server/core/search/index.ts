export { createLedgerIndex, type LedgerIndex, type LedgerIndexDeps } from './engine/ledger-index.js';
export { compileLike, hasWildcard } from './engine/like-pattern.js';
export {
  createSearchEngine,
  ID_FIELD,
  ROW_FIELD,
  type SearchEngine,
  type SearchEngineOptions,
} from './engine/search-engine.js';
export type {
  EngineQuery,
  EngineResult,
  FieldType,
  FieldValue,
  Filter,
  OrderKey,
  RawFieldValue,
  SearchField,
  SearchMethod,
  SearchOptions,
  SortKey,
} from './engine/types.js';
export { fieldValue, SEARCH_METHODS } from './engine/types.js';
export { INVOICE_FIELDS, type IndexedInvoice } from './invoices/invoice-fields.js';
export { formatBankTimestamp, ZERO_TIME } from './operations/bank-timestamp.js';
export { operationsCardNumber, p2pCardMask } from './operations/card-masks.js';
export { PAYMENT_FIELDS } from './operations/payment-fields.js';
export { toOperationRecord } from './operations/payment-projection.js';
export { TRANSFER_FIELDS } from './operations/transfer-fields.js';
export { toP2pOperationRecord } from './operations/transfer-projection.js';
export {
  type PagingReading,
  parseSearchRequest,
  type QueryField,
  type QueryModel,
  type RawOrderParameter,
  type RawSearchParameter,
  type RawSearchRequest,
} from './query/parse-query.js';
export { parseSearchDate, parseSearchValue, type RawValue } from './query/parse-value.js';
export {
  createSandboxSearch,
  MAX_INVOICE_PAGE,
  type SandboxSearch,
  type SandboxSearchDeps,
} from './sandbox-search.js';
export { DEFAULT_SEARCH_CONFIG, type SearchConfig } from './search-config.js';
