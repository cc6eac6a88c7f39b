import type { CallbackDelivery } from './callback-delivery.js';

/** One HTTP request of a callback. */
export interface CallbackRequest {
  readonly url: string;
  /** The JSON text to POST. */
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Time allowed before the attempt counts as failed. */
  readonly timeoutMs: number;
  /** The delivery being attempted (for capturing senders: msw mode, tests). */
  readonly delivery: Readonly<CallbackDelivery>;
}

/** The receiver's answer: only the status matters. */
export interface CallbackResponse {
  readonly status: number;
}

/**
 * Sends one callback. Resolves with the receiver's status, or rejects when there is no answer (refused,
 * timeout, DNS). Injected: the node server posts with fetch; msw mode captures instead.
 */
export type CallbackSender = (request: CallbackRequest) => Promise<CallbackResponse>;

/**
 * A sender that POSTs with `fetch` (Node 20 and browsers), not following redirects.
 *
 * @example
 * const app = createApp({ callbackSender: createFetchSender() }); // the default
 */
export function createFetchSender(fetchImpl: typeof fetch = globalThis.fetch): CallbackSender {
  return async (request) => {
    const response = await fetchImpl(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status };
  };
}
