export { type CatalogueEntry, type CatalogueKey, catalogueError, ERROR_CATALOGUE } from './catalogue.js';
export { EpayError, type ErrorBody, isEpayError } from './epay-error.js';
export { OAUTH_ERROR_STATUS, type OAuthErrorCode, oauthError } from './oauth-errors.js';
