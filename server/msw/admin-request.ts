import type { EpayApp } from '../http/create-app.js';

/**
 * Calls one of the app's `/_sandbox` routes in process (the same route a server user calls) and returns
 * its JSON answer; an error answer (`{code, message}`) is thrown as an `Error` naming the route.
 *
 * @example
 * const scenario = await adminRequest(app, 'POST', '/_sandbox/scenarios', { endpoint: 'token', outcome });
 */
export async function adminRequest(
  app: EpayApp,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await app.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const value: unknown = text === '' ? null : JSON.parse(text);
  if (!res.ok) {
    const { code, message } = (value ?? {}) as { code?: number; message?: string };
    throw new Error(
      `epay-sandbox/msw: ${method} ${path} answered ${res.status}: ${message ?? text} (code ${code})`,
    );
  }
  return value;
}
