import { type CatalogueKey, catalogueError } from '../../errors/index.js';
import { hasWildcard } from '../engine/like-pattern.js';
import { ID_FIELD } from '../engine/search-engine.js';
import {
  type EngineQuery,
  type FieldType,
  type Filter,
  type OrderKey,
  SEARCH_METHODS,
  type SearchMethod,
} from '../engine/types.js';
import { parseSearchValue, type RawValue } from './parse-value.js';

/** One `searchParameters` entry as sent. */
export interface RawSearchParameter {
  readonly name: string;
  readonly method: string;
  readonly searchParameter?: readonly RawValue[] | null;
}

/** One `orderParameters` entry as sent. */
export interface RawOrderParameter {
  readonly field: string;
  readonly typeOrder: string;
}

/**
 * A search request in the documents' query model, with paging already picked out of the endpoint's own
 * shape (`paging.page/size` for operations, `paging.skip/limit` for invoices).
 */
export interface RawSearchRequest {
  readonly offset: number | string;
  readonly limit: number | string;
  readonly searchParameters?: readonly RawSearchParameter[] | null;
  readonly orderParameters?: readonly RawOrderParameter[] | null;
}

/** What a field of the query model needs: its API name, type, and where it may be used. */
export interface QueryField {
  readonly name: string;
  readonly type: FieldType;
  readonly filter?: boolean;
  readonly order?: boolean;
  readonly aliases?: readonly string[];
}

/** How `page` is read: entries to skip (the documents' wording) or a zero-based page number. */
export type PagingReading = 'skip' | 'page';

/** The query model of one search endpoint. */
export interface QueryModel {
  readonly fields: readonly QueryField[];
  /** The filter every query must have (the transaction period; `invoice_id` for invoices). */
  readonly requiredFilter: string;
  /**
   * The refusal when it is missing, with a searchParameters entry to show (default: 9105 and a
   * `between` on the period).
   */
  readonly requiredFilterMissing?: { readonly error: CatalogueKey; readonly example: string };
  /** Names of the paging fields in the endpoint's request (for messages). */
  readonly pagingNames: readonly [offset: string, limit: string];
  readonly reading: PagingReading;
  readonly maxPageSize: number;
  /** The catalogue entry of an unknown method (232, in the endpoint document's language). */
  readonly methodUnavailable: CatalogueKey;
  /** Whether `id` may be used in orderParameters. */
  readonly orderById: boolean;
}

/** Largest page/skip accepted (a safe integer offset well beyond any history). */
const MAX_OFFSET = 1_000_000_000;

function wholeNumber(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  return /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : undefined;
}

function paging(model: QueryModel, raw: RawSearchRequest): { offset: number; limit: number } {
  const [offsetName, limitName] = model.pagingNames;
  const offset = wholeNumber(raw.offset);
  const limit = wholeNumber(raw.limit);
  const fail = (detail: string) => catalogueError('searchPagingInvalid', detail);
  if (offset === undefined || offset < 0 || offset > MAX_OFFSET) {
    throw fail(
      `paging.${offsetName} must be a whole number from 0 to ${MAX_OFFSET}, got ${JSON.stringify(raw.offset)}`,
    );
  }
  if (limit === undefined || limit < 1 || limit > model.maxPageSize) {
    throw fail(
      `paging.${limitName} must be a whole number from 1 to ${model.maxPageSize}, got ${JSON.stringify(raw.limit)}`,
    );
  }
  return { offset: model.reading === 'skip' ? offset : offset * limit, limit };
}

/** The value count each method requires, as the documents state it. */
function checkCount(method: SearchMethod, values: readonly RawValue[], name: string): void {
  const fail = (rule: string) =>
    catalogueError('searchValueCount', `'${name}' ${method}: ${rule}, got ${values.length} value(s)`);
  if (method === 'between' && values.length !== 2) throw fail('between needs exactly 2 values');
  if (method === 'in' && values.length < 1) throw fail('in needs at least 1 value');
  if (method === 'like') {
    if (values.length !== 1) throw fail('like needs exactly 1 value containing %');
    if (typeof values[0] !== 'string' || !hasWildcard(values[0])) {
      throw catalogueError(
        'searchValueCount',
        `'${name}' like: the value must contain %, got ${JSON.stringify(values[0])}`,
      );
    }
  }
  if (method !== 'between' && method !== 'in' && method !== 'like' && values.length !== 1) {
    throw fail(`${method} needs exactly 1 value`);
  }
}

/**
 * Checks a search request against the endpoint's query model and turns it into an engine query: every
 * problem becomes the bank's `{code, message}` error (232 for an unknown method, 91xx otherwise).
 *
 * @example
 * const query = parseSearchRequest(model, 'test', { offset: 0, limit: 20, searchParameters: [...] });
 */
export function parseSearchRequest(model: QueryModel, partition: string, raw: RawSearchRequest): EngineQuery {
  const { offset, limit } = paging(model, raw);
  const byName = new Map<string, QueryField>();
  for (const field of model.fields) {
    byName.set(field.name, field);
    for (const alias of field.aliases ?? []) byName.set(alias, field);
  }
  const filterNames = model.fields.filter((f) => f.filter !== false).map((f) => f.name);

  const filters: Filter[] = [];
  let period = false;
  for (const parameter of raw.searchParameters ?? []) {
    const method = parameter.method.trim().toLowerCase() as SearchMethod;
    if (!SEARCH_METHODS.includes(method)) throw catalogueError(model.methodUnavailable);
    const field = byName.get(parameter.name.trim());
    if (!field || field.filter === false) {
      throw catalogueError(
        'searchUnknownField',
        `'${parameter.name}' is not a filter of this endpoint; use one of ${filterNames.join(', ')}`,
      );
    }
    const values = parameter.searchParameter ?? [];
    checkCount(method, values, parameter.name);
    if (method === 'like' && field.type !== 'text') {
      throw catalogueError('searchMethodNotApplicable', `like on '${parameter.name}', a ${field.type} field`);
    }
    const typed = values.map((raw) => {
      if (method === 'like') return String(raw);
      const parsed = parseSearchValue(field.type, raw);
      if ('problem' in parsed)
        throw catalogueError('searchValueInvalid', `'${parameter.name}': ${parsed.problem}`);
      return parsed.value;
    });
    if (field.name === model.requiredFilter) period = true;
    filters.push({ field: field.name, method, values: typed });
  }
  if (!period) {
    const missing = model.requiredFilterMissing ?? {
      error: 'searchPeriodRequired',
      example: `{"name": "${model.requiredFilter}", "method": "between", "searchParameter": ["2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"]}`,
    };
    throw catalogueError(
      missing.error,
      `add a searchParameters entry on '${model.requiredFilter}', e.g. ${missing.example}`,
    );
  }

  const order: OrderKey[] = [];
  for (const parameter of raw.orderParameters ?? []) {
    const name = parameter.field.trim();
    const field = byName.get(name);
    const sortable = (field && field.order !== false) || (model.orderById && name === ID_FIELD);
    if (!sortable) {
      const names = model.fields.filter((f) => f.order !== false).map((f) => f.name);
      if (model.orderById) names.push(ID_FIELD);
      throw catalogueError(
        'searchOrderInvalid',
        `'${parameter.field}' is not sortable; use one of ${names.join(', ')}`,
      );
    }
    const direction = parameter.typeOrder.trim().toUpperCase();
    if (direction !== 'ASC' && direction !== 'DESC') {
      throw catalogueError(
        'searchOrderInvalid',
        `typeOrder of '${parameter.field}' must be ASC or DESC, got ${JSON.stringify(parameter.typeOrder)}`,
      );
    }
    order.push({ field: field ? field.name : ID_FIELD, descending: direction === 'DESC' });
  }
  return { partition, filters, order, offset, limit };
}
