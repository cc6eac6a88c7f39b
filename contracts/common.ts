import Type, { type Static } from 'typebox';

/**
 * The bank's API error body: `{"code": 232, "message": "Search Method Unavailable"}`.
 * (Transfer declines add fields; see the transfer contracts.)
 */
export const ApiError = Type.Object(
  {
    code: Type.Integer({
      description: 'Bank code, or an emulator-defined code (9000+) where the bank documents none',
    }),
    message: Type.String(),
  },
  { additionalProperties: false, $id: 'ApiError' },
);
export type ApiError = Static<typeof ApiError>;

/** The OAuth2 error body answered by the token endpoint (RFC 6749 §5.2). */
export const OAuthError = Type.Object(
  {
    error: Type.Union([
      Type.Literal('invalid_request'),
      Type.Literal('invalid_client'),
      Type.Literal('invalid_grant'),
      Type.Literal('invalid_scope'),
      Type.Literal('unauthorized_client'),
      Type.Literal('unsupported_grant_type'),
    ]),
    error_description: Type.String(),
  },
  { additionalProperties: false, $id: 'OAuthError' },
);
export type OAuthError = Static<typeof OAuthError>;

/**
 * The payer IP's geolocation fields, named alike in every answer that carries them (000's operations,
 * 001's P2P operations, 003's status, callbacks): spread into those schemas.
 */
export const IpLocationFields = {
  ipCountry: Type.String(),
  ipCity: Type.String(),
  ipRegion: Type.String(),
  ipDistrict: Type.String(),
  ipLatitude: Type.Number(),
  ipLongitude: Type.Number(),
};
