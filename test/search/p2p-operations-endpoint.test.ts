import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { P2pOperationsSearchResponse, validate } from '../../contracts/index.js';
import { createTestApp, INVOICE_MERCHANT } from '../support/http.js';
import { ALL_TIME, postSearch, searchBody, transferToken, webapiToken } from './search-support.js';

const example = (id: string) => JSON_EXAMPLES.find((e) => e.id === id) as (typeof JSON_EXAMPLES)[number];
const P2P_RECORD_ID = 'f0c79d0d-1b98-4b8c-8ea3-83a110be191e';

describe('POST /p2p/operations (001)', () => {
  it("answers 001's example request with the document's transfer, exactly as printed", async () => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/api/p2p/operations',
      await transferToken(app),
      example('p2p-operations-request').raw,
    );
    const printed = exampleJson(example('p2p-operations-response')) as { records: { id: string }[] };
    expect(status).toBe(200);
    expect(body.records?.find((r) => r.id === P2P_RECORD_ID)).toEqual(printed.records[0]);
    // The example orders by created_at then id, ascending.
    const dates = (body.records ?? []).map((r) => String(r.dateTime));
    expect([...dates].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(dates);
  });

  it('answers records that match the contract strictly, with masked cards', async () => {
    const app = createTestApp();
    const { body } = await postSearch(
      app,
      '/p2p/operations',
      await transferToken(app),
      searchBody(ALL_TIME, [], [], { page: 0, size: 500 }, 'created_at'),
    );
    const result = validate(P2pOperationsSearchResponse, body, 'strict');
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(body.records?.length).toBeGreaterThan(50);
    for (const r of body.records ?? []) {
      expect(String(r.senderCardMask)).toMatch(/^\d{4}\*{7,8}\d{4}$/);
      expect(String(r.receiverCardMask)).toMatch(/^\d{4}\*{7,8}\d{4}$/);
      expect(String(r.terminal)).toMatch(/^\d{8}$/);
    }
  });

  it('accepts created_date for the period too, as 001 writes both', async () => {
    const app = createTestApp();
    const token = await transferToken(app);
    const at = await postSearch(
      app,
      '/p2p/operations',
      token,
      searchBody(ALL_TIME, [], [], undefined, 'created_at'),
    );
    const date = await postSearch(
      app,
      '/p2p/operations',
      token,
      searchBody(ALL_TIME, [], [], undefined, 'created_date'),
    );
    expect(date.status).toBe(200);
    expect(date.body).toEqual(at.body);
  });

  it("returns code 232 with 001's Russian message given an unknown search method", async () => {
    const app = createTestApp();
    const request = searchBody(
      ALL_TIME,
      [{ name: 'amount', method: '!=', searchParameter: ['1'] }],
      [],
      undefined,
      'created_at',
    );
    const { status, body } = await postSearch(app, '/p2p/operations', await transferToken(app), request);
    expect(status).toBe(400);
    expect(body).toEqual(exampleJson(example('p2p-operations-error')));
  });

  it('returns code 9105 without a created_at filter', async () => {
    const app = createTestApp();
    const request = {
      paging: { page: 0, size: 20 },
      searchParameters: [{ name: 'amount', method: '>', searchParameter: ['1'] }],
    };
    const { body } = await postSearch(app, '/p2p/operations', await transferToken(app), request);
    expect(body.code).toBe(9105);
    expect(String(body.message)).toContain('created_at');
  });

  it('refuses a web API token with 403 and code 9011', async () => {
    const app = createTestApp();
    const { status, body } = await postSearch(
      app,
      '/p2p/operations',
      await webapiToken(app),
      searchBody(ALL_TIME, [], [], undefined, 'created_at'),
    );
    expect(status).toBe(403);
    expect(body.code).toBe(9011);
  });

  it('filters terminal_id by the terminal GUID or its 8-digit number', async () => {
    const app = createTestApp();
    const token = await transferToken(app);
    const count = async (value: string) =>
      (
        await postSearch(
          app,
          '/p2p/operations',
          token,
          searchBody(
            ALL_TIME,
            [{ name: 'terminal_id', method: '=', searchParameter: [value] }],
            [],
            undefined,
            'created_at',
          ),
        )
      ).body.totalCount;
    const byGuid = await count('40a348cb-68a3-45d5-9002-a4836d79c3b5');
    expect(byGuid).toBeGreaterThan(0);
    expect(await count('98151552')).toBe(byGuid);
    expect(await count('98120001')).toBe(0);
  });

  it('filters card_mask in the masks the answer prints', async () => {
    const app = createTestApp();
    const request = searchBody(
      ALL_TIME,
      [{ name: 'card_mask', method: '=', searchParameter: ['4003********9821'] }],
      [],
      undefined,
      'created_at',
    );
    const { body } = await postSearch(app, '/p2p/operations', await transferToken(app), request);
    expect(body.records?.map((r) => r.id)).toContain(P2P_RECORD_ID);
  });

  it("only shows the caller's merchant's transfers", async () => {
    const app = createTestApp();
    const { body } = await postSearch(
      app,
      '/p2p/operations',
      await transferToken(app, INVOICE_MERCHANT),
      searchBody(ALL_TIME, [], [], { page: 0, size: 500 }, 'created_at'),
    );
    expect(body.totalCount).toBeGreaterThan(0);
    expect(new Set((body.records ?? []).map((r) => r.terminal))).toEqual(new Set(['98200101']));
    expect((body.records ?? []).some((r) => r.id === P2P_RECORD_ID)).toBe(false);
  });
});
