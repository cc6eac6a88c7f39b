export {
  ClientCredentialsTokenRequest,
  PasswordTokenRequest,
  RefreshTokenRequest,
  type SupportedGrantType,
  type TokenRequest,
  TokenRequestByGrant,
  TokenResponse,
} from './auth.js';
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
export { KNOWN_SCOPES, type Scope, WEBAPI_SCOPES } from './scopes.js';
export {
  OperationRecord,
  OperationsSearchRequest,
  OperationsSearchResponse,
  P2pOperationRecord,
  P2pOperationsSearchRequest,
  P2pOperationsSearchResponse,
} from './search.js';
export { type ValidationMode, type ValidationResult, validate } from './validators.js';
