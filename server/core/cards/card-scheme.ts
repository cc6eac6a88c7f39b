import type { CardScheme } from '../../../fixtures/index.js';

/**
 * The card scheme of a PAN by its leading digits (VISA 4; MasterCard 51-55 and 2221-2720; AMEX 34, 37), or
 * undefined for a scheme the sandbox does not know.
 *
 * @example
 * schemeOf('5522042705066736'); // 'MasterCard'
 */
export function schemeOf(pan: string): CardScheme | undefined {
  if (pan.startsWith('4')) return 'VISA';
  if (/^3[47]/.test(pan)) return 'AMEX';
  const two = Number(pan.slice(0, 2));
  const four = Number(pan.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'MasterCard';
  return undefined;
}
