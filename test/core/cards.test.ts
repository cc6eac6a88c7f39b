import { describe, expect, it } from 'vitest';
import { defaultFixtures } from '../../fixtures/index.js';
import { passesLuhn, schemeOf } from '../../server/core/index.js';

describe('card number checks', () => {
  it.each(defaultFixtures.cards.map((c) => [c.pan, c.scheme] as const))(
    'finds test card %s valid by Luhn and of scheme %s',
    (pan, scheme) => {
      expect(passesLuhn(pan)).toBe(true);
      expect(schemeOf(pan)).toBe(scheme);
    },
  );

  it('rejects a changed digit, non-digits and the empty string by Luhn', () => {
    expect(passesLuhn('4405639704015097')).toBe(false);
    expect(passesLuhn('4405 6397 0401 5096')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });

  it('knows MasterCard 2-series and no scheme for other prefixes', () => {
    expect(schemeOf('2221000000000009')).toBe('MasterCard');
    expect(schemeOf('6011000000000004')).toBeUndefined();
  });
});
