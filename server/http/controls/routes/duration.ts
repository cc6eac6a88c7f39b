const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/**
 * Reads a duration such as `2h`, `90s`, `1d12h`, `15m`, `500ms` or `-1h` into milliseconds; undefined
 * when it is not one.
 *
 * @example
 * parseDuration('1d2h'); // 93_600_000
 */
export function parseDuration(text: string): number | undefined {
  const match = text.trim().match(/^(-)?((?:\d+(?:d|h|ms|m|s))+)$/);
  if (!match) return undefined;
  let total = 0;
  for (const [, amount, unit] of (match[2] as string).matchAll(/(\d+)(d|h|ms|m|s)/g)) {
    total += Number(amount) * (UNIT_MS[unit as string] as number);
  }
  return match[1] ? -total : total;
}
