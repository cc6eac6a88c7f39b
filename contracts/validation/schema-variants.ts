import type { TSchema } from 'typebox';

/** A deep copy of a JSON Schema without the entries `drop` picks, at any depth. */
function without(schema: unknown, drop: (key: string, value: unknown) => boolean): unknown {
  if (Array.isArray(schema)) return schema.map((item) => without(item, drop));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!drop(key, value)) out[key] = without(value, drop);
  }
  return out;
}

/** `$id`s name schemas in the OpenAPI export; ajv would refuse to compile two schemas with one `$id`. */
const isId = (key: string): boolean => key === '$id';
const isIdOrClosed = (key: string, value: unknown): boolean =>
  isId(key) || (key === 'additionalProperties' && value === false);

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
  return without(schema, variant === 'open' ? isIdOrClosed : isId) as object;
}
