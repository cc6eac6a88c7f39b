import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { createEpayClient, type EpayExchange, sandboxHosts, TEST_CREDENTIALS } from '../../client/index.js';
import { readAnswer } from '../../client/read-answer.js';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { buildOpenApi, type EndpointContract, endpoints } from '../../contracts/index.js';
import { checkExchange } from '../../kit/index.js';

const charge: EndpointContract = {
  id: 'operationCharge',
  summary: 'charge',
  method: 'POST',
  host: 'api',
  path: '/operation/:id/charge',
  auth: { kind: 'none' },
  responses: { 200: Type.String({ maxLength: 0 }) },
  source: 'test',
};

const exchange = (endpoint: EndpointContract, status: number, text: string): EpayExchange => {
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    endpoint,
    method: 'POST',
    url: 'http://x.test',
    request: {},
    status,
    headers: new Headers(),
    text,
    body,
    durationMs: 1,
  };
};

describe('checkExchange', () => {
  it('accepts an empty body where the contract declares an empty text answer, and nothing else', () => {
    expect(checkExchange(exchange(charge, 200, ''), 'strict').problems).toEqual([]);
    expect(checkExchange(exchange(charge, 200, 'OK'), 'strict').problems).toEqual([
      'the body is not JSON: "OK"',
    ]);
  });

  it('checks API errors against the common error answers the table does not list per endpoint', () => {
    expect(
      checkExchange(exchange(charge, 401, '{"code":9010,"message":"Unauthorized"}'), 'strict').problems,
    ).toEqual([]);
    expect(checkExchange(exchange(charge, 401, '{"error":"x"}'), 'strict').problems.length).toBeGreaterThan(
      0,
    );
  });

  it('refuses a status that neither the endpoint nor the common answers declare', () => {
    expect(checkExchange(exchange(endpoints.token, 500, '{}'), 'open').problems).toEqual([
      'status 500 is not in the contract (declared: 200, 400, 401)',
    ]);
  });
});

describe('the client with a text success answer', () => {
  it('returns the empty body of a 200 whose contract is an empty text', async () => {
    const client = createEpayClient({
      ...sandboxHosts('http://x.test'),
      credentials: TEST_CREDENTIALS.test,
      fetch: async () => new Response('', { status: 200 }),
    });
    const exchanged = await client.send(charge, { params: { id: 'abc' }, query: { amount: '10' } });
    expect(exchanged.url).toBe('http://x.test/operation/abc/charge?amount=10');
    expect(exchanged.status).toBe(200);
    expect(readAnswer<string>(exchanged)).toBe('');
  });
});

describe('buildOpenApi query parameters', () => {
  it('lists the properties of an endpoint query schema as query parameters', () => {
    const withQuery = { ...charge, query: Type.Object({ amount: Type.Optional(Type.String()) }) };
    const doc = buildOpenApi({ version: '1', endpoints: { operationCharge: withQuery } }) as {
      paths: Record<string, { post: { parameters: { name: string; in: string; required: boolean }[] } }>;
    };
    expect(doc.paths['/operation/{id}/charge']?.post.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'amount', in: 'query', required: false, schema: { type: 'string' } },
    ]);
  });
});

describe('open validation of a nullable object', () => {
  const withTransaction = (extra: Record<string, unknown>) => {
    const body = exampleJson(statusExample()) as { transaction: Record<string, unknown> };
    return JSON.stringify({ ...body, transaction: { ...body.transaction, ...extra } });
  };

  it('allows and lists an unknown field inside a transaction that may be null (open)', () => {
    const check = checkExchange(
      exchange(endpoints.paymentStatus, 200, withTransaction({ mcc: '5999' })),
      'open',
    );
    expect(check).toEqual({ label: 'paymentStatus 200', problems: [], extraFields: ['transaction.mcc'] });
  });

  it('still fails a wrong type inside it (open), and the unknown field (strict)', () => {
    const wrong = checkExchange(
      exchange(endpoints.paymentStatus, 200, withTransaction({ amount: '12' })),
      'open',
    );
    expect(wrong.problems).toContain("field 'transaction.amount' must be number");
    const strict = checkExchange(
      exchange(endpoints.paymentStatus, 200, withTransaction({ mcc: '5999' })),
      'strict',
    );
    expect(strict.problems).toContain("field 'transaction.mcc' is not allowed");
  });
});

function statusExample() {
  const example = JSON_EXAMPLES.find((e) => e.id === 'status-response');
  if (!example) throw new Error('no status-response example');
  return example;
}
