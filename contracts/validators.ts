import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { Static, TSchema } from 'typebox';

/** Outcome of {@link validate}: the typed value, or readable problems. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly extraFields: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly extraFields: readonly string[] };

/** How unknown fields are treated: rejected (the emulator's own answers) or allowed and reported (a real host). */
export type ValidationMode = 'strict' | 'open';

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
// ajv-formats is CommonJS with a `default` property; under NodeNext its default import is the module.
const addFormats = (formats as unknown as { default: typeof formats.default }).default ?? formats;
addFormats(ajv);
const compiled = new WeakMap<TSchema, ValidateFunction>();
const compiledOpen = new WeakMap<TSchema, ValidateFunction>();

function compile(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(stripIds(schema) as object);
    compiled.set(schema, fn);
  }
  return fn;
}

/** The schema with unknown fields allowed everywhere (open mode), so nullable objects and unions still match. */
function compileOpen(schema: TSchema): ValidateFunction {
  let fn = compiledOpen.get(schema);
  if (!fn) {
    fn = ajv.compile(allowExtra(stripIds(schema)) as object);
    compiledOpen.set(schema, fn);
  }
  return fn;
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

/** Turns an ajv error into "field 'paging.size' must be >= 1". */
function describe(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    return `field '${path ? `${path}.` : ''}${missing}' is required`;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    return `field '${path ? `${path}.` : ''}${extra}' is not allowed`;
  }
  if (error.keyword === 'const') {
    return `field '${path}' must be ${JSON.stringify((error.params as { allowedValue?: unknown }).allowedValue)}`;
  }
  return path ? `field '${path}' ${error.message ?? 'is invalid'}` : `body ${error.message ?? 'is invalid'}`;
}

function extraFieldOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
  return path ? `${path}.${extra}` : extra;
}

/**
 * Validates `value` against a contract schema (compiled once, cached). In `open` mode unknown fields are
 * allowed and listed in `extraFields`; in `strict` mode they are problems.
 *
 * @example
 * const result = validate(TokenResponse, await response.json());
 * if (!result.ok) console.log(result.problems.join('; '));
 */
export function validate<T extends TSchema>(
  schema: T,
  value: unknown,
  mode: ValidationMode = 'strict',
): ValidationResult<Static<T>> {
  const fn = compile(schema);
  if (fn(value)) return { ok: true, value: value as Static<T>, extraFields: [] };
  const errors = fn.errors ?? [];
  const extras = errors.filter((e) => e.keyword === 'additionalProperties');
  const extraFields = [...new Set(extras.map(extraFieldOf))];
  if (mode === 'strict') return { ok: false, problems: [...new Set(errors.map(describe))], extraFields };
  // Open: judge by the schema that allows unknown fields (inside a union, an unknown field would otherwise
  // fail the whole union); the strict run above names the unknown fields.
  const open = compileOpen(schema);
  if (open(value)) return { ok: true, value: value as Static<T>, extraFields };
  return { ok: false, problems: [...new Set((open.errors ?? []).map(describe))], extraFields };
}
