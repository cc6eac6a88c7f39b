import type { Context } from 'hono';
import { catalogueError, type EpayError } from '../../../core/index.js';
import { readJsonBody } from '../../request-body.js';

/**
 * Reads the JSON object body of a `/_sandbox` route (an empty body is `{}`); refuses fields not in
 * `fields` so that a typo does not silently do nothing.
 *
 * @example
 * const body = await readControlObject(c, ['endpoint', 'outcome', 'times']);
 */
export async function readControlObject(
  c: Context,
  fields: readonly string[],
): Promise<Record<string, unknown>> {
  if ((await c.req.text()).trim() === '') return {};
  const body = await readJsonBody(c);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw catalogueError('invalidRequest', 'the body must be a JSON object');
  }
  const extra = Object.keys(body).find((k) => !fields.includes(k));
  if (extra) {
    throw catalogueError('invalidRequest', `unknown field '${extra}' (fields: ${fields.join(', ')})`);
  }
  return body as Record<string, unknown>;
}

/**
 * The 404 of a control object.
 *
 * @example
 * throw controlNotFound('scenario', 'sc_9');
 */
export function controlNotFound(kind: string, id: string): EpayError {
  return catalogueError('controlNotFound', `no ${kind} '${id}' in this namespace`);
}
