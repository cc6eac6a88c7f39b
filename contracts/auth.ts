import Type, { type Static } from 'typebox';

/** A non-empty form field (form bodies carry strings only). */
const Field = (description: string) => Type.String({ minLength: 1, maxLength: 1024, description });
const Optional = (description: string) => Type.Optional(Type.String({ maxLength: 2048, description }));

/** `grant_type=password`: a cabinet user's credentials (001, 002). */
export const PasswordTokenRequest = Type.Object(
  {
    grant_type: Type.Literal('password'),
    client_id: Field('ClientID of the merchant'),
    client_secret: Field('ClientSecret of the merchant'),
    username: Field('cabinet user (e-mail)'),
    password: Field('cabinet password'),
    scope: Field('space-separated scopes, e.g. "transfer", "api" or "webapi usermanagement ... payment"'),
  },
  { $id: 'PasswordTokenRequest' },
);
export type PasswordTokenRequest = Static<typeof PasswordTokenRequest>;

/** `grant_type=client_credentials`, optionally bound to one order (003, 004). */
export const ClientCredentialsTokenRequest = Type.Object(
  {
    grant_type: Type.Literal('client_credentials'),
    client_id: Field('ClientID of the merchant'),
    client_secret: Field('ClientSecret of the merchant'),
    scope: Field('space-separated scopes, e.g. "payment", "transfer"'),
    terminal: Optional('terminal GUID the token is bound to'),
    invoiceID: Optional('order number the token is bound to (6 to 15 digits per 004)'),
    amount: Optional('order amount the token is bound to'),
    currency: Optional('order currency the token is bound to'),
    postLink: Optional('success callback URL'),
    failurePostLink: Optional('failure callback URL'),
    secret_hash: Optional('echoed back in callbacks'),
  },
  { $id: 'ClientCredentialsTokenRequest' },
);
export type ClientCredentialsTokenRequest = Static<typeof ClientCredentialsTokenRequest>;

/** `grant_type=refresh_token`: renews a password-grant token. */
export const RefreshTokenRequest = Type.Object(
  {
    grant_type: Type.Literal('refresh_token'),
    client_id: Field('ClientID of the merchant'),
    client_secret: Field('ClientSecret of the merchant'),
    refresh_token: Field('refresh_token of an earlier password grant'),
  },
  { $id: 'RefreshTokenRequest' },
);
export type RefreshTokenRequest = Static<typeof RefreshTokenRequest>;

/** The request schema of each grant type the token endpoint accepts. */
export const TokenRequestByGrant = {
  password: PasswordTokenRequest,
  client_credentials: ClientCredentialsTokenRequest,
  refresh_token: RefreshTokenRequest,
} as const;
export type SupportedGrantType = keyof typeof TokenRequestByGrant;

/** Any token request (a form body: every value is a string), one schema per grant type. */
export const TokenRequest = Type.Union(
  [PasswordTokenRequest, ClientCredentialsTokenRequest, RefreshTokenRequest],
  {
    $id: 'TokenRequest',
  },
);
export type TokenRequest = Static<typeof TokenRequest>;

/**
 * The token response. `expires_in` is a number in 001, 003 and 004 and a string in 002, so both are
 * valid here; which one the sandbox sends is a fidelity setting (README).
 */
export const TokenResponse = Type.Object(
  {
    access_token: Type.String({ minLength: 1 }),
    expires_in: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[0-9]+$' })]),
    refresh_token: Type.String(),
    scope: Type.String(),
    token_type: Type.Literal('Bearer'),
  },
  { additionalProperties: false, $id: 'TokenResponse' },
);
export type TokenResponse = Static<typeof TokenResponse>;
