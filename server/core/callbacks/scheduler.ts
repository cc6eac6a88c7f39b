import type { Clock } from '../clock.js';

/** Timer functions (the globals by default; injectable for tests). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs tasks at sandbox-clock instants. */
export interface Scheduler {
  /**
   * Runs `task` once the sandbox clock reaches `at`, and at the latest once the real time between now and
   * `at` has passed (so a frozen clock still lets retries happen). Returns a cancel function.
   */
  schedule(at: Date, task: () => void): () => void;
  /** Runs every task the clock has reached (call after setting or advancing the clock). */
  runDue(): void;
  /** Cancels every task. */
  clear(): void;
  /** Number of tasks waiting. */
  readonly size: number;
}

const globalTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = globalThis.setTimeout(fn, ms);
    // A waiting retry must never keep a process alive on its own.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Creates a scheduler driven by the sandbox clock.
 *
 * @example
 * const scheduler = createClockScheduler(clock);
 * scheduler.schedule(new Date(clock.now().getTime() + 60_000), retry);
 * clock.advance(60_000);
 * scheduler.runDue(); // retry runs now
 */
export function createClockScheduler(clock: Clock, timers: Timers = globalTimers): Scheduler {
  let next = 0;
  const tasks = new Map<number, { at: number; task: () => void; handle: unknown }>();
  const run = (id: number): void => {
    const entry = tasks.get(id);
    if (!entry) return;
    tasks.delete(id);
    timers.clearTimeout(entry.handle);
    entry.task();
  };
  return {
    schedule(at, task) {
      const id = next++;
      const delay = Math.max(0, at.getTime() - clock.now().getTime());
      const handle = timers.setTimeout(() => run(id), delay);
      tasks.set(id, { at: at.getTime(), task, handle });
      return () => {
        const entry = tasks.get(id);
        if (!entry) return;
        tasks.delete(id);
        timers.clearTimeout(entry.handle);
      };
    },
    runDue() {
      const now = clock.now().getTime();
      const due = [...tasks.entries()].filter(([, e]) => e.at <= now).sort((a, b) => a[1].at - b[1].at);
      for (const [id] of due) run(id);
    },
    clear() {
      for (const entry of tasks.values()) timers.clearTimeout(entry.handle);
      tasks.clear();
    },
    get size() {
      return tasks.size;
    },
  };
}
