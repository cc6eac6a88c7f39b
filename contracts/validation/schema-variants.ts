import type { TSchema } from 'typebox';

/** `$id`s name schemas in the OpenAPI export; ajv would refuse to compile two schemas with one `$id`. */
function stripIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripIds);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key !== '$id') out[key] = stripIds(value);
  }
  return out;
}

function allowExtra(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(allowExtra);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!(key === 'additionalProperties' && value === false)) out[key] = allowExtra(value);
  }
  return out;
}

/** Which JSON Schema of a contract is compiled: as written (`strict`), or with unknown fields allowed (`open`). */
export type SchemaVariant = 'strict' | 'open';

/**
 * The JSON Schema ajv compiles for a contract schema: without `$id`s, and for `open` also without
 * `additionalProperties: false` anywhere (so nullable objects and unions still match with unknown fields).
 * The run-time compiler and the build-time generator both use it, so their validators agree.
 *
 * @example
 * ajv.compile(compilableSchema(TransferRequest, 'open') as object);
 */
export function compilableSchema(schema: TSchema, variant: SchemaVariant): object {
  const stripped = stripIds(schema);
  return (variant === 'open' ? allowExtra(stripped) : stripped) as object;
}
