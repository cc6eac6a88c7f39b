import { describe, expect, it } from 'vitest';
import { maskCardNumbers } from '../../server/core/index.js';

describe('maskCardNumbers', () => {
  it.each([
    ['card 4405639704015096 ok', 'card 440563...5096 ok'],
    ['card 4003 0327 0454 7597', 'card 400303...7597'],
    ['card 4003-0327-0454-7597, paid', 'card 400303...7597, paid'],
    ['amex 3775 145000 04820 locked', 'amex 377514...4820 locked'],
    ['4003 0327 0454 7597 100 KZT', '400303...7597 100 KZT'],
    ['order 12 4003 0327 0454 7597', 'order 12 400303...7597'],
    ['two: 4405 6397 0401 5096 and 5522 0427 0506 6736', 'two: 440563...5096 and 552204...6736'],
  ])('masks the card number in %j', (text, masked) => {
    expect(maskCardNumbers(text)).toBe(masked);
  });

  it.each([
    ['a phone', '+7 777 123 45 67'],
    ['a date and amounts', '2026-11-27 100 200 300'],
    ['a Luhn-invalid grouped number', '4003 0327 0454 7598'],
    ['an order id', 'order 000000001'],
  ])('leaves %s alone', (_what, text) => {
    expect(maskCardNumbers(text)).toBe(text);
  });
});
