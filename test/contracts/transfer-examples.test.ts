import { describe, expect, it } from 'vitest';
import { exampleJson, JSON_EXAMPLES } from '../../contracts/examples/index.js';
import { type EndpointContract, endpoints, validate } from '../../contracts/index.js';

const MINE = [
  'transfer',
  'paymentStatus',
  'p2pStatus',
  'operationCharge',
  'operationCancel',
  'operationRefund',
];
const examples = JSON_EXAMPLES.filter((e) => MINE.includes(e.endpoint));

describe('seed examples of transfers and status against the endpoint table', () => {
  it('has the examples of 003 and 004', () => {
    expect(examples.map((e) => e.id).sort()).toEqual([
      'status-error',
      'status-response',
      'transfer-error',
      'transfer-request',
      'transfer-response',
    ]);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s validates strictly', (_id, example) => {
    const endpoint: EndpointContract = endpoints[example.endpoint as keyof typeof endpoints];
    const schema =
      example.kind === 'request' ? endpoint.request?.body : endpoint.responses[example.status ?? 200];
    expect(schema).toBeDefined();
    const result = validate(schema!, exampleJson(example));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(MINE)('declares %s on the API host with a bearer scope', (id) => {
    const endpoint: EndpointContract = endpoints[id as keyof typeof endpoints];
    expect(endpoint.host).toBe('api');
    expect(endpoint.auth.kind).toBe('bearer');
  });
});
