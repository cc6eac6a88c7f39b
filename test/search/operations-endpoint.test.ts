import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { OperationsSearchResponse, validate } from '../../contracts/index.js';
import type { PaymentRecord } from '../../server/core/index.js';
import { createTestApp, INVOICE_MERCHANT } from '../support/http.js';
import { ALL_TIME, postSearch, searchBody, transferToken, webapiToken } from './search-support.js';

const example = (id: string) => JSON_EXAMPLES.find((e) => e.id === id) as (typeof JSON_EXAMPLES)[number];

describe('POST /operations (000)', () => {
  it("answers 000's example request with the document's two records, exactly as printed", async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const { status, body } = await postSearch(
      app,
      '/api/operations',
      token,
      example('operations-request').raw,
    );
    const printed = exampleJson(example('operations-response')) as { totalCount: number; records: unknown[] };
    expect(status).toBe(200);
    expect(body.totalCount).toBe(printed.totalCount);
    expect(body.records).toEqual(printed.records);
  });

  it('answers the same on both host layouts', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const request = searchBody(['2026-01-01T00:00:00Z', '2026-11-27T00:00:00Z']);
    const legacy = await postSearch(app, '/api/operations', token, request);
    const modern = await postSearch(app, '/operations', token, request);
    expect(legacy.status).toBe(200);
    expect(modern).toEqual(legacy);
  });

  it('answers records that match the contract strictly, dates in bank time', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const { body } = await postSearch(
      app,
      '/operations',
      token,
      searchBody(ALL_TIME, [], [], { page: 0, size: 1000 }),
    );
    const result = validate(OperationsSearchResponse, body, 'strict');
    expect(result.ok ? [] : result.problems).toEqual([]);
    const records = body.records ?? [];
    expect(records.length).toBe(Math.min(1000, body.totalCount ?? 0));
    expect(records.length).toBeGreaterThan(500);
    for (const r of records) {
      expect(String(r.createdDate)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+0[56]:00$/);
      expect(String(r.createdDate) < '2024-03-01' ? '+06:00' : '+05:00').toBe(
        String(r.createdDate).slice(-6),
      );
    }
  });

  it('never answers a full card number or a CVC', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const { body } = await postSearch(
      app,
      '/operations',
      token,
      searchBody(ALL_TIME, [], [], { page: 0, size: 1000 }),
    );
    for (const r of body.records ?? []) {
      expect(String(r.cardMask)).toMatch(/^\d{4,6}\.\.\.\d{4}$/);
      expect(String(r.cardNumber)).toMatch(/^\d{4,6}\.\.\.\.\d{4}$/);
      expect(r.cardCVC).toBe('000');
      expect(JSON.stringify(r)).not.toMatch(/\d{13,19}/);
    }
  });

  it("only shows the caller's merchant's payments", async () => {
    const app = createTestApp();
    const own = await postSearch(
      app,
      '/operations',
      await webapiToken(app, INVOICE_MERCHANT),
      searchBody(ALL_TIME, [], [], { page: 0, size: 1000 }),
    );
    const other = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [], { page: 0, size: 1000 }),
    );
    expect(own.body.totalCount).toBeGreaterThan(0);
    expect(new Set((own.body.records ?? []).map((r) => r.client))).toEqual(new Set(['halykfinanceUSD']));
    expect(new Set((other.body.records ?? []).map((r) => r.client))).toEqual(new Set(['test']));
    const ownIds = new Set((own.body.records ?? []).map((r) => r.id));
    expect((other.body.records ?? []).some((r) => ownIds.has(r.id))).toBe(false);
    // Even an explicit filter on another merchant's client id finds nothing.
    const probe = await postSearch(
      app,
      '/operations',
      await webapiToken(app, INVOICE_MERCHANT),
      searchBody(ALL_TIME, [{ name: 'client', method: '=', searchParameter: ['test'] }]),
    );
    expect(probe.body.totalCount).toBe(0);
  });

  it("refuses a 'transfer' token with 403 and code 9011", async () => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/operations',
      await transferToken(app),
      searchBody(ALL_TIME),
    );
    expect(status).toBe(403);
    expect(body.code).toBe(9011);
  });

  it('returns code 232 "Search Method Unavailable" given an unknown search method', async () => {
    const app = createTestApp();
    const request = searchBody(ALL_TIME, [{ name: 'amount', method: 'equals', searchParameter: ['100'] }]);
    const { status, body } = await postSearch(app, '/operations', await webapiToken(app), request);
    expect(status).toBe(400);
    expect(body).toEqual(exampleJson(example('operations-error')));
  });

  it.each([
    ['a negative page', { page: -1, size: 20 }],
    ['a zero size', { page: 0, size: 0 }],
    ['a huge size', { page: 0, size: 100_000 }],
    ['a fractional size', { page: 0, size: 2.5 }],
    ['a size that is not a number', { page: 0, size: 'twenty' }],
  ])('returns code 9101 given %s', async (_what, paging) => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [], paging as never),
    );
    expect(status).toBe(400);
    expect(body.code).toBe(9101);
    expect(String(body.message)).toMatch(/paging\.(page|size)/);
  });

  it.each([
    ['between with one value', { name: 'amount', method: 'between', searchParameter: ['1'] }],
    ['like without %', { name: 'payer_email', method: 'like', searchParameter: ['dana'] }],
    ['like with two values', { name: 'payer_email', method: 'like', searchParameter: ['a%', 'b%'] }],
    ['= with two values', { name: 'amount', method: '=', searchParameter: ['1', '2'] }],
    ['in with no value', { name: 'shop_id', method: 'in', searchParameter: [] }],
  ])('returns code 9102 given %s', async (_what, parameter) => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [parameter]),
    );
    expect(status).toBe(400);
    expect(body.code).toBe(9102);
  });

  it('returns code 9103 naming the filters given an unknown filter', async () => {
    const app = createTestApp();
    const request = searchBody(ALL_TIME, [{ name: 'status', method: '=', searchParameter: ['CHARGE'] }]);
    const { status, body } = await postSearch(app, '/operations', await webapiToken(app), request);
    expect(status).toBe(400);
    expect(body.code).toBe(9103);
    expect(String(body.message)).toContain('payer_email');
  });

  it.each([
    ['an unknown order field', { field: 'colour', typeOrder: 'ASC' }],
    ['a typeOrder other than ASC or DESC', { field: 'amount', typeOrder: 'UP' }],
  ])('returns code 9104 given %s', async (_what, order) => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [order]),
    );
    expect(status).toBe(400);
    expect(body.code).toBe(9104);
  });

  it('returns code 9105 when no created_date filter gives the period', async () => {
    const app = createTestApp();
    const request = {
      paging: { page: 0, size: 20 },
      searchParameters: [{ name: 'amount', method: '>', searchParameter: ['1'] }],
    };
    const { status, body } = await postSearch(app, '/operations', await webapiToken(app), request);
    expect(status).toBe(400);
    expect(body.code).toBe(9105);
  });

  it.each([
    ['a date that does not parse', { name: 'created_date', method: '>', searchParameter: ['yesterday'] }],
    ['an impossible date', { name: 'payout_date', method: '<', searchParameter: ['2023-02-30'] }],
    ['an amount that is not a number', { name: 'amount', method: '>', searchParameter: ['ten'] }],
    ['a post_link that is not a boolean', { name: 'post_link', method: '=', searchParameter: ['maybe'] }],
  ])('returns code 9106 given %s', async (_what, parameter) => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [parameter]),
    );
    expect(status).toBe(400);
    expect(body.code).toBe(9106);
  });

  it('returns code 9107 given like on an amount', async () => {
    const app = createTestApp();
    const request = searchBody(ALL_TIME, [{ name: 'amount', method: 'like', searchParameter: ['10%'] }]);
    const { status, body } = await postSearch(app, '/operations', await webapiToken(app), request);
    expect(status).toBe(400);
    expect(body.code).toBe(9107);
  });

  it('returns code 9002 given a body of the wrong shape, and 9001 given broken JSON', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const shape = await postSearch(app, '/operations', token, {
      paging: { page: 0, size: 1 },
      searchParameters: 'created_date',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.code).toBe(9002);
    const broken = await postSearch(app, '/operations', token, '{"paging": {');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe(9001);
  });

  it('compares dates as instants whatever their offset or format', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const find = async (range: [string, string]) =>
      (
        await postSearch(
          app,
          '/operations',
          token,
          searchBody(range, [
            { name: 'payer_email', method: '=', searchParameter: ['danatugumbayeva@gmail.com'] },
          ]),
        )
      ).body;
    // b9d46313... was created 2018-10-27T15:08:14+06:00 (09:08:14Z).
    const utc = await find(['2018-10-27T09:08:14Z', '2018-10-27T09:08:14Z']);
    const local = await find(['2018-10-27T15:08:14+06:00', '2018-10-27 15:08:14']);
    const moscow = await find(['2018-10-27T12:08:14+03:00', '2018-10-27T12:08:14.000+0300']);
    expect(utc.records?.map((r) => r.id)).toEqual(['b9d46313-264e-41ec-814c-728dd51eb97f']);
    expect(local).toEqual(utc);
    expect(moscow).toEqual(utc);
  });

  it('reads searchParameter values by type: amounts as numbers, post_link as a boolean', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const count = async (parameter: { name: string; method: string; searchParameter: unknown[] }) =>
      (await postSearch(app, '/operations', token, searchBody(ALL_TIME, [parameter]))).body.totalCount;
    expect(await count({ name: 'amount', method: '=', searchParameter: ['1000'] })).toBe(
      await count({ name: 'amount', method: '=', searchParameter: [1000.0] }),
    );
    // "900" < "1000" as numbers, not as text.
    expect(
      await count({ name: 'amount', method: 'between', searchParameter: ['900', '1000'] }),
    ).toBeGreaterThan(0);
    const withLink = await count({ name: 'post_link', method: '=', searchParameter: ['true'] });
    const without = await count({ name: 'post_link', method: '=', searchParameter: [false] });
    const all = (await postSearch(app, '/operations', token, searchBody(ALL_TIME))).body.totalCount;
    expect((withLink ?? 0) + (without ?? 0)).toBe(all);
  });

  it('sorts by several keys in order, ASC and DESC, and the pages of a sort tile it', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const order = [
      { field: 'payer_email', typeOrder: 'ASC' },
      { field: 'amount', typeOrder: 'DESC' },
    ];
    const whole =
      (await postSearch(app, '/operations', token, searchBody(ALL_TIME, [], order, { page: 0, size: 300 })))
        .body.records ?? [];
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [whole[i - 1] as Record<string, unknown>, whole[i] as Record<string, unknown>];
      const byEmail =
        String(a.payerEmail) < String(b.payerEmail)
          ? -1
          : String(a.payerEmail) > String(b.payerEmail)
            ? 1
            : 0;
      expect(byEmail <= 0).toBe(true);
      if (byEmail === 0) expect(Number(a.amount) >= Number(b.amount)).toBe(true);
    }
    const pages: unknown[] = [];
    for (let skip = 0; skip < 300; skip += 37) {
      const page = await postSearch(
        app,
        '/operations',
        token,
        searchBody(ALL_TIME, [], order, { page: skip, size: 37 }),
      );
      pages.push(...(page.body.records ?? []).slice(0, Math.min(37, 300 - skip)));
    }
    expect(pages.map((r) => (r as { id: string }).id)).toEqual(whole.map((r) => r.id));
  });

  it('orders payments without a payout date last ascending and first descending', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const search = async (typeOrder: string) =>
      (
        await postSearch(
          app,
          '/operations',
          token,
          searchBody(ALL_TIME, [], [{ field: 'payout_date', typeOrder }], { page: 0, size: 1000 }),
        )
      ).body.records ?? [];
    const zero = '0001-01-01T00:00:00Z';
    const asc = await search('ASC');
    const desc = await search('DESC');
    expect(asc.some((r) => r.payoutDate === zero)).toBe(true);
    expect(desc[0]?.payoutDate).toBe(zero);
    expect(asc.findIndex((r) => r.payoutDate === zero)).toBeGreaterThan(0);
  });

  it("reads page as entries to skip by default, and as a page number with searchPaging 'page'", async () => {
    const skipping = createTestApp();
    const paging = createTestApp({ searchPaging: 'page' });
    const first = await postSearch(
      skipping,
      '/operations',
      await webapiToken(skipping),
      searchBody(ALL_TIME, [], [], { page: 0, size: 10 }),
    );
    const ids = (first.body.records ?? []).map((r) => r.id);
    const skip = await postSearch(
      skipping,
      '/operations',
      await webapiToken(skipping),
      searchBody(ALL_TIME, [], [], { page: 1, size: 3 }),
    );
    const page = await postSearch(
      paging,
      '/operations',
      await webapiToken(paging),
      searchBody(ALL_TIME, [], [], { page: 1, size: 3 }),
    );
    expect((skip.body.records ?? []).map((r) => r.id)).toEqual(ids.slice(1, 4));
    expect((page.body.records ?? []).map((r) => r.id)).toEqual(ids.slice(3, 6));
  });

  it('finds payments saved while it runs, and their later changes', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const [template] = app.sandbox.payments.all() as Iterable<PaymentRecord> as PaymentRecord[];
    await postSearch(app, '/operations', token, searchBody(ALL_TIME)); // the index is built now
    const created: PaymentRecord = {
      ...(template as PaymentRecord),
      id: '11111111-2222-4333-8444-555555555555',
      invoiceId: '777000111',
      createdDate: app.clock.now().toISOString(),
      origin: 'api',
    };
    app.sandbox.payments.save(created);
    const byInvoice = () =>
      searchBody(ALL_TIME, [{ name: 'invoice_id', method: '=', searchParameter: ['777000111'] }]);
    const found = await postSearch(app, '/operations', token, byInvoice());
    expect(found.body.totalCount).toBe(1);
    expect(found.body.records?.[0]?.id).toBe(created.id);
    app.sandbox.payments.save({ ...created, invoiceId: '777000222', status: 'REFUND' });
    expect((await postSearch(app, '/operations', token, byInvoice())).body.totalCount).toBe(0);
    const moved = await postSearch(
      app,
      '/operations',
      token,
      searchBody(ALL_TIME, [{ name: 'invoice_id', method: '=', searchParameter: ['777000222'] }]),
    );
    expect(moved.body.records?.[0]?.statusID).toBe('5bbb7dd5-4691-41ee-a6a5-755a3d23a218');
  });

  it('follows changes to history payments and forgets API changes on reset', async () => {
    const app = createTestApp();
    const token = await webapiToken(app);
    const byAmount = searchBody(ALL_TIME, [{ name: 'amount', method: '=', searchParameter: ['123456.78'] }]);
    expect((await postSearch(app, '/operations', token, byAmount)).body.totalCount).toBe(0);
    const example = app.sandbox.payments.get('ac63c3b5-b369-42de-9ed3-d503a0840ee6') as PaymentRecord;
    app.sandbox.payments.save({ ...example, amount: 123456.78 });
    const changed = await postSearch(app, '/operations', token, byAmount);
    expect(changed.body.records?.map((r) => r.id)).toEqual([example.id]);
    await app.sandbox.reset();
    expect((await postSearch(app, '/operations', await webapiToken(app), byAmount)).body.totalCount).toBe(0);
  });

  it('rebuilds from the new history after a reset to another seed', async () => {
    const app = createTestApp();
    const before = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [], { page: 0, size: 50 }),
    );
    await app.sandbox.reset(7);
    const after = await postSearch(
      app,
      '/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [], { page: 0, size: 50 }),
    );
    expect(after.status).toBe(200);
    const ids = (r: typeof before) => (r.body.records ?? []).map((x) => x.id);
    expect(ids(after)).not.toEqual(ids(before));
    for (const id of ids(after).slice(0, 5)) expect(app.sandbox.payments.get(String(id))).toBeDefined();
  });
});

describe('lookups by order number', () => {
  it("finds 003's payment by its invoice id for its merchant only", () => {
    const app = createTestApp();
    const found = app.sandbox.search.paymentsByInvoice('test', '205218074');
    expect(found.map((p) => [p.id, p.status, p.terminalId])).toEqual([
      ['af2089fe-43b1-47eb-a61f-c78dd196e18d', 'REFUND', '67e34d63-102f-4bd1-898e-370781d0074d'],
    ]);
    expect(app.sandbox.search.paymentsByInvoice('halykfinanceUSD', '205218074')).toEqual([]);
    expect(app.sandbox.search.transfersByInvoice('test', '123456789377804').map((t) => t.id)).toEqual([
      'f0c79d0d-1b98-4b8c-8ea3-83a110be191e',
    ]);
  });
});

describe('search in namespaces', () => {
  it('answers from the same generated history in every namespace', async () => {
    const app = createTestApp();
    const inNamespace = async (namespace: string) => {
      const form = new URLSearchParams({
        grant_type: 'password',
        client_id: 'test',
        client_secret: 'yF587AV9Ms94qN2QShFzVR3vFnWkhjbAK3sG',
        username: 'epay@halykbank.kz',
        password: 'XZG1E@Mm',
        scope: 'webapi usermanagement email_send verification statement statistics payment',
      });
      const headers = { 'X-Sandbox-Namespace': namespace };
      const token = (
        (await (await app.request('/oauth2/token', { method: 'POST', body: form, headers })).json()) as {
          access_token: string;
        }
      ).access_token;
      const res = await app.request('/operations', {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${token}` },
        body: JSON_EXAMPLES.find((e) => e.id === 'operations-request')?.raw ?? '',
      });
      return (await res.json()) as { totalCount: number; records: { id: string }[] };
    };
    const a = await inNamespace('run-a');
    const b = await inNamespace('run-b');
    expect(a.totalCount).toBe(8);
    expect(b).toEqual(a);
  });
});
