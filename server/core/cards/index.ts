export {
  type Authorization,
  type AuthorizationRequest,
  type CardAuthorizer,
  type CardAuthorizerDeps,
  type CardExpiry,
  type CardSource,
  createCardAuthorizer,
  type ReceiverSource,
  type ResolvedCard,
} from './card-authorizer.js';
export { type CardConfig, DEFAULT_CARD_CONFIG, type ExpiryPolicy } from './card-config.js';
export { schemeOf } from './card-scheme.js';
export { type Decline, type DeclineKey, declineOf } from './declines.js';
export { passesLuhn } from './luhn.js';
export type { SavedCardRecord } from './saved-card-record.js';
export { createSavedCards, type SavedCards, type SavedCardsDeps } from './saved-cards.js';
