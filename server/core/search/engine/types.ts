/** How a field's values compare: dates as instants, numbers as numbers, text by code units, booleans. */
export type FieldType = 'date' | 'number' | 'text' | 'boolean';

/** A field value as the engine holds it: epoch ms for dates, `null` when absent (SQL NULL). */
export type FieldValue = number | string | boolean | null;

/** A field's value as read from a record, before conversion (dates as ISO strings or epoch ms). */
export type RawFieldValue = string | number | boolean | null;

/**
 * One searchable field of a record kind: the name the API uses, its type, and the record property it
 * reads (through `map` when the API's value is derived, e.g. a type name to its GUID). A table of these
 * configures the engine for payments, transfers or invoices.
 */
export interface SearchField<R> {
  /** The API's name (`created_date`, `payer_email`...). */
  readonly name: string;
  readonly type: FieldType;
  /** The record property it reads. Date properties hold ISO-8601 strings (or epoch ms), or null. */
  readonly property: keyof R & string;
  /** Derives the field's value from the property's (not for dates). Default: the value itself. */
  // biome-ignore lint/suspicious/noExplicitAny: each field maps its own property's type
  readonly map?: (value: any) => RawFieldValue;
  /** Usable in searchParameters (default true). */
  readonly filter?: boolean;
  /** Usable in orderParameters (default true). */
  readonly order?: boolean;
  /** Other names the API accepts for it (001 writes `created_at` and `created_date`). */
  readonly aliases?: readonly string[];
  /**
   * Text fields with few distinct values (shops, types): dictionary-encoded, so filters test each
   * distinct value once. Other text is kept as the records' own strings (default false).
   */
  readonly dictionary?: boolean;
}

/**
 * The value of `field` in `record` (before date conversion).
 *
 * @example
 * fieldValue({ name: 'post_link', type: 'boolean', property: 'postLink', map: (l) => l !== '' }, payment);
 */
export function fieldValue<R>(field: SearchField<R>, record: R): RawFieldValue {
  const value = record[field.property] as RawFieldValue;
  return field.map ? field.map(value) : (value ?? null);
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

/**
 * The sort values of one result, in the order the query sorts by (its keys, then the tiebreak): numbers
 * (dates as epoch ms, NaN when absent; booleans 0/1, 2 when absent) or text (null when absent).
 */
export type SortKey = readonly (string | number | null)[];

/** Options of one search. */
export interface SearchOptions {
  /** Rows left out (records indexed elsewhere: a history record changed in a namespace's overlay). */
  readonly hidden?: ReadonlySet<number>;
  /** Answer the sort values of the page's records too, to merge them with another engine's. */
  readonly keys?: boolean;
}

/** The answer: how many records match, and the ids of the requested page in order. */
export interface EngineResult {
  readonly total: number;
  readonly ids: readonly string[];
  /** With `SearchOptions.keys`: the sort values of each id. */
  readonly keys?: readonly SortKey[];
}
