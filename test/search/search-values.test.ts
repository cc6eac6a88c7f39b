import { describe, expect, it } from 'vitest';
import {
  compileLike,
  formatBankTimestamp,
  hasWildcard,
  operationsCardNumber,
  p2pCardMask,
  parseSearchDate,
  parseSearchValue,
} from '../../server/core/index.js';

describe('search values', () => {
  it.each([
    ['2017-11-19T00:00:00Z', '2017-11-19T00:00:00.000Z'],
    ['2022-02-10T13:59:59.999Z', '2022-02-10T13:59:59.999Z'],
    ['2018-10-27T15:08:14+06:00', '2018-10-27T09:08:14.000Z'],
    ['2018-10-27T15:08:14+0600', '2018-10-27T09:08:14.000Z'],
    ['2018-10-27 15:08:14', '2018-10-27T09:08:14.000Z'],
    ['2025-06-01T12:00', '2025-06-01T07:00:00.000Z'],
    ['2018-11-20', '2018-11-19T18:00:00.000Z'],
    ['2022-11-15T03:52:17.289853+06:00', '2022-11-14T21:52:17.289Z'],
  ])('reads the date %s as the instant %s (Almaty time when no offset is given)', (text, iso) => {
    expect(new Date(parseSearchDate(text) as number).toISOString()).toBe(iso);
  });

  it.each([
    '2023-02-30',
    '2023-13-01',
    '2023-01-01T24:00:00Z',
    'yesterday',
    '1700000000000',
    '2023-01-01T00:00:00+15:00',
  ])('refuses %s as a date', (text) => {
    expect(parseSearchDate(text)).toBeUndefined();
  });

  it('reads numbers from JSON numbers and decimal text only', () => {
    expect(parseSearchValue('number', '1000.50')).toEqual({ value: 1000.5 });
    expect(parseSearchValue('number', 12.22)).toEqual({ value: 12.22 });
    expect(parseSearchValue('number', '0x10')).toHaveProperty('problem');
    expect(parseSearchValue('number', '')).toHaveProperty('problem');
    expect(parseSearchValue('boolean', 'TRUE')).toEqual({ value: true });
    expect(parseSearchValue('boolean', 0)).toEqual({ value: false });
    expect(parseSearchValue('text', 205218074)).toEqual({ value: '205218074' });
  });

  it('matches LIKE patterns as PostgreSQL does: case-sensitive, % any run, _ one character, \\ escapes', () => {
    const cases: [string, string, boolean][] = [
      ['danatugumbayeva%', 'danatugumbayeva@gmail.com', true],
      ['danatugumbayeva%', 'DanaTugumbayeva@gmail.com', false],
      ['%@gmail.com', 'danatugumbayeva@gmail.com', true],
      ['%tugum%', 'danatugumbayeva@gmail.com', true],
      ['d_na%', 'dana@x', true],
      ['d_na%', 'dna@x', false],
      ['%', '', true],
      ['100\\%%', '100% sure', true],
      ['100\\%%', '1000 sure', false],
      ['igor\\_%', 'igor_frolov@bk.ru', true],
      ['igor\\_%', 'igorX@bk.ru', false],
      ['Оплата%', 'Оплата заказа', true],
      ['_плата%', 'Оплата заказа', true],
      ['a%b%c', 'aXbYc', true],
      ['a%b%c', 'aXbYcZ', false],
    ];
    for (const [pattern, value, expected] of cases)
      expect(compileLike(pattern)(value), `${pattern} ~ ${value}`).toBe(expected);
    expect(hasWildcard('50\\%')).toBe(false);
    expect(hasWildcard('50%')).toBe(true);
  });

  it('prints dates in bank time with Go fractions, and Go zero time for none', () => {
    expect(formatBankTimestamp('2018-10-27T09:08:14Z')).toBe('2018-10-27T15:08:14+06:00');
    expect(formatBankTimestamp('2018-12-28T18:01:01.374084Z')).toBe('2018-12-29T00:01:01.374084+06:00');
    expect(formatBankTimestamp('2024-05-01T10:00:00.500Z')).toBe('2024-05-01T15:00:00.5+05:00');
    expect(formatBankTimestamp(null)).toBe('0001-01-01T00:00:00Z');
  });

  it('masks cards the way each answer prints them', () => {
    expect(operationsCardNumber('4003...9282')).toBe('4003....9282');
    expect(p2pCardMask('440563...5096')).toBe('4405********5096');
    expect(p2pCardMask('377514...4820')).toBe('3775*******4820');
    expect(p2pCardMask('4003********9821')).toBe('4003********9821');
  });
});
