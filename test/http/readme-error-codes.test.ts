import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CatalogueEntry, ERROR_CATALOGUE } from '../../server/core/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** Table rows of the README as trimmed cells. */
const rows = readme
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

describe('README error table', () => {
  it.each(
    Object.values(ERROR_CATALOGUE)
      .filter((e: CatalogueEntry) => e.source === 'emulator')
      .map((e) => [e.code, e] as const),
  )('lists emulator-defined code %i with its HTTP status and meaning', (_code, entry) => {
    expect(rows).toContainEqual([String(entry.code), String(entry.status), entry.meaning]);
  });
});
