/** Kazakhstan moved from UTC+6 to UTC+5 on 2024-03-01 00:00 local time (2024-02-29T18:00:00Z). */
const ALMATY_SWITCH_UTC = Date.UTC(2024, 1, 29, 18, 0, 0);

/** The bank's UTC offset in minutes at `instant` (Asia/Almaty civil time). */
export function bankOffsetMinutes(instant: Date): number {
  return instant.getTime() < ALMATY_SWITCH_UTC ? 360 : 300;
}

/**
 * Formats an instant the way the bank's responses do: local Almaty time with a numeric offset and
 * microseconds, e.g. `2022-11-15T03:52:17.289853+06:00` (`+05:00` from March 2024).
 *
 * @example
 * formatBankDate(new Date('2023-03-28T04:04:10.997Z')); // '2023-03-28T10:04:10.997000+06:00'
 */
export function formatBankDate(instant: Date, fractionDigits = 6): string {
  const offset = bankOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000);
  const iso = local.toISOString(); // 2023-03-28T10:04:10.997Z
  const base = iso.slice(0, 19);
  const millis = iso.slice(20, 23);
  const fraction = fractionDigits > 0 ? `.${`${millis}000000`.slice(0, fractionDigits)}` : '';
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${base}${fraction}${sign}${hours}:${minutes}`;
}
