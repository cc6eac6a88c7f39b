import type { Context } from 'hono';
import { catalogueError, type EpayError } from '../core/index.js';
import { parseLenientJson } from './lenient-json.js';
import { readSimpleMultipart } from './simple-multipart.js';

/** Header set when the sandbox accepted something the bank's strict parser may reject. */
export const WARNING_HEADER = 'X-Sandbox-Warning';

/** How a route reports body problems (API `{code, message}` or OAuth `{error, error_description}`). */
export interface BodyErrors {
  malformed(detail: string): EpayError;
  unsupportedType(detail: string): EpayError;
}

/** Body errors of the API routes: `{code: 9001 | 9003, message}`. */
export const API_BODY_ERRORS: BodyErrors = {
  malformed: (detail) => catalogueError('malformedBody', detail),
  unsupportedType: (detail) => catalogueError('unsupportedMediaType', detail),
};

const isFormType = (type: string): boolean =>
  type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');

/**
 * Reads a JSON body. Any content type but form types is read as JSON (the bank does not insist on
 * `application/json`); trailing commas are tolerated and flagged with {@link WARNING_HEADER}.
 */
export async function readJsonBody(c: Context, errors: BodyErrors = API_BODY_ERRORS): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (isFormType(type)) throw errors.unsupportedType(`send the body as JSON, not ${type.split(';')[0]}`);
  const text = await c.req.text();
  if (text.trim() === '') throw errors.malformed('the body is empty; a JSON object is expected');
  try {
    const parsed = parseLenientJson(text);
    if (parsed.trailingCommas) {
      c.header(
        WARNING_HEADER,
        'trailing commas accepted; a strict JSON parser (the bank may use one) rejects them',
      );
    }
    return parsed.value;
  } catch (error) {
    throw errors.malformed(`not valid JSON (${(error as Error).message})`);
  }
}

/** hono's `parseBody()` of these fields (names without `[]`): the last value of a name wins. */
function simpleFormBody(fields: readonly [string, string][]): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null);
  for (const [name, value] of fields) body[name] = value;
  return body;
}

/**
 * Reads a form body (multipart/form-data or x-www-form-urlencoded; a flat JSON object is accepted too)
 * as field name to text. File parts and nested JSON values are rejected.
 */
export async function readFormFields(c: Context, errors: BodyErrors): Promise<Record<string, string>> {
  const contentType = c.req.header('content-type') ?? '';
  const type = contentType.toLowerCase();
  const fields: Record<string, string> = {};
  if (type.startsWith('application/x-www-form-urlencoded')) {
    // Read as text (@hono/node-server's fast path) rather than through a web FormData.
    for (const [name, value] of new URLSearchParams(await c.req.text())) fields[name] = value;
    return fields;
  }
  if (isFormType(type)) {
    let body: Record<string, unknown>;
    try {
      // The common body (text fields, as every client sends them) is read here; anything else by hono,
      // through the platform's parser, from the same bytes (docs/decisions/0111-cold-msw-handlers.md).
      // The boundary is case-sensitive: the header as sent, not lower-cased.
      const simple = readSimpleMultipart(await c.req.arrayBuffer(), contentType);
      body =
        simple && !simple.some(([name]) => name.endsWith('[]'))
          ? simpleFormBody(simple)
          : await c.req.parseBody();
    } catch (error) {
      throw errors.malformed(`form body could not be parsed (${(error as Error).message})`);
    }
    for (const [name, value] of Object.entries(body)) {
      if (typeof value !== 'string') throw errors.malformed(`field '${name}' must be text, not a file`);
      fields[name] = value;
    }
    return fields;
  }
  if (type === '' || type.startsWith('application/json') || type.startsWith('text/plain')) {
    const value = await readJsonBody(c, errors);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw errors.malformed('a JSON body must be an object of fields');
    }
    for (const [name, v] of Object.entries(value)) {
      if (typeof v === 'string') fields[name] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') fields[name] = String(v);
      else if (v !== null) throw errors.malformed(`field '${name}' must be text or a number`);
    }
    return fields;
  }
  throw errors.unsupportedType(
    `use multipart/form-data or application/x-www-form-urlencoded, not ${type.split(';')[0]}`,
  );
}
