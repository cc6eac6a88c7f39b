export {
  ClientCredentialsTokenRequest,
  PasswordTokenRequest,
  RefreshTokenRequest,
  type SupportedGrantType,
  TokenRequest,
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
export { EPAY_HOSTS, type EpayHostPreset, type EpayHosts } from './hosts.js';
export { buildOpenApi, type OpenApiOptions } from './openapi.js';
export { KNOWN_SCOPES, type Scope, WEBAPI_SCOPES } from './scopes.js';
export { type ValidationMode, type ValidationResult, validate } from './validators.js';
