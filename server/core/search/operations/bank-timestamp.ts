import { bankOffsetMinutes } from '../../bank-time.js';

/** How the bank prints a time it does not have: Go's zero time (002 answers `updated_date` so). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * Formats a stored ISO-8601 UTC instant the way the search responses print dates: Almaty local time with
 * its offset, and the fraction as Go's RFC3339Nano writes it (up to nine digits, trailing zeros dropped,
 * none for whole seconds): `2018-10-27T15:08:14+06:00`, `2018-12-29T00:01:01.374084+06:00` (000). Sub-
 * millisecond digits of the stored text are kept. A missing instant prints as {@link ZERO_TIME}.
 *
 * @example
 * formatBankTimestamp('2018-12-28T18:01:01.374084Z'); // '2018-12-29T00:01:01.374084+06:00'
 * formatBankTimestamp(null); // '0001-01-01T00:00:00Z'
 */
export function formatBankTimestamp(iso: string | null): string {
  if (iso === null) return ZERO_TIME;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return ZERO_TIME;
  const instant = new Date(ms);
  const offset = bankOffsetMinutes(instant);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const fraction = (/\.(\d{1,9})/.exec(iso)?.[1] ?? '').replace(/0+$/, '');
  const hours = String(Math.floor(offset / 60)).padStart(2, '0');
  const minutes = String(offset % 60).padStart(2, '0');
  return `${local}${fraction ? `.${fraction}` : ''}+${hours}:${minutes}`;
}
