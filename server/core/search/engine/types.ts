/** How a field's values compare: dates as instants, numbers as numbers, text by code units, booleans. */
export type FieldType = 'date' | 'number' | 'text' | 'boolean';

/** A field value as the engine holds it: epoch ms for dates, `null` when absent (SQL NULL). */
export type FieldValue = number | string | boolean | null;

/**
 * One searchable field of a record kind: the name the API uses, its type, and how to read it from a
 * record. A table of these configures the engine for payments, transfers or invoices.
 */
export interface SearchField<R> {
  /** The API's name (`created_date`, `payer_email`...). */
  readonly name: string;
  readonly type: FieldType;
  /** Reads the value: dates as ISO-8601 strings (or null), numbers, text, booleans. */
  readonly value: (record: R) => string | number | boolean | null;
  /** Usable in searchParameters (default true). */
  readonly filter?: boolean;
  /** Usable in orderParameters (default true). */
  readonly order?: boolean;
  /** Other names the API accepts for it (001 writes `created_at` and `created_date`). */
  readonly aliases?: readonly string[];
}

/** Search methods of the documents' query model. */
export type SearchMethod = 'between' | 'in' | 'like' | '=' | '<' | '>' | '<=' | '>=';

/** Every method, in the documents' order. */
export const SEARCH_METHODS: readonly SearchMethod[] = ['between', 'in', 'like', '=', '<', '>', '<=', '>='];

/** One parsed filter: values are typed (dates as epoch ms, numbers, text, booleans). */
export interface Filter {
  readonly field: string;
  readonly method: SearchMethod;
  readonly values: readonly (number | string | boolean)[];
}

/** One sort key. */
export interface OrderKey {
  readonly field: string;
  readonly descending: boolean;
}

/** A query the engine runs: the partition (merchant), filters (AND), sort keys, and the page. */
export interface EngineQuery {
  readonly partition: string;
  readonly filters: readonly Filter[];
  readonly order: readonly OrderKey[];
  readonly offset: number;
  readonly limit: number;
}

/** The answer: how many records match, and the ids of the requested page in order. */
export interface EngineResult {
  readonly total: number;
  readonly ids: readonly string[];
}
