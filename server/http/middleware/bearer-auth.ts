import type { MiddlewareHandler } from 'hono';
import type { Scope } from '../../../contracts/index.js';
import type { AppEnv } from '../app-env.js';

/** Reads `Authorization: Bearer <token>` (scheme case-insensitive). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^\s*Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/**
 * Requires a live token with one of `scopes`; the token record is then `c.get('token')`.
 * Answers 401 / 403 in the API error shape otherwise.
 *
 * @example
 * app.post('/operations', requireToken(['webapi', 'statement']), handler);
 */
export function requireToken(scopes: readonly Scope[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = c.get('sandbox').tokens.authenticate(bearerToken(c.req.header('authorization')), scopes);
    c.set('token', token);
    await next();
  };
}
