// msw/core/http, not msw: the main entry also loads graphql (~100 ms of import) that these handlers never use.
import type { HttpHandler } from 'msw';
import { http } from 'msw/core/http';
import { appPathFor, type InterceptedBase, matchesBase } from './hosts.js';

const BODYLESS = new Set(['GET', 'HEAD']);

/**
 * An msw handler that answers every request under `base` with `answer` (the emulator's `app.fetch`), the
 * base's path prefix stripped.
 *
 * It matches the URL itself rather than through msw's `parse`, which reads msw's cookie jar for every
 * handler it tries (tough-cookie: ~10 ms on a process's first request, a large IPv6 regular expression
 * compiled, then ~1 ms per handler tried). The emulator sets no cookies and reads none from msw, so its
 * handlers do without: the resolver gets no `cookies`, and cookies other handlers stored are not added to
 * the requests the emulator answers (docs/decisions/0111-cold-msw-handlers.md).
 *
 * @example
 * const handler = createForwardingHandler(parseInterceptedBase('https://testepay.homebank.kz'), app.fetch);
 * setupServer(handler).listen();
 */
export function createForwardingHandler(
  base: InterceptedBase,
  answer: (request: Request) => Response | Promise<Response>,
): HttpHandler {
  const { prefix } = base;
  const handler = http.all(base.pattern, async ({ request }) => {
    if (prefix === '') return answer(request);
    const url = new URL(request.url);
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (!BODYLESS.has(request.method)) init.body = await request.arrayBuffer();
    return answer(new Request(new URL(appPathFor(url, prefix), url.origin), init));
  });
  handler.parse = async ({ request, resolutionContext }) => ({
    match: { matches: matchesBase(new URL(request.url), base, resolutionContext?.baseUrl), params: {} },
    cookies: {},
  });
  return handler;
}
