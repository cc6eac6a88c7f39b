/** The sandbox's source of time. Injected everywhere so tests and `/_sandbox/clock` can move time. */
export interface Clock {
  now(): Date;
}

/** A clock that can be set, advanced, frozen and resumed (used by tests and the clock control API). */
export interface ControllableClock extends Clock {
  /** Jumps to `time`; a running clock keeps running from there. */
  set(time: Date): void;
  /** Moves time forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Stops time at the current instant. */
  freeze(): void;
  /** Lets a frozen clock run again from where it stopped. */
  resume(): void;
  readonly frozen: boolean;
}

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** Start time; defaults to the real time. */
  start?: Date;
  /** Start frozen (time stands still until advanced). */
  frozen?: boolean;
}

/**
 * Creates a controllable clock that follows real time (plus an offset) unless frozen.
 *
 * @example
 * const clock = createClock({ start: new Date('2026-01-01T00:00:00Z'), frozen: true });
 * clock.advance(7_200_000); // two hours later: tokens issued at start have expired
 */
export function createClock(options: ClockOptions = {}): ControllableClock {
  // One reading of the real time: two could straddle a millisecond and start a frozen clock 1 ms late.
  const realNow = Date.now();
  let offset = options.start ? options.start.getTime() - realNow : 0;
  let frozenAt: number | undefined = options.frozen ? realNow + offset : undefined;
  const current = (): number => frozenAt ?? Date.now() + offset;
  return {
    now: () => new Date(current()),
    set(time) {
      if (frozenAt === undefined) offset = time.getTime() - Date.now();
      else frozenAt = time.getTime();
    },
    advance(ms) {
      if (frozenAt === undefined) offset += ms;
      else frozenAt += ms;
    },
    freeze() {
      frozenAt = current();
    },
    resume() {
      if (frozenAt === undefined) return;
      offset = frozenAt - Date.now();
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
