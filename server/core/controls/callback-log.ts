/** One attempt of a callback delivery, as the dashboard shows it. */
export interface CallbackAttemptView {
  readonly at: string;
  readonly status: number | null;
  readonly error: string | null;
}

/** One callback delivery, as the dashboard shows it (the callback engine's deliveries have these fields). */
export interface CallbackView {
  readonly id: string;
  readonly url: string;
  readonly kind: string;
  readonly event: string;
  readonly status: string;
  readonly invoiceId: string;
  readonly createdAt: string;
  readonly nextAttemptAt: string | null;
  readonly attempts: readonly CallbackAttemptView[];
}

/**
 * What the controls use of a sandbox's callback engine (`sandbox.callbacks`, from the transfers issue):
 * its log and replay for the dashboard, `runDue` after the clock moves, `stop` when a namespace closes.
 */
export interface CallbackLog {
  list(): readonly CallbackView[];
  replay(id: string): Promise<unknown>;
  runDue(): void;
  stop(): void;
}

/**
 * The callback engine of `sandbox`, if it has one.
 *
 * @example
 * callbackLogOf(sandbox)?.runDue();
 */
export function callbackLogOf(sandbox: object): CallbackLog | undefined {
  const engine = (sandbox as { callbacks?: Partial<CallbackLog> }).callbacks;
  return engine &&
    typeof engine.list === 'function' &&
    typeof engine.replay === 'function' &&
    typeof engine.runDue === 'function' &&
    typeof engine.stop === 'function'
    ? (engine as CallbackLog)
    : undefined;
}
