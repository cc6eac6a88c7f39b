import { Ajv, type Options } from 'ajv';
import formats from 'ajv-formats';

// ajv-formats is CommonJS with a `default` property; under NodeNext its default import is the module.
const addFormats = (formats as unknown as { default: typeof formats.default }).default ?? formats;

/**
 * The ajv instance the contracts validate with (all errors, unions of types, the standard formats). Run
 * time compiles with it only schemas that were not precompiled; the build's generator passes `code`
 * options to emit standalone code with the very same settings.
 *
 * @example
 * const validator = createContractAjv().compile(compilableSchema(TokenResponse, 'strict'));
 */
export function createContractAjv(extra: Pick<Options, 'code'> = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, ...extra });
  addFormats(ajv);
  return ajv;
}
