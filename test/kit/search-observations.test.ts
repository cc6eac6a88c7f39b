import { describe, expect, it } from 'vitest';
import {
  observeCountCasing,
  observeLikeCase,
  observePaging,
  observeSearchErrors,
  type SearchSend,
} from '../../kit/index.js';

interface FakeSearch {
  readonly paging?: 'index0' | 'index1' | 'skip';
  readonly casing?: 'lower' | 'upper';
  readonly likeCaseSensitive?: boolean;
  readonly records?: number;
}

/** A fake search host over six records, with the behaviour each probe asks about configurable. */
function fakeSearch(options: FakeSearch = {}): SearchSend {
  const rows = Array.from({ length: options.records ?? 6 }, (_, i) => ({
    id: `r${i + 1}`,
    payerEmail: `dana${i}@mail.kz`,
  }));
  return async (body) => {
    const { paging, searchParameters } = body as {
      paging: { page: number; size: number };
      searchParameters: { name: string; method: string; searchParameter: string[] }[];
    };
    const range = searchParameters.find((p) => p.name === 'created_date');
    if (!range) return { status: 400, body: { code: 9101, message: 'created_date required' }, text: '' };
    if (range.searchParameter.length !== 2)
      return { status: 400, body: { code: 9102, message: 'between needs 2' }, text: '' };
    if (searchParameters.some((p) => !['between', '=', 'like', 'in'].includes(p.method))) {
      return { status: 400, body: { code: 232, message: 'Search Method Unavailable' }, text: '' };
    }
    if (searchParameters.some((p) => !['created_date', 'amount', 'payer_email'].includes(p.name))) {
      return { status: 500, body: undefined, text: 'oops' };
    }
    let found = rows;
    for (const p of searchParameters.filter((s) => s.method === 'like')) {
      const prefix = (p.searchParameter[0] ?? '').replace(/%$/, '');
      found = found.filter((r) =>
        options.likeCaseSensitive
          ? r.payerEmail.startsWith(prefix)
          : r.payerEmail.toLowerCase().startsWith(prefix.toLowerCase()),
      );
    }
    const start =
      options.paging === 'skip'
        ? paging.page
        : options.paging === 'index1'
          ? Math.max(0, paging.page - 1) * paging.size
          : paging.page * paging.size;
    const page = found.slice(start, start + paging.size);
    const answer =
      options.casing === 'upper'
        ? { TotalCount: found.length, Records: page }
        : { totalCount: found.length, records: page };
    return { status: 200, body: answer, text: JSON.stringify(answer) };
  };
}

describe('search observations', () => {
  it.each([
    ['index0', 'page 1 (size 2) starts at record 3: a 0-based page index'],
    ['skip', 'page 1 (size 2) starts at record 2: a count of records to skip'],
    ['index1', 'page 1 (size 2) starts at record 1: a 1-based page index'],
  ] as const)('tells paging read as %s', async (paging, expected) => {
    expect(await observePaging(fakeSearch({ paging }), 'created_date')).toBe(expected);
  });

  it('says when there are too few records to tell the paging reading', async () => {
    expect(await observePaging(fakeSearch({ records: 2 }), 'created_date')).toBe(
      'only 2 records in range: cannot tell',
    );
  });

  it('tells the casing of the count and records fields', async () => {
    const body = {
      paging: { page: 0, size: 1 },
      searchParameters: [{ name: 'created_date', method: 'between', searchParameter: ['a', 'b'] }],
    };
    expect(await observeCountCasing(fakeSearch(), body)).toBe('totalCount, records');
    expect(await observeCountCasing(fakeSearch({ casing: 'upper' }), body)).toBe('TotalCount, Records');
  });

  it('tells whether like is case-sensitive', async () => {
    expect(await observeLikeCase(fakeSearch(), 'created_date', 'payer_email', 'payerEmail')).toBe(
      'case-insensitive',
    );
    expect(
      await observeLikeCase(
        fakeSearch({ likeCaseSensitive: true }),
        'created_date',
        'payer_email',
        'payerEmail',
      ),
    ).toBe('case-sensitive');
  });

  it('lists the status and code of each undocumented search mistake', async () => {
    expect(await observeSearchErrors(fakeSearch(), 'created_date')).toBe(
      'unknown method: HTTP 400 code 232; no date range: HTTP 400 code 9101; between with one value: HTTP 400 code 9102; unknown filter: HTTP 500 not JSON',
    );
  });
});
