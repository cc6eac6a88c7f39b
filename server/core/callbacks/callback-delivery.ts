/** Which link a callback goes to: `postLink` after a success, `failurePostLink` after a failure. */
export type CallbackKind = 'postLink' | 'failurePostLink';

/** What happened that the merchant is told about. */
export type CallbackEvent = 'transfer' | 'payment' | 'charge' | 'cancel' | 'refund';

/**
 * Where a delivery stands: `pending` (an attempt is due), `delivered` (a 2xx answer), `failed` (every attempt
 * of the schedule failed, or the URL is unusable), `skipped` (the URL is one of the bank's own hosts, which
 * the sandbox never calls).
 */
export type CallbackStatus = 'pending' | 'delivered' | 'failed' | 'skipped';

/** One attempt to deliver a callback. Times are the sandbox clock's. */
export interface CallbackAttempt {
  readonly at: string;
  /** HTTP status answered, or null when there was no answer (refused, timeout, DNS). */
  readonly status: number | null;
  readonly latencyMs: number;
  /** Why the attempt failed, or null for a 2xx. */
  readonly error: string | null;
  /** True for a re-send asked through `POST /_sandbox/callbacks/:id/replay`. */
  readonly replay: boolean;
}

/** One callback and every attempt to deliver it (kept in the state, so a restart resumes it). */
export interface CallbackDelivery {
  readonly id: string;
  readonly url: string;
  readonly kind: CallbackKind;
  readonly event: CallbackEvent;
  readonly recordType: 'payment' | 'transfer';
  readonly recordId: string;
  /** Merchant whose operation it reports. */
  readonly clientId: string;
  readonly invoiceId: string;
  /** The JSON body sent (masked card data only). */
  readonly payload: Readonly<Record<string, unknown>>;
  status: CallbackStatus;
  readonly createdAt: string;
  /** When the next scheduled attempt is due (sandbox clock), or null. */
  nextAttemptAt: string | null;
  attempts: CallbackAttempt[];
}
