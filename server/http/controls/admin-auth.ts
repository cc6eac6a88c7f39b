import type { MiddlewareHandler } from 'hono';
import { catalogueError } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

/** Header carrying the admin token (an alternative to `Authorization`). */
export const ADMIN_TOKEN_HEADER = 'X-Sandbox-Admin-Token';

/** Compares in time independent of where the strings differ. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}

/** The token of `Authorization: Bearer <t>`, or the password of `Authorization: Basic <user:t>`. */
function fromAuthorization(header: string | undefined): string | undefined {
  const match = header?.match(/^\s*(Bearer|Basic)\s+(\S+)\s*$/i);
  if (!match) return undefined;
  if (match[1]?.toLowerCase() === 'bearer') return match[2];
  try {
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(match[2] ?? ''), (ch) => ch.charCodeAt(0)));
    const colon = decoded.indexOf(':');
    return colon < 0 ? undefined : decoded.slice(colon + 1);
  } catch {
    return undefined;
  }
}

/**
 * Protects the `/_sandbox` routes (all but `/_sandbox/health`) with a shared admin token, sent as
 * `Authorization: Bearer <token>`, as `X-Sandbox-Admin-Token`, or as the password of HTTP Basic
 * authentication (so a browser prompts for it on the dashboard; any user name).
 *
 * @example
 * app.use('/_sandbox/*', adminAuth('s3cret'));
 */
export function adminAuth(token: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path === '/_sandbox/health') return next();
    const given = c.req.header(ADMIN_TOKEN_HEADER) ?? fromAuthorization(c.req.header('authorization'));
    if (given !== undefined && sameText(given, token)) return next();
    c.header('WWW-Authenticate', 'Basic realm="epay-sandbox admin", charset="UTF-8"');
    return errorResponse(
      catalogueError(
        'adminUnauthorized',
        given === undefined
          ? `send the admin token as 'Authorization: Bearer <token>' or '${ADMIN_TOKEN_HEADER}'`
          : 'the admin token does not match',
      ),
      c,
    );
  };
}
