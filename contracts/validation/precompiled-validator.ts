import type { ValidateFunction } from 'ajv';
import type { TSchema } from 'typebox';
import { PRECOMPILED_SCHEMAS } from './precompiled-schemas.js';
import { PRECOMPILED_VALIDATORS } from './precompiled-validators.js';
import { schemaFingerprint } from './schema-fingerprint.js';
import type { SchemaVariant } from './schema-variants.js';

/** The build-time validators of one schema of {@link PRECOMPILED_SCHEMAS}. */
export interface PrecompiledValidators {
  /** {@link schemaFingerprint} of the schema they were generated from. */
  readonly fingerprint: string;
  readonly strict: ValidateFunction;
  readonly open: ValidateFunction;
}

let names: Map<TSchema, string> | undefined;

/**
 * The validator generated at build time for `schema`, or undefined when the schema is not in
 * {@link PRECOMPILED_SCHEMAS} or was edited since the code was generated (its fingerprint differs; the
 * caller then compiles it at run time, so a stale file never validates).
 *
 * @example
 * const check = precompiledValidator(TransferRequest, 'open') ?? compileAtRuntime(TransferRequest, 'open');
 */
export function precompiledValidator(schema: TSchema, variant: SchemaVariant): ValidateFunction | undefined {
  names ??= new Map(Object.entries(PRECOMPILED_SCHEMAS).map(([name, known]) => [known, name]));
  const name = names.get(schema);
  const entry = name === undefined ? undefined : PRECOMPILED_VALIDATORS[name];
  if (!entry || entry.fingerprint !== schemaFingerprint(schema)) return undefined;
  return entry[variant];
}
