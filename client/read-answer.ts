import { EpayApiError, EpayOAuthError, type EpayRequestInfo, EpayResponseError } from './errors/index.js';
import type { EpayExchange } from './exchange.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The success body of an exchange, or the typed error its answer means: {@link EpayOAuthError} for
 * `{error, error_description}`, {@link EpayApiError} for `{code, message}`, {@link EpayResponseError} for
 * anything else.
 *
 * @example
 * const token = readAnswer<TokenResponse>(await sendRequest(deps, endpoints.token, { form }));
 */
export function readAnswer<T>(exchange: EpayExchange): T {
  const info: EpayRequestInfo = {
    endpoint: exchange.endpoint.id,
    method: exchange.method,
    url: exchange.url,
  };
  const { status, body, text } = exchange;
  if (status >= 200 && status < 300) {
    // An endpoint whose success answer is text (e.g. an empty 200 body) gets the text itself.
    const schema = exchange.endpoint.responses[status] as { type?: unknown } | undefined;
    if (schema?.type === 'string') return text as T;
    if (body === undefined) throw new EpayResponseError(info, status, text, 'the body is not JSON');
    return body as T;
  }
  if (isRecord(body) && typeof body.error === 'string') {
    throw new EpayOAuthError(info, status, { ...body, error: body.error });
  }
  if (isRecord(body) && (typeof body.code === 'number' || /^\d+$/.test(String(body.code ?? '')))) {
    throw new EpayApiError(info, status, { ...body, code: Number(body.code) });
  }
  const reason =
    body === undefined
      ? `the error body is not JSON (${text.trim() === '' ? 'empty' : 'text'})`
      : 'the error body is neither {code, message} nor an OAuth2 error';
  throw new EpayResponseError(info, status, text, reason);
}
