import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fieldValue,
  PAYMENT_FIELDS,
  type PaymentRecord,
  type SearchField,
  TRANSFER_FIELDS,
} from '../../server/core/index.js';
import type { EpayApp } from '../../server/http/create-app.js';
import { createTestApp } from '../support/http.js';

/**
 * The search endpoints checked against an independent oracle: the same records in SQLite, queried with
 * the equivalent SQL (PostgreSQL-like semantics: case-sensitive LIKE with `\` escapes, NULLs last
 * ascending and first descending, binary text order). fast-check draws random valid queries from the
 * data; a failure shrinks to a minimal query.
 */

type Row = Record<string, string | number | null>;

interface Table<R> {
  readonly fields: readonly SearchField<R>[];
  readonly date: string;
  readonly rows: readonly Row[];
  readonly db: Database.Database;
  readonly name: string;
}

const sqlName = (field: string) => `"${field}"`;

function sqlValue<R>(field: SearchField<R>, record: R): string | number | null {
  const value = fieldValue(field, record);
  if (value === null) return null;
  if (field.type === 'date') return typeof value === 'number' ? value : Date.parse(String(value));
  if (field.type === 'boolean') return value ? 1 : 0;
  return value as string | number;
}

function buildTable<R extends { id: string; clientId: string }>(
  name: string,
  fields: readonly SearchField<R>[],
  date: string,
  records: Iterable<R>,
): Table<R> {
  const db = new Database(':memory:');
  db.pragma('case_sensitive_like = ON');
  const columns = ['id', '_owner', ...fields.map((f) => f.name)];
  db.exec(`CREATE TABLE ${name} (${columns.map(sqlName).join(', ')})`);
  const insert = db.prepare(`INSERT INTO ${name} VALUES (${columns.map(() => '?').join(', ')})`);
  const rows: Row[] = [];
  db.transaction(() => {
    for (const record of records) {
      const row: Row = { id: record.id, _owner: record.clientId };
      for (const f of fields) row[f.name] = sqlValue(f, record);
      rows.push(row);
      insert.run(...columns.map((c) => row[c] ?? null));
    }
  })();
  return { fields, date, rows, db, name };
}

interface Parameter {
  name: string;
  method: string;
  searchParameter: (string | number | boolean)[];
}
interface Query {
  client: string;
  params: Parameter[];
  order: { field: string; typeOrder: 'ASC' | 'DESC' }[];
  page: number;
  size: number;
}

/** The request value of a column value (dates as ISO strings, sometimes with the bank's offset). */
function requestValue(
  type: string,
  value: string | number | null,
  shift: boolean,
): string | number | boolean {
  if (type === 'date') {
    const ms = value as number;
    return shift
      ? `${new Date(ms + 6 * 3_600_000).toISOString().slice(0, 23)}+06:00`
      : new Date(ms).toISOString();
  }
  if (type === 'boolean') return value === 1;
  if (type === 'number') return shift ? String(value) : (value as number);
  return value as string;
}

/** A LIKE pattern derived from a value: a prefix, suffix or middle, maybe with `_` and escapes. */
const likePattern = (value: string) =>
  fc
    .record({
      shape: fc.constantFrom('prefix', 'suffix', 'middle', 'underscore', 'escaped', 'all'),
      cut: fc.nat({ max: 6 }),
    })
    .map(({ shape, cut }) => {
      const escaped = (s: string) => s.replace(/[\\%_]/g, '\\$&');
      const n = Math.min(cut + 1, value.length);
      switch (shape) {
        case 'prefix':
          return `${value.slice(0, n)}%`;
        case 'suffix':
          return `%${value.slice(value.length - n)}`;
        case 'middle':
          return `%${value.slice(1, 1 + n)}%`;
        case 'underscore':
          return `${value.slice(0, n).replace(/./, '_')}%`;
        case 'escaped':
          return `${escaped(value.slice(0, n))}%`;
        default:
          return '%';
      }
    });

function queryArbitrary<R>(table: Table<R>, clients: readonly string[]): fc.Arbitrary<Query> {
  const rows = table.rows;
  const row = fc.nat({ max: rows.length - 1 }).map((i) => rows[i] as Row);
  const value = (field: SearchField<R>) =>
    fc
      .tuple(row, fc.boolean())
      .filter(([r]) => r[field.name] !== null)
      .map(([r, shift]) => requestValue(field.type, r[field.name] ?? null, shift));
  const dateField = table.fields.find((f) => f.name === table.date) as SearchField<R>;
  const period = fc.oneof(
    fc.tuple(value(dateField), value(dateField)).map(([a, b]) => ({
      name: table.date,
      method: 'between',
      searchParameter: [a, b].sort((x, y) => Date.parse(String(x)) - Date.parse(String(y))),
    })),
    fc.tuple(fc.constantFrom('>=', '>', '<=', '<'), value(dateField)).map(([method, v]) => ({
      name: table.date,
      method,
      searchParameter: [v],
    })),
    fc.constant<Parameter>({
      name: table.date,
      method: 'between',
      searchParameter: ['2000-01-01', '2100-01-01'],
    }),
  );
  const filter = fc.constantFrom(...table.fields).chain((field) => {
    const methods = ['=', 'in', '<', '>', '<=', '>=', 'between', ...(field.type === 'text' ? ['like'] : [])];
    return fc.constantFrom(...methods).chain((method) => {
      if (method === 'like') {
        return row
          .filter((r) => typeof r[field.name] === 'string')
          .chain((r) => likePattern(String(r[field.name])))
          .map((pattern) => ({ name: field.name, method, searchParameter: [pattern] }));
      }
      const count =
        method === 'between'
          ? fc.constant(2)
          : method === 'in'
            ? fc.integer({ min: 1, max: 4 })
            : fc.constant(1);
      return count.chain((n) =>
        fc.array(value(field), { minLength: n, maxLength: n }).map((values) => ({
          name: field.name,
          method,
          searchParameter: values,
        })),
      );
    });
  });
  const order = fc.array(
    fc.record({
      field: fc.constantFrom('id', ...table.fields.map((f) => f.name)),
      typeOrder: fc.constantFrom('ASC' as const, 'DESC' as const),
    }),
    { maxLength: 3 },
  );
  return fc.record({
    client: fc.constantFrom(...clients),
    params: fc.tuple(period, fc.array(filter, { maxLength: 3 })).map(([p, rest]) => [p, ...rest]),
    order,
    page: fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 3000 })),
    size: fc.integer({ min: 1, max: 60 }),
  });
}

/** The query in SQL: every parameter ANDed, keys then newest first then id, NULLs as PostgreSQL. */
function oracle<R>(table: Table<R>, query: Query): { total: number; ids: string[] } {
  const where = ['"_owner" = ?'];
  const args: (string | number | null)[] = [query.client];
  const typeOf = (name: string) =>
    table.fields.find((f) => f.name === name || f.aliases?.includes(name)) as SearchField<R>;
  const toSql = (type: string, v: string | number | boolean): string | number =>
    type === 'date'
      ? Date.parse(String(v))
      : type === 'boolean'
        ? v
          ? 1
          : 0
        : type === 'number'
          ? Number(v)
          : String(v);
  for (const p of query.params) {
    const field = typeOf(p.name);
    const column = sqlName(field.name);
    const values = p.searchParameter.map((v) => toSql(field.type, v));
    switch (p.method) {
      case 'between':
        where.push(`${column} BETWEEN ? AND ?`);
        args.push(values[0] ?? null, values[1] ?? null);
        break;
      case 'in':
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        args.push(...values);
        break;
      case 'like':
        where.push(`${column} LIKE ? ESCAPE '\\'`);
        args.push(values[0] ?? null);
        break;
      default:
        where.push(`${column} ${p.method} ?`);
        args.push(values[0] ?? null);
    }
  }
  const keys = [
    ...query.order.map(
      (o) =>
        `${sqlName(o.field === 'id' ? 'id' : typeOf(o.field).name)} ${o.typeOrder} NULLS ${o.typeOrder === 'ASC' ? 'LAST' : 'FIRST'}`,
    ),
    `${sqlName(table.date)} DESC NULLS FIRST`,
    '"id" ASC',
  ];
  const sql = `FROM ${table.name} WHERE ${where.join(' AND ')}`;
  const total = (table.db.prepare(`SELECT count(*) AS n ${sql}`).get(...args) as { n: number }).n;
  const ids = (
    table.db
      .prepare(`SELECT "id" ${sql} ORDER BY ${keys.join(', ')} LIMIT ? OFFSET ?`)
      .all(...args, query.size, query.page) as { id: string }[]
  ).map((r) => r.id);
  return { total, ids };
}

function request(query: Query) {
  return {
    paging: { page: query.page, size: query.size },
    searchParameters: query.params,
    orderParameters: query.order,
  };
}

describe('search answers agree with an SQL oracle', () => {
  const app: EpayApp = createTestApp({ history: 3000, seed: 11 });
  const sandbox = app.sandbox;
  // API-made changes the index must follow: new payments at one frozen instant (ties), changed history.
  const base = [...sandbox.payments.all()];
  for (let i = 0; i < 40; i++) {
    const source = base[100 + i] as PaymentRecord;
    sandbox.payments.save({
      ...source,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      createdDate: '2026-11-26T12:00:00.000Z',
      amount: 100 + (i % 5),
      origin: 'api',
    });
  }
  for (let i = 0; i < 20; i++) {
    const changed = base[500 + i * 7] as PaymentRecord;
    sandbox.payments.save({ ...changed, status: 'REFUND', amount: changed.amount + 1, payoutDate: null });
  }
  // Build the index after the first changes (load + overlay), then change more (live updates).
  sandbox.search.warm();
  for (let i = 40; i < 60; i++) {
    const source = base[200 + i] as PaymentRecord;
    sandbox.payments.save({
      ...source,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      origin: 'api',
    });
  }
  const payments = buildTable('payments', PAYMENT_FIELDS, 'created_date', sandbox.payments.all());
  const transfers = buildTable('transfers', TRANSFER_FIELDS, 'created_at', sandbox.transfers.all());
  afterAll(() => {
    payments.db.close();
    transfers.db.close();
  });

  it('finds the same payments, in the same order, as SQL for 400 random queries', () => {
    fc.assert(
      fc.property(queryArbitrary(payments, ['test', 'halykfinanceUSD']), (query) => {
        const answer = sandbox.search.payments(query.client, request(query) as never);
        const expected = oracle(payments, query);
        expect({ total: answer.totalCount, ids: answer.records.map((r) => r.id) }).toEqual(expected);
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it('finds the same transfers, in the same order, as SQL for 200 random queries', () => {
    fc.assert(
      fc.property(queryArbitrary(transfers, ['test', 'halykfinanceUSD']), (query) => {
        const answer = sandbox.search.transfers(query.client, request(query) as never);
        const expected = oracle(transfers, query);
        expect({ total: answer.totalCount, ids: answer.records.map((r) => r.id) }).toEqual(expected);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('builds the oracle over every record of both merchants', () => {
    const clients = new Set(payments.rows.map((r) => r._owner));
    expect([...clients].sort()).toEqual(['halykfinanceUSD', 'test']);
    expect(payments.rows.length).toBe(3000 + 9 + 60);
    expect(transfers.rows.length).toBe(300 + 1);
  });
});
