/** Where a failed request went (never its body: bodies carry credentials). */
export interface EpayRequestInfo {
  /** Id of the endpoint in the contract table, e.g. `token`. */
  readonly endpoint: string;
  readonly method: string;
  readonly url: string;
}

/**
 * The shared base of every error the client throws, so one `catch` can tell client errors from bugs.
 * Each concern has its own subclass: {@link EpayApiError}, {@link EpayOAuthError},
 * {@link EpayResponseError}, {@link EpayNetworkError}, {@link EpayTimeoutError}.
 *
 * @example
 * try { await client.tokens.password({ scope: 'transfer' }); }
 * catch (error) { if (error instanceof EpayClientError) console.log(error.request.url); }
 */
export class EpayClientError extends Error {
  readonly request: EpayRequestInfo;

  constructor(message: string, request: EpayRequestInfo, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EpayClientError';
    this.request = request;
  }
}
