export { type AuthConfig, DEFAULT_AUTH_CONFIG, type ExpiresInStyle } from './auth-config.js';
export { allowsAny, type ParsedScope, parseScope } from './scopes.js';
export { createTokenService, type TokenService, type TokenServiceDeps } from './token-service.js';
