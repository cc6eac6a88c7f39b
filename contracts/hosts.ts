/** Base URLs of the two ePay servers. Endpoint paths of the contract table are appended to them. */
export interface EpayHosts {
  /** OAuth server base, e.g. `https://testoauth.homebank.kz/epay2` (`/oauth2/token` is appended). */
  readonly oauthUrl: string;
  /** API server base, e.g. `https://testepay.homebank.kz/api` (`/operations` is appended). */
  readonly apiUrl: string;
}

/**
 * The bank's hosts.
 * - `homebankTest`: the older test hosts printed in the bank's documents (`/epay2` and `/api` prefixes).
 * - `epaymentTest`: the newer test hosts (no prefixes) used by most public integrations.
 * - `production`: the live hosts. Real money: the contract kit never writes there.
 *
 * @example
 * const client = createEpayClient({ ...EPAY_HOSTS.epaymentTest, credentials: TEST_CREDENTIALS.test });
 */
export const EPAY_HOSTS = {
  homebankTest: {
    oauthUrl: 'https://testoauth.homebank.kz/epay2',
    apiUrl: 'https://testepay.homebank.kz/api',
  },
  epaymentTest: {
    oauthUrl: 'https://test-epay-oauth.epayment.kz',
    apiUrl: 'https://test-epay-api.epayment.kz',
  },
  production: { oauthUrl: 'https://epay-oauth.homebank.kz', apiUrl: 'https://epay-api.homebank.kz' },
} as const satisfies Record<string, EpayHosts>;

/** Name of a preset of {@link EPAY_HOSTS}. */
export type EpayHostPreset = keyof typeof EPAY_HOSTS;
