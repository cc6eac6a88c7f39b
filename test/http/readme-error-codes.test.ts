import { describe, expect, it } from 'vitest';
import { type CatalogueEntry, ERROR_CATALOGUE } from '../../server/core/index.js';
import { README, tableRows } from '../support/readme.js';

const rows = tableRows(README);

describe('README error table', () => {
  it.each(
    Object.values(ERROR_CATALOGUE)
      .filter((e: CatalogueEntry) => e.source === 'emulator')
      .map((e) => [e.code, e] as const),
  )('lists emulator-defined code %i with its HTTP status and meaning', (_code, entry) => {
    expect(rows).toContainEqual([String(entry.code), String(entry.status), entry.meaning]);
  });

  it('lists only codes of the catalogue, in ascending order', () => {
    const known = new Set(Object.values(ERROR_CATALOGUE).map((e: CatalogueEntry) => String(e.code)));
    const codes = rows.filter((cells) => /^9\d{3}$/.test(cells[0] ?? '')).map((cells) => cells[0] as string);
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
