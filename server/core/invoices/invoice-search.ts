import type { InvoiceSearchRequest } from '../../../contracts/index.js';
import { bankOffsetMinutes } from '../bank-time.js';
import { catalogueError } from '../errors/index.js';
import { INVOICE_FIELDS, type InvoiceField, type InvoiceFieldType } from './invoice-fields.js';
import type { InvoiceRecord } from './invoice-record.js';

/** Largest page (002 gives none; the operations searches use 100). */
export const MAX_INVOICE_PAGE = 100;
const METHODS = ['between', 'in', 'like', '=', '<', '>', '<=', '>='] as const;
type Method = (typeof METHODS)[number];
type Value = string | number | boolean;

interface Filter {
  readonly field: InvoiceField;
  readonly method: Method;
  readonly values: readonly Value[];
  readonly pattern?: RegExp;
}

interface Order {
  readonly field: InvoiceField;
  readonly descending: boolean;
}

/** A checked invoice search. */
export interface InvoiceQuery {
  readonly filters: readonly Filter[];
  readonly order: readonly Order[];
  readonly skip: number;
  readonly limit: number;
}

const invalid = (detail: string) => catalogueError('invoiceSearchInvalid', detail);
const BY_NAME = new Map(INVOICE_FIELDS.map((f) => [f.name, f]));
const CREATED = BY_NAME.get('created_date') as InvoiceField;
const ID = BY_NAME.get('id') as InvoiceField;

function whole(value: number | string, name: string, min: number, max: number): number {
  const n = typeof value === 'number' ? value : /^\s*\d{1,10}\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw invalid(
      `paging.${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

/** A date value: ISO-8601 with an offset, or `YYYY-MM-DD[ HH:MM[:SS]]` read in bank (Almaty) time. */
function parseDate(raw: Value): number {
  const text = String(raw).trim();
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return asUtc - bankOffsetMinutes(new Date(asUtc)) * 60_000;
  }
  return Date.parse(text);
}

function typed(type: InvoiceFieldType, raw: Value, name: string): Value {
  if (type === 'text') return String(raw);
  if (type === 'number') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (String(raw).trim() === '' || !Number.isFinite(n))
      throw invalid(`'${name}' needs numbers, got ${JSON.stringify(raw)}`);
    return n;
  }
  if (type === 'boolean') {
    const t = String(raw).trim().toLowerCase();
    if (t !== 'true' && t !== 'false')
      throw invalid(`'${name}' needs true or false, got ${JSON.stringify(raw)}`);
    return t === 'true';
  }
  const ms = parseDate(raw);
  if (Number.isNaN(ms))
    throw invalid(`'${name}' needs dates such as 2024-02-20T15:15:29+06:00, got ${JSON.stringify(raw)}`);
  return ms;
}

/** SQL LIKE (case-sensitive, as PostgreSQL's): `%` any run, `_` one character. */
function likePattern(text: string): RegExp {
  const body = [...text]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

/**
 * Checks an invoice search body (002): paging skip/limit, filters (between, like, =, in, <, >, <=, >=, with
 * `invoice_id` required), orderParameters as one object or a list. Problems: 9330-9332.
 *
 * @example
 * const query = parseInvoiceQuery(body); // then searchInvoices(...)
 */
export function parseInvoiceQuery(request: InvoiceSearchRequest): InvoiceQuery {
  const skip = whole(request.paging.skip, 'skip', 0, 1_000_000_000);
  const limit = whole(request.paging.limit, 'limit', 1, MAX_INVOICE_PAGE);
  const filters: Filter[] = [];
  for (const parameter of request.searchParameters) {
    const method = parameter.method.trim().toLowerCase() as Method;
    if (!METHODS.includes(method)) {
      throw catalogueError(
        'invoiceSearchMethodUnavailable',
        `'${parameter.method}'; use between, like or = (002), or in, <, >, <=, >=`,
      );
    }
    const field = BY_NAME.get(parameter.name.trim());
    if (!field) {
      throw invalid(
        `'${parameter.name}' is not a field of the invoice search; use one of ${INVOICE_FIELDS.map((f) => f.name).join(', ')}`,
      );
    }
    const values = parameter.searchParameter;
    const count = values.length;
    if (method === 'between' && count !== 2)
      throw invalid(`'${field.name}' between needs 2 values, got ${count}`);
    if (method === 'in' && count < 1) throw invalid(`'${field.name}' in needs at least 1 value`);
    if (method !== 'between' && method !== 'in' && count !== 1)
      throw invalid(`'${field.name}' ${method} needs 1 value, got ${count}`);
    if (method === 'like') {
      if (field.type !== 'text')
        throw invalid(`like applies to text fields; '${field.name}' is a ${field.type}`);
      if (!String(values[0]).includes('%'))
        throw invalid(`'${field.name}' like needs a value with %, got ${JSON.stringify(values[0])}`);
      filters.push({ field, method, values: [String(values[0])], pattern: likePattern(String(values[0])) });
      continue;
    }
    filters.push({ field, method, values: values.map((v) => typed(field.type, v, field.name)) });
  }
  if (!filters.some((f) => f.field.name === 'invoice_id')) {
    throw catalogueError(
      'invoiceSearchIdRequired',
      'add {"name": "invoice_id", "method": "=", "searchParameter": ["..."]} (or like with %)',
    );
  }
  const raw = request.orderParameters;
  const order: Order[] = [];
  for (const parameter of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
    const field = BY_NAME.get(parameter.field.trim());
    if (!field)
      throw invalid(`orderParameters.field '${parameter.field}' is not a field of the invoice search`);
    const direction = parameter.typeOrder.trim().toUpperCase();
    if (direction !== 'ASC' && direction !== 'DESC')
      throw invalid(`typeOrder must be ASC or DESC, got '${parameter.typeOrder}'`);
    order.push({ field, descending: direction === 'DESC' });
  }
  return { filters, order, skip, limit };
}

function matches(filter: Filter, value: Value): boolean {
  const [a, b] = filter.values as [Value, Value];
  switch (filter.method) {
    case '=':
      return value === a;
    case 'in':
      return filter.values.includes(value);
    case 'like':
      return filter.pattern?.test(String(value)) ?? false;
    case 'between':
      return value >= a && value <= b;
    case '<':
      return value < a;
    case '>':
      return value > a;
    case '<=':
      return value <= a;
    case '>=':
      return value >= a;
  }
}

const compare = (x: Value, y: Value): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Runs a query over `invoices` (already the merchant's): AND of the filters, the requested order then
 * newest first and id, and the page. A linear scan: invoice links are few next to payments.
 *
 * @example
 * const { total, records } = runInvoiceQuery(query, mine, sandbox.clock.now());
 */
export function runInvoiceQuery(
  query: InvoiceQuery,
  invoices: Iterable<InvoiceRecord>,
  now: Date,
): { readonly total: number; readonly records: readonly InvoiceRecord[] } {
  const keys: readonly Order[] = [
    ...query.order,
    { field: CREATED, descending: true },
    { field: ID, descending: false },
  ];
  // Sort keys are read once per match, not once per comparison.
  const found: { readonly invoice: InvoiceRecord; readonly key: readonly Value[] }[] = [];
  for (const invoice of invoices) {
    if (query.filters.every((f) => matches(f, f.field.read(invoice, now)))) {
      found.push({ invoice, key: keys.map((k) => k.field.read(invoice, now)) });
    }
  }
  found.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compare(x.key[i] as Value, y.key[i] as Value);
      if (c !== 0) return keys[i]?.descending ? -c : c;
    }
    return 0;
  });
  return {
    total: found.length,
    records: found.slice(query.skip, query.skip + query.limit).map((f) => f.invoice),
  };
}
