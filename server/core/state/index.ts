export { ownValue } from './own-value.js';
export {
  createInitialState,
  type GrantType,
  type RefreshTokenRecord,
  type SandboxState,
  type TokenBinding,
  type TokenRecord,
  upgradeState,
} from './sandbox-state.js';
export type { StateStore } from './store.js';
