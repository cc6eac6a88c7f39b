import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { catalogueError, isEpayError } from '../core/index.js';

/**
 * Maps any thrown value to a bank-shaped JSON answer. Never a stack trace: unexpected errors become
 * `{"code": 9500, ...}` and are logged (without the request body) for a bug report.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (isEpayError(error)) return c.json(error.body, error.status as ContentfulStatusCode);
  if (error instanceof HTTPException) {
    if (error.status === 413) return errorResponse(catalogueError('payloadTooLarge'), c);
    const key = error.status === 401 ? 'unauthorized' : 'malformedBody';
    return errorResponse(catalogueError(key, error.message), c);
  }
  console.error(`epay-sandbox: internal error on ${c.req.method} ${c.req.path}:`, error);
  return errorResponse(catalogueError('internal'), c);
}
