import { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';

/**
 * The host answered something the client cannot read as the bank's API: not JSON, or an error status
 * whose body is neither `{code, message}` nor an OAuth2 error (a proxy's HTML page, an empty 502...).
 *
 * @example
 * catch (error) { if (isEpayResponseError(error)) console.log(error.status, error.snippet); }
 */
export class EpayResponseError extends EpayClientError {
  readonly status: number;
  /** The first 200 characters of the body. */
  readonly snippet: string;

  constructor(request: EpayRequestInfo, status: number, text: string, reason: string) {
    const snippet = text.slice(0, 200);
    super(`ePay ${request.endpoint} answered ${status}: ${reason}`, request);
    this.name = 'EpayResponseError';
    this.status = status;
    this.snippet = snippet;
  }
}
