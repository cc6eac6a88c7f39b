import { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';

/**
 * No answer within the client's `timeoutMs`.
 *
 * @example
 * const client = createEpayClient({ ...hosts, credentials, timeoutMs: 5000 });
 * catch (error) { if (isEpayTimeoutError(error)) console.log(error.timeoutMs); }
 */
export class EpayTimeoutError extends EpayClientError {
  readonly timeoutMs: number;

  constructor(request: EpayRequestInfo, timeoutMs: number) {
    super(`ePay ${request.endpoint}: no answer from ${request.url} within ${timeoutMs} ms`, request);
    this.name = 'EpayTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}
