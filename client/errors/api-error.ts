import { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';

/**
 * The API answered an error in the bank's shape, `{"code": 232, "message": "Search Method Unavailable"}`
 * (transfer declines add `invoiceId`, `id`, `reference`, `accountId`: they are kept in `body`).
 *
 * @example
 * catch (error) { if (isEpayApiError(error) && error.code === 232) ... }
 */
export class EpayApiError extends EpayClientError {
  /** HTTP status. */
  readonly status: number;
  /** The bank's error code (an emulator-defined code is 9000 and up). */
  readonly code: number;
  /** The bank's message, as sent. */
  readonly bankMessage: string;
  /** The whole error body. */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(
    request: EpayRequestInfo,
    status: number,
    body: Readonly<Record<string, unknown>> & { code: number },
  ) {
    const bankMessage = typeof body.message === 'string' ? body.message : '';
    super(`ePay ${request.endpoint} answered ${status} code ${body.code}: ${bankMessage.trim()}`, request);
    this.name = 'EpayApiError';
    this.status = status;
    this.code = body.code;
    this.bankMessage = bankMessage;
    this.body = body;
  }
}
