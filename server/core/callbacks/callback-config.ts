/** Delivery rules of the callback engine. */
export interface CallbackConfig {
  /**
   * Delays before each retry after a failed attempt, in ms: the first attempt is immediate, then one retry
   * per entry. Default 10 s, 1 min, 5 min, 30 min, 2 h (6 attempts over about 2.6 hours).
   */
  readonly retryDelaysMs: readonly number[];
  /** Time allowed for one attempt before it counts as failed. */
  readonly timeoutMs: number;
  /** Most deliveries kept in the log (oldest finished ones are dropped first). */
  readonly logLimit: number;
  /** Also send callbacks for charge, cancel and refund of payments (the bank documents only auth). */
  readonly lifecycle: boolean;
  /**
   * Host names never called (their deliveries are logged as `skipped`): the bank's own hosts, which the
   * documents' examples use as postLink. A leading `.` matches subdomains.
   */
  readonly blockedHosts: readonly string[];
}

/** The documented defaults. */
export const DEFAULT_CALLBACK_CONFIG: CallbackConfig = {
  retryDelaysMs: [10_000, 60_000, 300_000, 1_800_000, 7_200_000],
  timeoutMs: 10_000,
  logLimit: 500,
  lifecycle: true,
  blockedHosts: ['.homebank.kz', '.epayment.kz', 'homebank.kz', 'epayment.kz'],
};
