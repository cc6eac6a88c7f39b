import type { Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

/**
 * hono's router for the app. `regexp` (the default, hono's own): fastest per request, but builds one large
 * regular expression from the ~150 routes on the first request (~5 ms). `trie`: a trie built as routes are
 * added, no first-request build and ~15 µs per match, for apps that answer few requests (msw handlers, a
 * sandbox per test). Both answer every route alike (test/http/app-router.test.ts).
 */
export type AppRouterKind = 'regexp' | 'trie';

/**
 * Creates the hono router of {@link AppRouterKind} `kind`.
 *
 * @example
 * const app = new Hono<AppEnv>({ router: createAppRouter('trie') });
 */
export function createAppRouter<T>(kind: AppRouterKind): Router<T> {
  return kind === 'trie'
    ? new TrieRouter<T>()
    : new SmartRouter<T>({ routers: [new RegExpRouter<T>(), new TrieRouter<T>()] });
}
