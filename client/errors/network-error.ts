import { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';

/**
 * The request never got an answer: DNS failure, connection refused, TLS error... (`cause` is fetch's error).
 *
 * @example
 * catch (error) { if (isEpayNetworkError(error)) retryLater(); }
 */
export class EpayNetworkError extends EpayClientError {
  constructor(request: EpayRequestInfo, cause: unknown) {
    const detail =
      cause instanceof Error
        ? cause.cause instanceof Error
          ? cause.cause.message
          : cause.message
        : String(cause);
    super(`ePay ${request.endpoint}: ${request.method} ${request.url} failed: ${detail}`, request, { cause });
    this.name = 'EpayNetworkError';
  }
}
