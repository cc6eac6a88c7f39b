import type { FaultDecision } from './faults.js';

/** Endpoint name of callback faults (`{"endpoint": "callbacks", ...}`). */
export const CALLBACKS_TARGET = 'callbacks';

/** Longest a `reorder` fault holds a callback waiting for the next one. */
export const DEFAULT_REORDER_HOLD_MS = 2_000;

/** What the wrapper needs besides the sender. */
export interface FaultySenderOptions {
  /** The faults of the callback's namespace, drawn per callback (undefined: none apply). */
  readonly decide: () => FaultDecision | undefined;
  /** Waits (real time); injectable for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly reorderHoldMs?: number;
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    (timer as { unref?: () => void }).unref?.();
  });

/**
 * Wraps a callback sender with the callback faults of a namespace: `latencyMs` delays a delivery,
 * `duplicate` sends it twice (the merchant must be idempotent), `reorder` holds it until the next callback
 * has been sent (or `reorderHoldMs` passed), so the two arrive out of order.
 *
 * @example
 * const sender = createFaultySender(createFetchSender(), { decide: () => ns.faults.decide('callbacks') });
 */
export function createFaultySender<Req, Res>(
  send: (request: Req) => Promise<Res>,
  options: FaultySenderOptions,
): (request: Req) => Promise<Res> {
  const sleep = options.sleep ?? realSleep;
  const holdMs = options.reorderHoldMs ?? DEFAULT_REORDER_HOLD_MS;
  let held: { release: () => void } | undefined;

  const releaseHeld = () => {
    const waiting = held;
    held = undefined;
    waiting?.release();
  };

  return async (request) => {
    const decision = options.decide();
    if (decision && decision.latencyMs > 0) await sleep(decision.latencyMs);
    const effect = decision?.effect?.kind;
    if (effect === 'reorder' && !held) {
      // Wait for the next callback (or the hold to end), then go after it.
      await new Promise<void>((resolve) => {
        held = { release: resolve };
        void sleep(holdMs).then(() => {
          if (held?.release === resolve) releaseHeld();
        });
      });
      return send(request);
    }
    const answer = await send(request);
    // A callback held for reordering goes right after this one.
    releaseHeld();
    if (effect === 'duplicate') await send(request).catch(() => undefined);
    return answer;
  };
}
