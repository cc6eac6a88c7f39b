import { describe, expect, it } from 'vitest';
import { endpoints } from '../../contracts/index.js';
import { USAGE } from '../../server/cli-options.js';
import { README, tableRows } from '../support/readme.js';

/** The rows of the README's endpoint table (its "Endpoints" section up to the first subsection). */
const start = README.indexOf('## Endpoints');
const table = tableRows(README.slice(start, README.indexOf('\n### ', start)));

describe('README endpoint table', () => {
  it.each(Object.values(endpoints).map((e) => [e.id, e] as const))(
    'has a row for endpoint %s with its method and path',
    (id, endpoint) => {
      const row = table.find((cells) => cells[0] === id);
      expect(row?.[1]).toContain(endpoint.method);
      expect(row?.[1]).toContain(endpoint.path);
    },
  );

  it.each([
    '/redirect/invoice-link/:id',
    '/payform/',
    '/payform/payment-api.js',
    '/openapi.json',
    '/_sandbox/health',
    '/_sandbox/reset',
    '/_sandbox/callbacks',
    '/_sandbox/payments',
    '/_sandbox/scenarios',
    '/_sandbox/faults',
    '/_sandbox/clock',
    '/_sandbox/namespaces',
    '/_sandbox/snapshots',
    '/_sandbox/state',
    '/_sandbox/requests',
    '`GET /_sandbox`',
  ])('lists the route %s', (route) => {
    expect(table.some((cells) => cells[1]?.includes(route))).toBe(true);
  });
});

describe('README server options', () => {
  it.each([...new Set(USAGE.match(/--[a-z-]+/g) ?? [])])('documents the flag %s of --help', (flag) => {
    expect(README).toContain(flag);
  });
});
