import { createClock, createIdSource, seededRandomBytes } from '../../server/core/index.js';
import { type CreateAppOptions, createApp, type EpayApp } from '../../server/http/create-app.js';

/** Merchant `test` (004) and `halykfinanceUSD` (002) credentials. */
export const TEST_MERCHANT = {
  clientId: 'test',
  clientSecret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
  terminal: '67e34d63-102f-4bd1-898e-370781d0074d',
  username: 'epay@halykbank.kz',
  password: 'XZG1E@Mm',
} as const;

export const INVOICE_MERCHANT = {
  clientId: 'halykfinanceUSD',
  clientSecret: 'U01gQZVL##lJ$NhJ',
  terminal: 'd9d7978c-d6ee-4ec0-8cda-165251a4bf16',
  shopId: '04f25a4b-d2bd-4dd8-b3a7-9390be4774c4',
  username: 'halykfinanceUSD@halykbank.nb',
  password: 'XVp36qar',
} as const;

export const WEBAPI_SCOPE = 'webapi usermanagement email_send verification statement statistics payment';

/** A sandbox app with a frozen clock at 2026-11-27T10:00:00Z and deterministic ids. */
export function createTestApp(
  options: CreateAppOptions = {},
): EpayApp & { clock: ReturnType<typeof createClock> } {
  const clock = createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true });
  const app = createApp({ clock, ids: createIdSource(seededRandomBytes(7)), ...options });
  return Object.assign(app, { clock });
}

/** Body encodings the token endpoint reads. */
export type FormEncoding = 'multipart' | 'urlencoded' | 'json';

/** Sends `fields` as a form in the given encoding. */
export function postForm(
  app: EpayApp,
  path: string,
  fields: Readonly<Record<string, string>>,
  encoding: FormEncoding = 'multipart',
): Promise<Response> {
  if (encoding === 'multipart') {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    return Promise.resolve(app.request(path, { method: 'POST', body }));
  }
  if (encoding === 'urlencoded') {
    return Promise.resolve(app.request(path, { method: 'POST', body: new URLSearchParams(fields) }));
  }
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    }),
  );
}

/** Fields of a client_credentials token request of merchant `test`. */
export function clientCredentials(extra: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: TEST_MERCHANT.clientId,
    client_secret: TEST_MERCHANT.clientSecret,
    scope: 'payment',
    ...extra,
  };
}

/** Gets an access token or fails the test with the error body. */
export async function getToken(app: EpayApp, fields: Record<string, string>): Promise<string> {
  const res = await postForm(app, '/oauth2/token', fields);
  const body = (await res.json()) as { access_token?: string };
  if (res.status !== 200 || !body.access_token)
    throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A `fetch` that answers from the in-process app (no port), for the client and the contract kit. */
export function appFetch(app: EpayApp): typeof fetch {
  return (input, init) => Promise.resolve(app.fetch(new Request(input, init)));
}
