import type { Context, Hono } from 'hono';
import {
  type ControllableClock,
  catalogueError,
  formatBankDate,
  type Namespace,
  type NamespaceClock,
} from '../../../core/index.js';
import type { AppEnv } from '../../app-env.js';
import { readControlObject } from './control-body.js';
import { parseDuration } from './duration.js';

/** Largest single move of the clock: 100 years. */
const MAX_MOVE_MS = 100 * 365 * 86_400_000;

/**
 * What `/_sandbox/clock` answers: the namespace's time (UTC and as the bank writes it), whether it is
 * frozen, and its offset from the server's time.
 *
 * @example
 * clockView(ns); // { time: '2026-11-27T10:00:00.000Z', bankTime: '2026-11-27T15:00:00.000000+05:00', ... }
 */
export function clockView(ns: Namespace) {
  const now = ns.sandbox.clock.now();
  const clock = ns.clock;
  return {
    time: now.toISOString(),
    bankTime: formatBankDate(now),
    frozen: clock?.frozen ?? false,
    offsetMs: clock && 'offsetMs' in clock ? (clock as NamespaceClock).offsetMs : 0,
    controllable: clock !== null,
  };
}

function clockOf(c: Context<AppEnv>): ControllableClock {
  const clock = c.get('namespace').clock;
  if (!clock) {
    throw catalogueError(
      'clockNotControllable',
      'this sandbox was created with a clock that cannot be set; pass a createClock() clock instead',
    );
  }
  return clock;
}

function moveBy(body: Record<string, unknown>): number {
  let ms: number | undefined;
  if (typeof body.ms === 'number' && Number.isInteger(body.ms)) ms = body.ms;
  else if (typeof body.by === 'string') ms = parseDuration(body.by);
  if (ms === undefined || Math.abs(ms) > MAX_MOVE_MS) {
    throw catalogueError(
      'invalidRequest',
      'give {"by": "2h"} (d, h, m, s, ms; "-1h" goes back) or {"ms": 7200000}, at most 100 years',
    );
  }
  return ms;
}

/**
 * `/_sandbox/clock`: read, set, advance, freeze and resume the namespace's time.
 *
 * @example
 * registerClockRoutes(app);
 */
export function registerClockRoutes(app: Hono<AppEnv>): void {
  app.get('/_sandbox/clock', (c) => c.json(clockView(c.get('namespace'))));

  app.put('/_sandbox/clock', async (c) => {
    const body = await readControlObject(c, ['time', 'frozen']);
    const clock = clockOf(c);
    if (body.time === undefined && body.frozen === undefined) {
      throw catalogueError('invalidRequest', 'give {"time": "2027-01-01T00:00:00Z"} and/or {"frozen": true}');
    }
    if (body.frozen !== undefined && typeof body.frozen !== 'boolean') {
      throw catalogueError('invalidRequest', "'frozen' must be true or false");
    }
    let time: Date | undefined;
    if (body.time !== undefined) {
      time =
        typeof body.time === 'string' && /^\d{4}-\d\d-\d\dT/.test(body.time)
          ? new Date(body.time)
          : undefined;
      if (!time || Number.isNaN(time.getTime())) {
        throw catalogueError(
          'invalidRequest',
          "'time' must be an ISO-8601 instant such as 2027-01-01T00:00:00Z",
        );
      }
    }
    // Frozen or resumed before the time is set: a clock frozen at `time` is then at exactly `time` (set
    // first, the milliseconds before the freeze would slip in).
    if (body.frozen === true) clock.freeze();
    if (body.frozen === false) clock.resume();
    if (time) clock.set(time);
    return c.json(clockView(c.get('namespace')));
  });

  app.post('/_sandbox/clock/advance', async (c) => {
    const body = await readControlObject(c, ['by', 'ms']);
    clockOf(c).advance(moveBy(body));
    return c.json(clockView(c.get('namespace')));
  });

  app.post('/_sandbox/clock/freeze', (c) => {
    clockOf(c).freeze();
    return c.json(clockView(c.get('namespace')));
  });

  app.post('/_sandbox/clock/resume', (c) => {
    clockOf(c).resume();
    return c.json(clockView(c.get('namespace')));
  });

  app.delete('/_sandbox/clock', (c) => {
    const clock = clockOf(c);
    if ('reset' in clock && typeof clock.reset === 'function') (clock as NamespaceClock).reset();
    else clock.resume();
    return c.json(clockView(c.get('namespace')));
  });
}
