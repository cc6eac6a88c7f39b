import { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';

/**
 * The token endpoint refused a request with an OAuth2 error,
 * `{"error": "invalid_client", "error_description": "..."}`.
 *
 * @example
 * catch (error) { if (isEpayOAuthError(error) && error.error === 'invalid_client') ... }
 */
export class EpayOAuthError extends EpayClientError {
  /** HTTP status (400, or 401 for client authentication). */
  readonly status: number;
  /** The OAuth2 error code, e.g. `invalid_grant`. */
  readonly error: string;
  readonly description: string;
  readonly body: Readonly<Record<string, unknown>>;

  constructor(
    request: EpayRequestInfo,
    status: number,
    body: Readonly<Record<string, unknown>> & { error: string },
  ) {
    const description = typeof body.error_description === 'string' ? body.error_description : '';
    super(
      `ePay token endpoint answered ${status} ${body.error}${description ? `: ${description}` : ''}`,
      request,
    );
    this.name = 'EpayOAuthError';
    this.status = status;
    this.error = body.error;
    this.description = description;
    this.body = body;
  }
}
