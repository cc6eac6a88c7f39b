import type { EpayHosts } from '../contracts/index.js';

export { EPAY_HOSTS, type EpayHostPreset, type EpayHosts } from '../contracts/index.js';

/**
 * The hosts of a local sandbox: OAuth and API on one port (both path layouts are served; this uses the
 * newer one).
 *
 * @example
 * const client = createEpayClient({ ...sandboxHosts('http://127.0.0.1:7070'), credentials: TEST_CREDENTIALS.test });
 */
export function sandboxHosts(url = 'http://127.0.0.1:7070'): EpayHosts {
  const base = url.replace(/\/+$/, '');
  return { oauthUrl: base, apiUrl: base };
}

/** Credentials of a merchant: the client pair, and the cabinet user for password grants. */
export interface EpayCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Cabinet user (e-mail) for password grants: searches (000, 001) and invoices (002). */
  readonly username?: string;
  readonly password?: string;
  /** Default terminal GUID of client_credentials tokens (status 003, payments, transfers 004). */
  readonly terminal?: string;
}

/**
 * The test merchants the bank publishes in its documents (004 and 002). Public test data, not secrets.
 *
 * @example
 * createEpayClient({ ...sandboxHosts(), credentials: TEST_CREDENTIALS.halykfinanceUSD });
 */
export const TEST_CREDENTIALS = {
  test: {
    clientId: 'test',
    clientSecret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
    username: 'epay@halykbank.kz',
    password: 'XZG1E@Mm',
    terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
  },
  halykfinanceUSD: {
    clientId: 'halykfinanceUSD',
    clientSecret: 'U01gQZVL##lJ$NhJ',
    username: 'halykfinanceUSD@halykbank.nb',
    password: 'XVp36qar',
    terminal: 'd9d7978c-d6ee-4ec0-8cda-165251a4bf16',
  },
} as const satisfies Record<string, EpayCredentials>;
