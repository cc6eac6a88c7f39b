/** A JSON error body exactly as the bank sends it (`{code, message}`, `{error, error_description}`, ...). */
export type ErrorBody = Readonly<Record<string, unknown>>;

/**
 * The one error type the core throws. It carries the HTTP status and the bank-shaped body, so every
 * transport (hono, msw) answers the same way without knowing the domain.
 *
 * @example
 * throw new EpayError(400, { code: 232, message: 'Search Method Unavailable' });
 */
export class EpayError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody, message?: string) {
    super(message ?? describeBody(body));
    this.name = 'EpayError';
    this.status = status;
    this.body = body;
  }
}

function describeBody(body: ErrorBody): string {
  const text = body.message ?? body.error_description ?? body.resultMessage ?? body.error;
  return typeof text === 'string' ? text : JSON.stringify(body);
}

/** True when `value` is an {@link EpayError}. */
export function isEpayError(value: unknown): value is EpayError {
  return value instanceof EpayError;
}
