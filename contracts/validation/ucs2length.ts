import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

type Ucs2Length = (text: string) => number;

/**
 * ajv's string length (Unicode code points, as `minLength`/`maxLength` count them), for the precompiled
 * validators. ajv's helper is CommonJS with a `default` property: Node's default import is the module,
 * a bundler's may be the function itself.
 *
 * @example
 * ucs2length('😀'); // 1
 */
export const ucs2length: Ucs2Length =
  (ucs2lengthModule as unknown as { default?: Ucs2Length }).default ??
  (ucs2lengthModule as unknown as Ucs2Length);
