import { describeShape } from './describe-shape.js';

/** Sends one search body to the target and returns the answer (what `ctx.client.send` returns). */
export type SearchSend = (
  body: unknown,
) => Promise<{ readonly status: number; readonly body: unknown; readonly text: string }>;

const WIDE_RANGE = ['2000-01-01T00:00:00Z', '2099-12-31T23:59:59Z'];

/** The `searchParameters` entry of a wide created-date range (the documents make it mandatory). */
export const wideRange = (dateField: string) => ({
  name: dateField,
  method: 'between',
  searchParameter: WIDE_RANGE,
});

type Answer = Awaited<ReturnType<SearchSend>>;
type Row = Record<string, unknown>;

const rowsOf = (answer: Answer): Row[] | undefined => {
  const body = answer.body as { records?: unknown; Records?: unknown } | undefined;
  const rows = body?.records ?? body?.Records;
  return Array.isArray(rows) ? (rows as Row[]) : undefined;
};

const failure = (answer: Answer) => `HTTP ${answer.status} ${describeShape(answer.body, answer.text)}`;

/**
 * How `paging.page` is read (000 says "the number of entries that must be skipped"; its example sends
 * page 1 with size 2, 001's sends page 0): asks for page 0 size 4 and page 1 size 2, and says where page 1
 * starts.
 *
 * @example
 * await observePaging((body) => ctx.client.send(endpoint, { body }), 'created_date');
 * // 'page 1 (size 2) starts at record 3: a 0-based page index'
 */
export async function observePaging(send: SearchSend, dateField: string): Promise<string> {
  const page = (index: number, size: number) =>
    send({
      paging: { page: index, size },
      searchParameters: [wideRange(dateField)],
      orderParameters: [{ field: dateField, typeOrder: 'ASC' }],
    });
  const first = await page(0, 4);
  const base = rowsOf(first);
  if (!base) return failure(first);
  if (base.length < 4) return `only ${base.length} records in range: cannot tell`;
  const second = await page(1, 2);
  const rows = rowsOf(second);
  if (!rows) return failure(second);
  const at = base.findIndex((row) => row.id === rows[0]?.id);
  const meaning =
    ['a 1-based page index', 'a count of records to skip', 'a 0-based page index'][at] ?? 'unclear';
  return at < 0
    ? `page 1 (size 2) starts outside the first 4 records: unclear`
    : `page 1 (size 2) starts at record ${at + 1}: ${meaning}`;
}

/**
 * Which spelling the total count and the records use (000/001 `totalCount`/`records`, 002 `TotalCount`/`Records`).
 *
 * @example
 * await observeCountCasing(send, { paging: { skip: 0, limit: 1 }, ... }); // 'TotalCount, Records'
 */
export async function observeCountCasing(send: SearchSend, body: unknown): Promise<string> {
  const answer = await send(body);
  if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null)
    return failure(answer);
  const keys = ['totalCount', 'TotalCount', 'records', 'Records'].filter((k) => k in (answer.body as object));
  return keys.length > 0 ? keys.join(', ') : `neither: ${describeShape(answer.body, answer.text)}`;
}

/**
 * Whether `like` is case-sensitive: takes a record's value of `recordField` (e.g. `payerEmail`), searches
 * `filter like 'PREFIX%'` with the prefix upper-cased, and says whether the record is found.
 *
 * @example
 * await observeLikeCase(send, 'created_date', 'payer_email', 'payerEmail'); // 'case-insensitive'
 */
export async function observeLikeCase(
  send: SearchSend,
  dateField: string,
  filter: string,
  recordField: string,
): Promise<string> {
  const list = await send({
    paging: { page: 0, size: 50 },
    searchParameters: [wideRange(dateField)],
    orderParameters: [],
  });
  const rows = rowsOf(list);
  if (!rows) return failure(list);
  const sample = rows.find(
    (row) => typeof row[recordField] === 'string' && /^[a-z]{3}/.test(row[recordField] as string),
  );
  if (!sample) return `no record with a lower-case ${recordField} to compare`;
  const prefix = (sample[recordField] as string).slice(0, 3);
  const search = async (pattern: string) => {
    const answer = await send({
      paging: { page: 0, size: 200 },
      searchParameters: [
        wideRange(dateField),
        { name: filter, method: 'like', searchParameter: [`${pattern}%`] },
      ],
      orderParameters: [],
    });
    return rowsOf(answer)?.some((row) => row.id === sample.id);
  };
  if (!(await search(prefix))) return `the same-case pattern does not find the record: unclear`;
  return (await search(prefix.toUpperCase())) ? 'case-insensitive' : 'case-sensitive';
}

/**
 * What the API answers for search mistakes the documents do not give a code for (only 232, "Search Method
 * Unavailable", is documented).
 *
 * @example
 * await observeSearchErrors(send, 'created_date');
 * // 'unknown method: HTTP 400 code 232; no date range: HTTP 400 code 9101; ...'
 */
export async function observeSearchErrors(send: SearchSend, dateField: string): Promise<string> {
  const cases: [string, unknown[]][] = [
    [
      'unknown method',
      [wideRange(dateField), { name: 'amount', method: 'approx', searchParameter: ['100'] }],
    ],
    ['no date range', [{ name: 'amount', method: '=', searchParameter: ['100'] }]],
    ['between with one value', [{ name: dateField, method: 'between', searchParameter: [WIDE_RANGE[0]] }]],
    [
      'unknown filter',
      [wideRange(dateField), { name: 'no_such_filter', method: '=', searchParameter: ['x'] }],
    ],
  ];
  const parts: string[] = [];
  for (const [label, searchParameters] of cases) {
    const answer = await send({ paging: { page: 0, size: 1 }, searchParameters, orderParameters: [] });
    const code = (answer.body as { code?: unknown } | undefined)?.code;
    parts.push(
      `${label}: HTTP ${answer.status}${code !== undefined ? ` code ${String(code)}` : ` ${describeShape(answer.body, answer.text)}`}`,
    );
  }
  return parts.join('; ');
}
