/** The scope set the bank answers for the `api` scope and uses for payments and invoices (002, 003). */
export const WEBAPI_SCOPES = [
  'webapi',
  'usermanagement',
  'email_send',
  'verification',
  'statement',
  'statistics',
  'payment',
] as const;

/** Every scope the token endpoint grants. `api` is an alias of {@link WEBAPI_SCOPES} (002). */
export const KNOWN_SCOPES = [...WEBAPI_SCOPES, 'transfer'] as const;

/** A scope the sandbox grants. */
export type Scope = (typeof KNOWN_SCOPES)[number];
