import type { Clock, ControllableClock } from '../clock.js';

/** A namespace's own controllable time over a shared base clock. */
export interface NamespaceClock extends ControllableClock {
  /** Difference to the base clock in ms (0 right after {@link NamespaceClock.reset}). */
  readonly offsetMs: number;
  /** Follows the base clock again: no offset, not frozen. */
  reset(): void;
  /**
   * Runs `listener` after every set, advance, freeze, resume or reset (e.g. a callback engine re-plans its
   * retries so that they fire "as if that time had passed"). Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void;
}

const isControllable = (clock: Clock): clock is ControllableClock =>
  'frozen' in clock && typeof (clock as ControllableClock).advance === 'function';

/**
 * Creates a clock that follows `base` plus its own offset, and can be set, advanced, frozen and resumed
 * without moving `base` or any other namespace's clock. A frozen base (tests) freezes it too.
 *
 * @example
 * const clock = createNamespaceClock(createClock());
 * clock.advance(2 * 3600_000); // this namespace is two hours ahead; tokens issued before have expired
 */
export function createNamespaceClock(base: Clock): NamespaceClock {
  let offset = 0;
  let frozenAt: number | undefined;
  const listeners = new Set<() => void>();
  const current = (): number => frozenAt ?? base.now().getTime() + offset;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    now: () => new Date(current()),
    set(time) {
      if (frozenAt === undefined) offset = time.getTime() - base.now().getTime();
      else frozenAt = time.getTime();
      changed();
    },
    advance(ms) {
      if (frozenAt === undefined) offset += ms;
      else frozenAt += ms;
      changed();
    },
    freeze() {
      frozenAt = current();
      changed();
    },
    resume() {
      if (frozenAt === undefined) return;
      offset = frozenAt - base.now().getTime();
      frozenAt = undefined;
      changed();
    },
    reset() {
      offset = 0;
      frozenAt = undefined;
      changed();
    },
    get frozen() {
      return frozenAt !== undefined || (isControllable(base) && base.frozen);
    },
    get offsetMs() {
      return current() - base.now().getTime();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
