/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/**
 * Epoch milliseconds of an ISO-8601 instant, fast for the UTC form records are stored in
 * (`2026-11-27T10:00:00.000Z`, any fraction length, or none); other forms go through `Date.parse`.
 * NaN when it does not parse. Indexing a million records parses a few million dates.
 *
 * @example
 * isoToMs('2018-12-28T18:01:01.374084Z'); // 1546020061374
 */
export function isoToMs(text: string): number {
  const n = text.length;
  if (n >= 20 && text.charCodeAt(n - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */) {
    const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    const hour = two(text, 11);
    const minute = two(text, 14);
    const second = two(text, 17);
    let millis = 0;
    if (n > 20 && text.charCodeAt(19) === 46 /* . */) {
      let scale = 100;
      for (let i = 20; i < n - 1 && scale >= 1; i++, scale /= 10) millis += digit(text, i) * scale;
    }
    const valid =
      month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59;
    if (valid && (n === 20 || text.charCodeAt(19) === 46)) {
      return (daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + millis;
    }
  }
  return Date.parse(text);
}
