/** How `expires_in` is typed in token responses. */
export type ExpiresInStyle = 'document' | 'number' | 'string';

/** Token lifetimes and fidelity switches of the token endpoint. */
export interface AuthConfig {
  /** client_credentials tokens (003, 004 answer 7200). */
  readonly clientCredentialsTtlSec: number;
  /** password tokens with the web API scopes (002 answers "900"). */
  readonly passwordTtlSec: number;
  /** password tokens with the `transfer` scope only (001 answers 7200). */
  readonly transferPasswordTtlSec: number;
  /** refresh tokens of password grants (emulator-chosen). */
  readonly refreshTtlSec: number;
  /**
   * `document`: as each document shows it (a string for web API password grants as in 002, a number
   * otherwise as in 001, 003, 004); `number` or `string`: always that type.
   */
  readonly expiresIn: ExpiresInStyle;
}

/** The documented defaults. */
export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  clientCredentialsTtlSec: 7200,
  passwordTtlSec: 900,
  transferPasswordTtlSec: 7200,
  refreshTtlSec: 86_400,
  expiresIn: 'document',
};
