/** One example printed in a seed document. */
export interface SeedExample {
  /** Stable id, e.g. `transfer-request`. */
  readonly id: string;
  /** The seed document it is printed in. */
  readonly source: string;
  /** Id of the endpoint (in the endpoint table) it belongs to. */
  readonly endpoint: string;
  readonly kind: 'request' | 'response';
  /** HTTP status of a response example. */
  readonly status?: number;
  /** The text exactly as printed. */
  readonly raw: string;
  /** Where the printed text is not valid JSON: the evident intended JSON. */
  readonly corrected?: string;
  readonly note?: string;
}

/** A form-data request example (token requests): field name to value, as printed. */
export interface SeedFormExample {
  readonly id: string;
  readonly source: string;
  readonly endpoint: 'token';
  readonly fields: Readonly<Record<string, string>>;
  /** Placeholders the document prints instead of real values, and what the sandbox substitutes. */
  readonly placeholders?: Readonly<Record<string, string>>;
  readonly note?: string;
}

/**
 * The example's JSON value (the corrected text where the printed one is not valid JSON).
 *
 * @example
 * exampleJson(JSON_EXAMPLES.find((e) => e.id === 'operations-error')!); // { code: 232, message: '...' }
 */
export function exampleJson(example: SeedExample): unknown {
  return JSON.parse(example.corrected ?? example.raw);
}
