import type { Clock } from '../clock.js';
import type { IdSource } from '../ids.js';
import type { StateStore } from '../state/index.js';
import type { CallbackConfig } from './callback-config.js';
import type { CallbackDelivery, CallbackEvent, CallbackKind, CallbackStatus } from './callback-delivery.js';
import type { CallbackSender } from './callback-sender.js';
import type { Scheduler } from './scheduler.js';

/** A callback to send. */
export interface CallbackInput {
  /** The postLink / failurePostLink; an empty one means no callback. */
  readonly url: string;
  readonly kind: CallbackKind;
  readonly event: CallbackEvent;
  readonly recordType: CallbackDelivery['recordType'];
  readonly recordId: string;
  readonly clientId: string;
  readonly invoiceId: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Filters of {@link CallbackEngine.list}. */
export interface CallbackFilter {
  readonly status?: CallbackStatus;
  readonly invoiceId?: string;
  readonly recordId?: string;
  readonly clientId?: string;
}

/**
 * Delivers postLink / failurePostLink callbacks asynchronously, with retries on a schedule, a bounded log
 * and replays. Deliveries live in the state: a restart resumes the pending ones.
 */
export interface CallbackEngine {
  /**
   * Logs a delivery and schedules its first attempt immediately (never awaited: API answers do not wait for
   * callbacks). Commit the store afterwards, with the operation it reports. Returns undefined for an empty URL.
   */
  enqueue(input: CallbackInput): CallbackDelivery | undefined;
  /** Deliveries, newest first. */
  list(filter?: CallbackFilter): CallbackDelivery[];
  get(id: string): CallbackDelivery | undefined;
  /** Sends a delivery once more now and resolves with it updated (the retry schedule is not restarted). */
  replay(id: string): Promise<CallbackDelivery | undefined>;
  /** Schedules the pending deliveries of the current state (start, reset, restore). */
  resume(): void;
  /** Runs the attempts the sandbox clock has reached (after the clock moved). */
  runDue(): void;
  /** Runs the attempts due by the sandbox clock and resolves once no attempt is in flight (tests, msw). */
  settled(): Promise<void>;
  /** Cancels scheduled attempts (shutdown); in-flight ones finish. */
  stop(): void;
}

/** What {@link createCallbackEngine} needs. */
export interface CallbackEngineDeps {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly sender: CallbackSender;
  readonly scheduler: Scheduler;
  readonly config: CallbackConfig;
}

/** Attempts kept per delivery (replays can add more than the schedule). */
const MAX_ATTEMPTS_KEPT = 50;

/**
 * Creates the callback engine.
 *
 * @example
 * const callbacks = createCallbackEngine({ store, clock, ids, sender: createFetchSender(),
 *   scheduler: createClockScheduler(clock), config: DEFAULT_CALLBACK_CONFIG });
 * callbacks.enqueue({ url: 'http://127.0.0.1:3000/epay', kind: 'postLink', event: 'transfer', ... });
 * await store.commit();
 */
export function createCallbackEngine(deps: CallbackEngineDeps): CallbackEngine {
  const { store, clock, ids, sender, scheduler, config } = deps;
  const cancels = new Map<string, () => void>();
  const chains = new Map<string, Promise<void>>();
  let inFlight = 0;

  const deliveries = (): Record<string, CallbackDelivery> => store.state.callbacks;
  const deliveryOf = (id: string): CallbackDelivery | undefined =>
    Object.hasOwn(deliveries(), id) ? deliveries()[id] : undefined;

  const scheduleAt = (delivery: CallbackDelivery, at: Date): void => {
    cancels.get(delivery.id)?.();
    delivery.nextAttemptAt = at.toISOString();
    const id = delivery.id;
    cancels.set(
      id,
      scheduler.schedule(at, () => {
        cancels.delete(id);
        void serialise(id, false);
      }),
    );
  };

  const serialise = (id: string, replay: boolean): Promise<void> => {
    const previous = chains.get(id) ?? Promise.resolve();
    const current = previous.then(() => attempt(id, replay)).catch(() => undefined);
    chains.set(id, current);
    void current.finally(() => {
      if (chains.get(id) === current) chains.delete(id);
    });
    return current;
  };

  const attempt = async (id: string, replay: boolean): Promise<void> => {
    const delivery = deliveryOf(id);
    if (!delivery || (!replay && delivery.status !== 'pending')) return;
    inFlight++;
    const at = clock.now().toISOString();
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await sender({
        url: delivery.url,
        body: JSON.stringify(delivery.payload),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'epay-sandbox',
          'x-sandbox-delivery': delivery.id,
          'x-sandbox-attempt': String(delivery.attempts.length + 1),
        },
        timeoutMs: config.timeoutMs,
        delivery,
      });
      status = response.status;
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (caught) {
      error = describeFailure(caught, config.timeoutMs);
    } finally {
      inFlight--;
    }
    const latencyMs = Math.round(performance.now() - started);
    // The state may have been reset or replaced while the request was out: then there is nothing to update.
    if (deliveryOf(id) === delivery) {
      delivery.attempts.push({ at, status, latencyMs, error, replay });
      if (delivery.attempts.length > MAX_ATTEMPTS_KEPT) delivery.attempts.splice(0, 1);
      if (error === null) {
        delivery.status = 'delivered';
        delivery.nextAttemptAt = null;
        cancels.get(id)?.();
        cancels.delete(id);
      } else if (!replay && delivery.status === 'pending') {
        const scheduled = delivery.attempts.filter((a) => !a.replay).length;
        const delay = config.retryDelaysMs[scheduled - 1];
        if (delay === undefined) {
          delivery.status = 'failed';
          delivery.nextAttemptAt = null;
        } else {
          scheduleAt(delivery, new Date(clock.now().getTime() + delay));
        }
      }
      store.touch();
    }
  };

  const trim = (): void => {
    const all = deliveries();
    const keys = Object.keys(all);
    let excess = keys.length - config.logLimit;
    if (excess <= 0) return;
    for (const pass of ['finished', 'any'] as const) {
      for (const key of keys) {
        if (excess <= 0) return;
        const d = all[key];
        if (!d || (pass === 'finished' && d.status === 'pending')) continue;
        cancels.get(key)?.();
        cancels.delete(key);
        delete all[key];
        excess--;
      }
    }
  };

  const engine: CallbackEngine = {
    enqueue(input) {
      const url = input.url.trim();
      if (url === '') return undefined;
      const now = clock.now();
      const delivery: CallbackDelivery = {
        id: ids.uuid(),
        url,
        kind: input.kind,
        event: input.event,
        recordType: input.recordType,
        recordId: input.recordId,
        clientId: input.clientId,
        invoiceId: input.invoiceId,
        payload: input.payload,
        status: 'pending',
        createdAt: now.toISOString(),
        nextAttemptAt: null,
        attempts: [],
      };
      deliveries()[delivery.id] = delivery;
      const refusal = refuseUrl(url, config.blockedHosts);
      if (refusal) {
        delivery.status = refusal.status;
        delivery.attempts.push({
          at: now.toISOString(),
          status: null,
          latencyMs: 0,
          error: refusal.reason,
          replay: false,
        });
      } else {
        scheduleAt(delivery, now);
      }
      trim();
      return delivery;
    },
    list(filter = {}) {
      const out = Object.values(deliveries()).filter(
        (d) =>
          (filter.status === undefined || d.status === filter.status) &&
          (filter.invoiceId === undefined || d.invoiceId === filter.invoiceId) &&
          (filter.recordId === undefined || d.recordId === filter.recordId) &&
          (filter.clientId === undefined || d.clientId === filter.clientId),
      );
      return out.reverse();
    },
    get: (id) => deliveryOf(id),
    async replay(id) {
      const delivery = deliveryOf(id);
      if (!delivery) return undefined;
      const refusal = refuseUrl(delivery.url, config.blockedHosts);
      if (refusal) return delivery;
      await serialise(id, true);
      return deliveryOf(id);
    },
    resume() {
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
      const now = clock.now().getTime();
      for (const delivery of Object.values(deliveries())) {
        if (delivery.status !== 'pending') continue;
        const due = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) : now;
        scheduleAt(delivery, new Date(Number.isNaN(due) ? now : due));
      }
    },
    runDue: () => scheduler.runDue(),
    settled() {
      scheduler.runDue();
      if (inFlight === 0 && chains.size === 0) return Promise.resolve();
      return Promise.all([...chains.values()]).then(() => engine.settled());
    },
    stop() {
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
    },
  };
  return engine;
}

/** Why a URL is never called, or undefined when it may be. */
function refuseUrl(
  url: string,
  blockedHosts: readonly string[],
): { status: CallbackStatus; reason: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 'failed', reason: `not an absolute URL: '${url}'` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { status: 'failed', reason: `only http and https URLs are called, not ${parsed.protocol}` };
  }
  const host = parsed.hostname.toLowerCase();
  const blocked = blockedHosts.some((b) => (b.startsWith('.') ? host.endsWith(b) : host === b));
  if (blocked)
    return { status: 'skipped', reason: `'${host}' is the bank's own host; the sandbox never calls it` };
  return undefined;
}

/** A readable reason for a failed request (no stack). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
      return `no answer within ${timeoutMs} ms`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${error.message} (${cause.code})`;
    return error.message;
  }
  return String(error);
}
