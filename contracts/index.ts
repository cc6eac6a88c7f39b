export {
  ClientCredentialsTokenRequest,
  PasswordTokenRequest,
  RefreshTokenRequest,
  type SupportedGrantType,
  TokenRequest,
  TokenRequestByGrant,
  TokenResponse,
} from './auth.js';
export {
  CallbackDeliveryView,
  CallbackLog,
  CallbackPayload,
} from './callbacks.js';
export { ApiError, OAuthError } from './common.js';
export {
  COMMON_ERROR_RESPONSES,
  type EndpointAuth,
  type EndpointContract,
  type EndpointHost,
  type EndpointId,
  endpointPaths,
  endpoints,
  LEGACY_PREFIX,
} from './endpoints.js';
export { EPAY_HOSTS, type EpayHostPreset, type EpayHosts } from './hosts.js';
export {
  InvoiceCreateRequest,
  InvoiceCreateResponse,
  InvoiceLinkRecord,
  InvoiceOrderParameter,
  InvoiceSearchParameter,
  InvoiceSearchRequest,
  InvoiceSearchResponse,
  InvoiceStatus,
} from './invoices.js';
export { buildOpenApi, type OpenApiOptions } from './openapi.js';
export {
  EmptyBody,
  OperationAmountQuery,
  PaymentStatusName,
  SandboxPaymentRequest,
} from './payments.js';
export { KNOWN_SCOPES, type Scope, WEBAPI_SCOPES } from './scopes.js';
export {
  OperationRecord,
  OperationsSearchRequest,
  OperationsSearchResponse,
  P2pOperationRecord,
  P2pOperationsSearchRequest,
  P2pOperationsSearchResponse,
} from './search.js';
export {
  P2PStatusResponse,
  P2PStatusTransaction,
  PaymentStatusResponse,
  PaymentStatusTransaction,
  ResultCode,
} from './status.js';
export {
  CardExpiry,
  TransferError,
  TransferOrder,
  TransferReceiver,
  TransferRequest,
  TransferResponse,
  TransferSender,
  TransferType,
} from './transfers.js';
export { type ValidationMode, type ValidationResult, validate } from './validation/index.js';
