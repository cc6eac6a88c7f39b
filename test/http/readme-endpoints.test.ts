import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../contracts/index.js';
import { USAGE } from '../../server/cli-options.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The endpoint table: rows of the README's "Endpoints" section as trimmed cells. */
const section = readme.slice(
  readme.indexOf('## Endpoints'),
  readme.indexOf('\n### ', readme.indexOf('## Endpoints')),
);
const table = section
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

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
    expect(readme).toContain(flag);
  });
});
