import { bankOffsetMinutes } from '../bank-time.js';
import type { Rng } from './rng.js';

const DAY_MS = 86_400_000;

/** Relative share of payments per hour of the bank's local day (quiet nights, busy evenings). */
const HOURLY_WEIGHTS = [
  1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 3, 4, 5, 5.5, 6, 6, 5.5, 5.5, 5.5, 6, 6.5, 7, 7, 6, 4, 2,
];
const CUMULATIVE = (() => {
  const total = HOURLY_WEIGHTS.reduce((a, b) => a + b, 0);
  const out = [0];
  for (const w of HOURLY_WEIGHTS) out.push((out[out.length - 1] as number) + w / total);
  return out;
})();

/** Minute of the day reached at each 1/1440 of the daily volume: the inverse of {@link CUMULATIVE}. */
const MINUTE_AT = (() => {
  const table = new Float64Array(1441);
  let hour = 0;
  for (let k = 0; k <= 1440; k++) {
    const fraction = k / 1440;
    while (hour < 23 && (CUMULATIVE[hour + 1] as number) <= fraction) hour++;
    const lo = CUMULATIVE[hour] as number;
    const hi = CUMULATIVE[hour + 1] as number;
    table[k] = (hour + Math.min(1, (fraction - lo) / (hi - lo))) * 60;
  }
  return table;
})();

/** Maps a uniform fraction of a day to a fraction that follows {@link HOURLY_WEIGHTS} (monotone). */
function businessHours(fraction: number): number {
  const k = fraction * 1440;
  const i = Math.min(1439, Math.floor(k));
  const minute =
    (MINUTE_AT[i] as number) + ((MINUTE_AT[i + 1] as number) - (MINUTE_AT[i] as number)) * (k - i);
  return minute / 1440;
}

/**
 * `count` instants (epoch ms) in [start, end), ascending: busier in recent years (density grows like
 * the square root of time) and in the bank's daytime hours.
 *
 * @example
 * const times = buildTimeline(new Rng(1), 1000, Date.UTC(2022, 0, 1), Date.UTC(2026, 0, 1));
 */
export function buildTimeline(rng: Rng, count: number, start: number, end: number): Float64Array {
  const times = new Float64Array(count);
  const span = end - start;
  const date = new Date(0);
  for (let i = 0; i < count; i++) {
    const instant = Math.floor(start + rng.next() ** (2 / 3) * span);
    date.setTime(instant);
    const offset = bankOffsetMinutes(date) * 60_000;
    const local = instant + offset;
    const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
    const warped = dayStart + Math.floor(businessHours((local - dayStart) / DAY_MS) * DAY_MS) - offset;
    times[i] = Math.min(end - 1, Math.max(start, warped));
  }
  return times.sort();
}
