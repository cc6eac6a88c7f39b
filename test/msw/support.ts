import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createClock, createIdSource, seededRandomBytes } from '../../server/core/index.js';
import { createEpayHandlers } from '../../server/msw/index.js';
import { TEST_MERCHANT } from '../support/http.js';

/** The bank's older test hosts, as the seed documents print them. */
export const OLD_OAUTH_URL = 'https://testoauth.homebank.kz/epay2/oauth2/token';
export const OLD_API_URL = 'https://testepay.homebank.kz/api';
/** The newer test hosts (production layout). */
export const NEW_OAUTH_URL = 'https://test-epay-oauth.epayment.kz/oauth2/token';
export const NEW_API_URL = 'https://test-epay-api.epayment.kz';

/** Deterministic sandbox inputs: a frozen clock at 2026-11-27T10:00Z and seeded ids. */
export function deterministic() {
  return {
    clock: createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true }),
    ids: createIdSource(seededRandomBytes(7)),
  };
}

/**
 * The emulator's msw handlers (deterministic inputs) on an msw node server for this test file: listening
 * before its tests (unhandled requests are errors), back to the emulator's handlers and state after each,
 * closed after all.
 *
 * @example
 * const { epay, server } = useEpayServer();
 */
export function useEpayServer() {
  const epay = createEpayHandlers(deterministic());
  const server = setupServer(...epay);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    await epay.reset();
  });
  afterAll(() => server.close());
  return { epay, server };
}

/** A multipart client_credentials token request of merchant `test`, as 004 sends it. */
export function tokenForm(extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    grant_type: 'client_credentials',
    client_id: TEST_MERCHANT.clientId,
    client_secret: TEST_MERCHANT.clientSecret,
    scope: 'payment',
    terminal: TEST_MERCHANT.terminal,
    invoiceID: '000000001',
    amount: '100',
    currency: 'KZT',
    ...extra,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** A multipart client_credentials request of merchant `test` with only `fields` besides the credentials. */
export function credentialsForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.append('grant_type', 'client_credentials');
  form.append('client_id', TEST_MERCHANT.clientId);
  form.append('client_secret', TEST_MERCHANT.clientSecret);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/**
 * Requests a token from `url` with plain `fetch` (as a front-end would) and returns it: {@link tokenForm}
 * with `extra`, or exactly the `FormData` given.
 */
export async function fetchToken(
  url: string,
  extra: Record<string, string> | FormData = {},
): Promise<string> {
  const form = extra instanceof FormData ? extra : tokenForm(extra);
  const res = await fetch(url, { method: 'POST', body: form });
  const body = (await res.json()) as { access_token?: string };
  if (res.status !== 200 || !body.access_token) throw new Error(`token failed: ${JSON.stringify(body)}`);
  return body.access_token;
}
