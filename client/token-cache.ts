import type { TokenResponse } from '../contracts/index.js';

/** Reusable tokens by key, until shortly before they expire; concurrent requests for one key share one fetch. */
export interface TokenCache {
  /** A live cached token for `key`, or the one `fetchToken` gets (then cached for its `expires_in`). */
  get(key: string, fetchToken: () => Promise<TokenResponse>): Promise<string>;
  /** Forgets `key` (e.g. after the API refused its token), or every token. */
  drop(key?: string): void;
}

/**
 * Creates a token cache. A token is reused until `skewSec` before its `expires_in` (a number or, as 002
 * prints it, a numeric string); a token without a usable `expires_in` is not reused.
 *
 * @example
 * const cache = createTokenCache({ now: Date.now, skewSec: 60 });
 * const token = await cache.get('password api', () => client.tokens.password({ scope: 'api' }));
 */
export function createTokenCache(options: { now: () => number; skewSec: number }): TokenCache {
  const live = new Map<string, { token: string; reuseUntil: number }>();
  const pending = new Map<string, Promise<string>>();
  return {
    async get(key, fetchToken) {
      const cached = live.get(key);
      if (cached && options.now() < cached.reuseUntil) return cached.token;
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const started = options.now();
      const promise = fetchToken()
        .then((answer) => {
          const seconds = Number(answer.expires_in);
          if (Number.isFinite(seconds) && seconds > 0) {
            const skew = Math.min(options.skewSec, seconds / 10);
            live.set(key, { token: answer.access_token, reuseUntil: started + (seconds - skew) * 1000 });
          }
          return answer.access_token;
        })
        .finally(() => pending.delete(key));
      pending.set(key, promise);
      return promise;
    },
    drop(key) {
      if (key === undefined) live.clear();
      else live.delete(key);
    },
  };
}
