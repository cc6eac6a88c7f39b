import type { CallbackDelivery, CallbackEvent, CallbackKind, CallbackSender } from '../core/index.js';

/**
 * What msw mode does with a postLink / failurePostLink callback: `capture` keeps it in the control object
 * and counts it delivered; `send` keeps it and also POSTs it with `fetch`, which msw intercepts when the test
 * has a handler for the URL (the receiver's status then decides delivered or retry).
 */
export type CallbackMode = 'capture' | 'send';

/** One callback attempt as the sandbox made it in msw mode. */
export interface CapturedCallback {
  readonly url: string;
  readonly kind: CallbackKind;
  readonly event: CallbackEvent;
  readonly invoiceId: string;
  readonly recordType: CallbackDelivery['recordType'];
  readonly recordId: string;
  readonly clientId: string;
  /** The delivery in the sandbox's log (`GET /_sandbox/callbacks/:id`). */
  readonly deliveryId: string;
  /** 1 for the first attempt, then one more per retry or replay. */
  readonly attempt: number;
  /** The JSON body, parsed. */
  readonly payload: Record<string, unknown>;
  readonly headers: Readonly<Record<string, string>>;
  /** 200 when captured; in `send` mode the receiver's status, or null when nothing answered. */
  readonly status: number | null;
}

/** A capturing callback sender and what it captured. */
export interface CallbackCapture {
  readonly sender: CallbackSender;
  /** Captured callbacks, oldest first (copies). */
  list(): CapturedCallback[];
  clear(): void;
}

/**
 * POSTs a callback with the `fetch` current at send time (msw's interception, installed by
 * `server.listen()` after the handlers exist, then applies). The answer's body is read, not cancelled:
 * cancelling the body of an msw-mocked response never settles in Node (mswjs/interceptors#712, #799; fixed
 * after the 0.41 line that msw 2.15 uses), which would hang the delivery.
 */
const postWithCurrentFetch: CallbackSender = async (request) => {
  const response = await globalThis.fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  await response.arrayBuffer().catch(() => undefined);
  return { status: response.status };
};

/**
 * Creates the callback sender of msw mode: it records every attempt, and in `send` mode also posts it.
 *
 * @example
 * const capture = createCallbackCapture('capture');
 * const app = createApp({ callbackSender: capture.sender });
 * // ... a transfer with a postLink ...
 * await app.sandbox.callbacks.settled();
 * capture.list()[0]?.payload.invoiceId;
 */
export function createCallbackCapture(mode: CallbackMode): CallbackCapture {
  if (mode !== 'capture' && mode !== 'send') {
    throw new TypeError(
      `epay-sandbox/msw: callbacks must be 'capture' or 'send', not ${JSON.stringify(mode)}`,
    );
  }
  let captured: CapturedCallback[] = [];
  const sender: CallbackSender = async (request) => {
    const { delivery } = request;
    const record = (status: number | null): void => {
      captured.push({
        url: request.url,
        kind: delivery.kind,
        event: delivery.event,
        invoiceId: delivery.invoiceId,
        recordType: delivery.recordType,
        recordId: delivery.recordId,
        clientId: delivery.clientId,
        deliveryId: delivery.id,
        attempt: Number(request.headers['x-sandbox-attempt'] ?? delivery.attempts.length + 1),
        payload: JSON.parse(request.body) as Record<string, unknown>,
        headers: { ...request.headers },
        status,
      });
    };
    if (mode === 'capture') {
      record(200);
      return { status: 200 };
    }
    try {
      const response = await postWithCurrentFetch(request);
      record(response.status);
      return response;
    } catch (error) {
      record(null);
      throw error;
    }
  };
  return {
    sender,
    list: () => structuredClone(captured),
    clear() {
      captured = [];
    },
  };
}
