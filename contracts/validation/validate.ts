import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Static, TSchema } from 'typebox';
import { createContractAjv } from './contract-ajv.js';
import { precompiledValidator } from './precompiled-validator.js';
import { compilableSchema, type SchemaVariant } from './schema-variants.js';

/** Outcome of {@link validate}: the typed value, or readable problems. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly extraFields: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly extraFields: readonly string[] };

/** How unknown fields are treated: rejected (the emulator's own answers) or allowed and reported (a real host). */
export type ValidationMode = 'strict' | 'open';

const compiled = new WeakMap<TSchema, ValidateFunction>();
const compiledOpen = new WeakMap<TSchema, ValidateFunction>();
let runtimeAjv: Ajv | undefined;

/**
 * The validator of a schema variant, made once: the build-time code when the schema is precompiled and
 * unchanged, otherwise compiled by ajv now (its code generator and `new Function`, ~45 ms the first time).
 */
function compile(schema: TSchema, variant: SchemaVariant): ValidateFunction {
  const cache = variant === 'strict' ? compiled : compiledOpen;
  let fn = cache.get(schema);
  if (!fn) {
    fn = precompiledValidator(schema, variant);
    if (!fn) {
      runtimeAjv ??= createContractAjv();
      fn = runtimeAjv.compile(compilableSchema(schema, variant));
    }
    cache.set(schema, fn);
  }
  return fn;
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
  const fn = compile(schema, 'strict');
  if (fn(value)) return { ok: true, value: value as Static<T>, extraFields: [] };
  const errors = fn.errors ?? [];
  const extras = errors.filter((e) => e.keyword === 'additionalProperties');
  const extraFields = [...new Set(extras.map(extraFieldOf))];
  if (mode === 'strict') return { ok: false, problems: [...new Set(errors.map(describe))], extraFields };
  // Open: judge by the schema that allows unknown fields (inside a union, an unknown field would otherwise
  // fail the whole union); the strict run above names the unknown fields.
  const open = compile(schema, 'open');
  if (open(value)) return { ok: true, value: value as Static<T>, extraFields };
  return { ok: false, problems: [...new Set((open.errors ?? []).map(describe))], extraFields };
}
