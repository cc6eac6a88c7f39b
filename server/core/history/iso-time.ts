const DAY_MS = 86_400_000;
const ZERO = 48;
const dayPrefixes = new Map<number, readonly number[]>();
const codes: number[] = new Array(24).fill(0);

/**
 * `new Date(ms).toISOString()` for instants from 1970 to 9999, about five times faster: the day part is
 * cached and the string is built flat in one go. History generation formats millions of dates.
 *
 * @example
 * isoTime(Date.UTC(2026, 10, 27, 10, 0, 0, 5)); // '2026-11-27T10:00:00.005Z'
 */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (!prefix) {
    prefix = Array.from(new Date(day * DAY_MS).toISOString().slice(0, 11), (c) => c.charCodeAt(0));
    if (dayPrefixes.size > 50_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  for (let i = 0; i < 11; i++) codes[i] = prefix[i] as number;
  let t = ms - day * DAY_MS;
  const millis = t % 1000;
  t = (t - millis) / 1000;
  const seconds = t % 60;
  t = (t - seconds) / 60;
  const minutes = t % 60;
  const hours = (t - minutes) / 60;
  codes[11] = ZERO + ((hours / 10) | 0);
  codes[12] = ZERO + (hours % 10);
  codes[13] = 58; // ':'
  codes[14] = ZERO + ((minutes / 10) | 0);
  codes[15] = ZERO + (minutes % 10);
  codes[16] = 58;
  codes[17] = ZERO + ((seconds / 10) | 0);
  codes[18] = ZERO + (seconds % 10);
  codes[19] = 46; // '.'
  codes[20] = ZERO + ((millis / 100) | 0);
  codes[21] = ZERO + (((millis / 10) | 0) % 10);
  codes[22] = ZERO + (millis % 10);
  codes[23] = 90; // 'Z'
  return String.fromCharCode.apply(null, codes);
}
