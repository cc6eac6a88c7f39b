import { bankOffsetMinutes } from '../../bank-time.js';
import { isoToMs } from '../../records/index.js';

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
  const ms = isoToMs(iso);
  if (Number.isNaN(ms)) return ZERO_TIME;
  const offset = bankOffsetMinutes(new Date(ms));
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const dot = iso.indexOf('.', 19);
  let fraction = '';
  if (dot >= 0) {
    let end = dot + 1;
    while (end < iso.length && end - dot <= 9 && iso.charCodeAt(end) >= 48 && iso.charCodeAt(end) <= 57)
      end++;
    fraction = iso.slice(dot + 1, end).replace(/0+$/, '');
  }
  const zone = `+${String(Math.floor(offset / 60)).padStart(2, '0')}:${String(offset % 60).padStart(2, '0')}`;
  return `${local}${fraction ? `.${fraction}` : ''}${zone}`;
}
