import type { Router } from 'hono/router';
import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../server/http/app-router.js';
import { createTestApp } from '../support/http.js';

type Handler = unknown;
type Matched = [number, Record<string, string | undefined>][];

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;

/**
 * A match result in one shape for every router: the index of each handler among the app's routes, in
 * order, with its parameters (RegExpRouter returns parameter positions in a shared stash; others objects).
 */
function normalise(result: ReturnType<Router<Handler>['match']>, handlers: readonly Handler[]): Matched {
  const [matches, stash] = result as [[Handler, Record<string, unknown>][], unknown[] | undefined];
  return matches.map(([handler, params]) => [
    handlers.indexOf(handler),
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        stash ? (stash[value as number] as string | undefined) : (value as string | undefined),
      ]),
    ),
  ]);
}

/** Paths to try for every route: filled in, with a trailing slash, an extra segment, upper case, encoded. */
function samplePaths(routePaths: readonly string[]): string[] {
  const paths = new Set(['/', '//', '/nope', '/api', '/api/', '/epay2', '/_sandbox', '/_sandbox/']);
  for (const path of routePaths) {
    const filled = path.replace(/:(\w+)(\{[^}]*\})?/g, '42').replace(/\*/g, 'a/b');
    for (const variant of [filled, `${filled}/`, `${filled}/x`, filled.toUpperCase(), `${filled}%20`]) {
      paths.add(variant.startsWith('/') ? variant : `/${variant}`);
    }
  }
  return [...paths];
}

describe('the trie router of msw mode', () => {
  it('sends every method and path to the same handlers with the same parameters as the default router', () => {
    const app = createTestApp();
    const handlers = app.routes.map((route) => route.handler);
    const routers = (['regexp', 'trie'] as const).map((kind) => {
      const router = createAppRouter<Handler>(kind);
      for (const route of app.routes) router.add(route.method, route.path, route.handler);
      return router;
    });
    const [regexp, trie] = routers as [Router<Handler>, Router<Handler>];
    const paths = samplePaths(app.routes.map((route) => route.path));
    const differences: string[] = [];
    let matched = 0;
    for (const method of METHODS) {
      for (const path of paths) {
        const expected = normalise(regexp.match(method, path), handlers);
        const actual = normalise(trie.match(method, path), handlers);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push(`${method} ${path}`);
        if (expected.length > 0) matched++;
      }
    }
    expect(differences).toEqual([]);
    // The walk reaches the routes themselves, not only the catch-all middleware.
    expect(paths.length).toBeGreaterThan(app.routes.length);
    expect(matched).toBeGreaterThan(paths.length);
  });

  it('answers a route with a trailing slash with the sandbox 404, as the server does', async () => {
    for (const router of ['regexp', 'trie'] as const) {
      const app = createTestApp({ router });
      const res = await app.request('/oauth2/token/', { method: 'POST', body: new URLSearchParams() });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 9020 });
    }
  });
});
