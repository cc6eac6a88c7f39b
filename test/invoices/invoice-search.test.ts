import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { InvoiceSearchResponse, validate } from '../../contracts/index.js';
import { createTestApp } from '../support/http.js';
import { createInvoiceVia, invoiceBody, invoiceToken, searchBody, sendJson } from '../support/invoices.js';

type Answer = {
  TotalCount: number;
  Records: { id: string; invoice_id: string; status: string; amount: number }[];
};

async function search(
  app: ReturnType<typeof createTestApp>,
  token: string,
  body: unknown,
  path = '/invoice-links',
) {
  const res = await sendJson(app, token, 'POST', path, body);
  return { status: res.status, body: (await res.json()) as Answer & { code?: number } };
}

describe('invoice search (POST /invoice-links)', () => {
  it("answers 002's request example as written with 002's record, valid against the contract", async () => {
    const app = createTestApp();
    const request = exampleJson(JSON_EXAMPLES.find((e) => e.id === 'invoice-search-request')!);
    for (const path of ['/invoice-links', '/api/invoice-links']) {
      const { status, body } = await search(app, await invoiceToken(app), request, path);
      expect(status).toBe(200);
      expect(validate(InvoiceSearchResponse, body).ok).toBe(true);
      expect(body.TotalCount).toBe(1);
      expect(body.Records[0]).toMatchObject({
        id: '39400628-6ebd-4640-9a25-116fb847db37',
        invoice_id: '200220241201',
        status: 'CHARGED',
        updated_date: '0001-01-01T05:07:48+05:07',
        created_date: '2024-02-20T15:15:29.289000+06:00',
        invoice_alt: '',
      });
    }
  });

  it("validates 002's response example against the search contract", () => {
    const example = JSON_EXAMPLES.find((e) => e.id === 'invoice-search-response')!;
    const result = validate(InvoiceSearchResponse, exampleJson(example));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("finds a created link by =, like and in, and only the token's merchant's links", async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const created = await createInvoiceVia(app, token, invoiceBody({ invoice_id: '123456789001' }));
    await createInvoiceVia(app, token, invoiceBody({ invoice_id: '123456789002', amount: 10 }));
    await createInvoiceVia(app, token, invoiceBody({ invoice_id: '999456789003' }));
    const exact = await search(app, token, searchBody('123456789001'));
    expect(exact.body.Records.map((r) => r.id)).toEqual([created.id]);
    expect(exact.body.Records[0]?.status).toBe('ACTIVE');
    const like = await search(app, token, {
      ...searchBody(''),
      searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['123456%'] }],
      orderParameters: { field: 'amount', typeOrder: 'ASC' },
    });
    expect(like.body.Records.map((r) => r.invoice_id)).toEqual(['123456789002', '123456789001']);
    const listed = await search(app, token, {
      ...searchBody(''),
      searchParameters: [
        { name: 'invoice_id', method: 'in', searchParameter: ['123456789001', '999456789003'] },
        { name: 'amount', method: 'between', searchParameter: [1000, 2000] },
      ],
    });
    expect(listed.body.TotalCount).toBe(2);
    const other = await search(app, await invoiceToken(app, 'test'), searchBody('123456789001'));
    expect(other.body).toEqual({ TotalCount: 0, Records: [] });
  });

  it('pages with skip and limit and reports the total', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    for (let i = 0; i < 5; i++)
      await createInvoiceVia(app, token, invoiceBody({ invoice_id: `55500000000${i}` }));
    const body = {
      paging: { skip: 2, limit: 2 },
      searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['555%'] }],
      orderParameters: [{ field: 'invoice_id', typeOrder: 'ASC' }],
    };
    const { body: page } = await search(app, token, body);
    expect(page.TotalCount).toBe(5);
    expect(page.Records.map((r) => r.invoice_id)).toEqual(['555000000002', '555000000003']);
  });

  it('reads the status at search time: EXPIRED once expire_date has passed', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    await createInvoiceVia(app, token, invoiceBody({ invoice_id: '777000000001', expire_period: '1d' }));
    app.clock.advance(86_400_000);
    const fresh = await invoiceToken(app);
    const { body } = await search(app, fresh, {
      ...searchBody('777000000001'),
      searchParameters: [
        { name: 'invoice_id', method: '=', searchParameter: ['777000000001'] },
        { name: 'status', method: '=', searchParameter: ['EXPIRED'] },
      ],
    });
    expect(body.Records.map((r) => r.status)).toEqual(['EXPIRED']);
  });

  it('filters and sorts by the status at search time, also when the clock moves back', async () => {
    const app = createTestApp();
    const token = await invoiceToken(app);
    const short = await createInvoiceVia(
      app,
      token,
      invoiceBody({ invoice_id: '778000000001', expire_period: '1d' }),
    );
    const long = await createInvoiceVia(
      app,
      token,
      invoiceBody({ invoice_id: '778000000002', expire_period: '3d' }),
    );
    const byStatus = (status: string) => ({
      paging: { skip: 0, limit: 10 },
      searchParameters: [
        { name: 'invoice_id', method: 'like', searchParameter: ['778%'] },
        { name: 'status', method: '=', searchParameter: [status] },
      ],
    });
    const ids = async (body: unknown) =>
      (await search(app, await invoiceToken(app), body)).body.Records.map((r) => r.id);
    expect(await ids(byStatus('ACTIVE'))).toEqual([long.id, short.id]);
    app.clock.advance(2 * 86_400_000);
    expect(await ids(byStatus('EXPIRED'))).toEqual([short.id]);
    expect(
      await ids({
        ...byStatus('ACTIVE'),
        searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['778%'] }],
        orderParameters: { field: 'status', typeOrder: 'DESC' },
      }),
    ).toEqual([short.id, long.id]);
    app.clock.set(new Date('2026-11-27T10:00:00Z'));
    expect(await ids(byStatus('EXPIRED'))).toEqual([]);
    expect(await ids(byStatus('ACTIVE'))).toEqual([long.id, short.id]);
  });

  it.each([
    [
      'no invoice_id filter',
      9331,
      { searchParameters: [{ name: 'amount', method: '>', searchParameter: [1] }] },
    ],
    [
      'an unknown method',
      9332,
      { searchParameters: [{ name: 'invoice_id', method: 'ilike', searchParameter: ['1%'] }] },
    ],
    [
      'an unknown field',
      9103,
      { searchParameters: [{ name: 'invoice', method: '=', searchParameter: ['1'] }] },
    ],
    [
      'between with one value',
      9102,
      { searchParameters: [{ name: 'invoice_id', method: 'between', searchParameter: ['1'] }] },
    ],
    [
      'like without %',
      9102,
      { searchParameters: [{ name: 'invoice_id', method: 'like', searchParameter: ['12'] }] },
    ],
    ['a limit of 0', 9101, { paging: { skip: 0, limit: 0 } }],
    ['a limit above 100', 9101, { paging: { skip: 0, limit: 101 } }],
    ['a negative skip', 9101, { paging: { skip: -1, limit: 10 } }],
    ['a bad typeOrder', 9104, { orderParameters: { field: 'id', typeOrder: 'UP' } }],
    ['an order on an unknown field', 9104, { orderParameters: [{ field: 'color', typeOrder: 'ASC' }] }],
    [
      'a text amount',
      9106,
      {
        searchParameters: [
          { name: 'invoice_id', method: '=', searchParameter: ['1'] },
          { name: 'amount', method: '=', searchParameter: ['ten'] },
        ],
      },
    ],
    [
      'like on an amount',
      9107,
      {
        searchParameters: [
          { name: 'invoice_id', method: '=', searchParameter: ['1'] },
          { name: 'amount', method: 'like', searchParameter: ['1%'] },
        ],
      },
    ],
    ['no paging', 9002, { paging: undefined }],
  ])('refuses %s with code %i', async (_what, code, extra) => {
    const app = createTestApp();
    const { status, body } = await search(app, await invoiceToken(app), { ...searchBody('1'), ...extra });
    expect(status).toBe(400);
    expect(body.code).toBe(code);
  });
});
