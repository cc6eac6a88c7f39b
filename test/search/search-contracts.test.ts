import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { endpoints, validate } from '../../contracts/index.js';

const searchExamples = JSON_EXAMPLES.filter(
  (e) => e.endpoint === 'operationsSearch' || e.endpoint === 'p2pOperationsSearch',
);

describe('search contracts and the seed examples', () => {
  it('cover the request, answer and error examples of 000 and 001', () => {
    expect(searchExamples.map((e) => e.id).sort()).toEqual([
      'operations-error',
      'operations-request',
      'operations-response',
      'p2p-operations-error',
      'p2p-operations-request',
      'p2p-operations-response',
    ]);
  });

  it.each(searchExamples.map((e) => [e.id, e] as const))(
    '%s validates against its endpoint contract',
    (_id, example) => {
      const endpoint = endpoints[example.endpoint as 'operationsSearch' | 'p2pOperationsSearch'];
      const schema =
        example.kind === 'request' ? endpoint.request.body : endpoint.responses[example.status as 200 | 400];
      const result = validate(schema, exampleJson(example), example.kind === 'request' ? 'open' : 'strict');
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it('refuses an answer record with a field the documents do not print', () => {
    const answer = exampleJson(JSON_EXAMPLES.find((e) => e.id === 'operations-response') as never) as {
      records: Record<string, unknown>[];
    };
    (answer.records[0] as Record<string, unknown>).cardPan = '4003032704547597';
    const result = validate(endpoints.operationsSearch.responses[200], answer, 'strict');
    expect(result.ok).toBe(false);
  });

  it('declares the scopes of the documents: web API words for /operations, transfer for /p2p/operations', () => {
    expect(endpoints.operationsSearch.auth).toEqual({ kind: 'bearer', scopes: ['webapi', 'statement'] });
    expect(endpoints.p2pOperationsSearch.auth).toEqual({ kind: 'bearer', scopes: ['transfer'] });
  });
});
