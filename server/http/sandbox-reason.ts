import type { Context } from 'hono';
import { isEpayError } from '../core/index.js';

/** Header that explains, in plain words, why the sandbox refused a request whose body keeps the bank's text. */
export const REASON_HEADER = 'X-Sandbox-Reason';

/**
 * Sets {@link REASON_HEADER} from an error's detail (when it says more than the body's message) and returns
 * the error, to be rethrown.
 *
 * @example
 * catch (error) { throw withReason(c, error); }
 */
export function withReason(c: Context, error: unknown): unknown {
  if (isEpayError(error) && error.message !== error.body.message) {
    // Header values are Latin-1: anything else is replaced, and the length is bounded.
    c.header(REASON_HEADER, error.message.replace(/[^\x20-\x7e]/g, '?').slice(0, 500));
  }
  return error;
}
