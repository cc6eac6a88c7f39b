import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type EndpointContract, endpoints, LEGACY_PREFIX } from '../../contracts/index.js';
import { maskSensitive, type Recording, recordingKey } from '../core/index.js';
import type { AppEnv } from './app-env.js';
import { bearerToken } from './middleware/bearer-auth.js';

/** Header naming the recording file a replayed answer comes from. */
export const REPLAY_HEADER = 'X-Sandbox-Replay';

/** A recording with the file it was read from (for the header). */
export type ReplayRecording = Recording & { readonly file?: string };

/**
 * Answers requests that match a recording (method, path on either layout, masked JSON body) with the
 * recorded status and masked body, after the usual bearer check of the endpoint. Token answers are never
 * replayed (tokens must be live), nor recordings of endpoints absent from the table. Anything else falls
 * through to the emulator.
 *
 * @example
 * app.use('*', replayRecordings((await loadRecordings('recordings')).recordings));
 */
export function replayRecordings(
  recordings: readonly ReplayRecording[],
  table: Readonly<Record<string, EndpointContract>> = endpoints,
): MiddlewareHandler<AppEnv> {
  const byRoute = new Map<string, Map<string, ReplayRecording>>();
  for (const recording of recordings) {
    const endpoint = table[recording.endpoint];
    if (endpoint?.host !== 'api' || endpoint.method !== recording.method.toUpperCase()) continue;
    const route = `${endpoint.method} ${recording.path}`;
    const entries = byRoute.get(route) ?? new Map<string, ReplayRecording>();
    entries.set(recordingKey(endpoint.method, recording.path, recording.request?.json), recording);
    byRoute.set(route, entries);
  }
  return async (c, next) => {
    if (byRoute.size === 0) return next();
    const url = new URL(c.req.url);
    const path =
      (url.pathname.startsWith(`${LEGACY_PREFIX.api}/`)
        ? url.pathname.slice(LEGACY_PREFIX.api.length)
        : url.pathname) + url.search;
    const method = c.req.method.toUpperCase();
    const entries = byRoute.get(`${method} ${path}`);
    if (!entries) return next();
    let json: unknown;
    const text = method === 'GET' ? '' : await c.req.text();
    if (text.trim() !== '') {
      try {
        json = maskSensitive(JSON.parse(text));
      } catch {
        return next();
      }
    }
    const recording = entries.get(recordingKey(method, path, json));
    if (!recording) return next();
    const endpoint = table[recording.endpoint] as EndpointContract;
    if (endpoint.auth.kind === 'bearer') {
      c.get('sandbox').tokens.authenticate(bearerToken(c.req.header('authorization')), endpoint.auth.scopes);
    }
    c.header(REPLAY_HEADER, recording.file ?? recording.contract);
    return c.json((recording.response ?? null) as object, recording.status as ContentfulStatusCode);
  };
}
