import { type CatalogueEntry, ERROR_CATALOGUE } from '../errors/index.js';

/**
 * The message the bank gives with `code`: from the error catalogue (the bank's card declines, search and
 * invoice codes as their endpoints add them), else a generic text naming the code.
 *
 * @example
 * bankMessage(484); // 'Insufficient funds'
 */
export function bankMessage(code: number): string {
  const entry = Object.values(ERROR_CATALOGUE).find((e: CatalogueEntry) => e.code === code);
  return entry?.message ?? `Declined with code ${code} (sandbox scenario)`;
}
