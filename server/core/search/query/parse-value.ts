import { bankOffsetMinutes } from '../../bank-time.js';
import type { FieldType } from '../engine/types.js';

/** A JSON value a client may put in `searchParameter`. */
export type RawValue = string | number | boolean;

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a date of a search value to epoch milliseconds: ISO-8601 / RFC 3339 with `T` or a space, any
 * offset or `Z`, optional seconds and fraction (kept to the millisecond), or a bare date. Without an
 * offset the time is the bank's local time (Almaty: +06:00 until 2024-03-01, +05:00 since), as a
 * Kazakh back office would mean it. Returns undefined when the text is not such a date.
 *
 * @example
 * parseSearchDate('2017-11-19T00:00:00Z'); // 1511049600000
 * parseSearchDate('2018-10-27 15:08:14'); // the same instant as 2018-10-27T15:08:14+06:00
 */
export function parseSearchDate(text: string): number | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const millis = Number(`${fraction}000`.slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (new Date(local).getUTCDate() !== day) return undefined; // 2023-02-30
  if (zone === undefined) {
    const guess = local - 360 * 60_000;
    return local - bankOffsetMinutes(new Date(guess)) * 60_000;
  }
  if (zone.toUpperCase() === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  if (offset > 14 * 60) return undefined;
  return local - sign * offset * 60_000;
}

/**
 * Converts one search value to the field's type, or returns an explanation of why it cannot be:
 * dates per {@link parseSearchDate}; numbers from JSON numbers or decimal text; booleans from
 * `true`/`false` (text or JSON) and `1`/`0`; text from strings (a JSON number is taken as its digits).
 *
 * @example
 * parseSearchValue('number', '1000.50'); // { value: 1000.5 }
 * parseSearchValue('date', 'yesterday'); // { problem: "'yesterday' is not a date ..." }
 */
export function parseSearchValue(
  type: FieldType,
  raw: RawValue,
): { value: number | string | boolean } | { problem: string } {
  const shown = JSON.stringify(raw);
  switch (type) {
    case 'date': {
      const ms = typeof raw === 'string' ? parseSearchDate(raw) : undefined;
      return ms === undefined
        ? { problem: `${shown} is not a date (use ISO-8601, e.g. "2018-11-20T00:00:00Z" or "2018-11-20")` }
        : { value: ms };
    }
    case 'number': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && NUMBER.test(raw.trim())
            ? Number(raw)
            : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { problem: `${shown} is not a number` };
    }
    case 'boolean': {
      const text = String(raw).trim().toLowerCase();
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { problem: `${shown} is not a boolean (true or false)` };
    }
    default:
      return typeof raw === 'boolean' ? { problem: `${shown} is not text` } : { value: String(raw) };
  }
}
