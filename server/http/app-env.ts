import type { Sandbox, TokenRecord } from '../core/index.js';

/** Hono context variables of the sandbox app. */
export interface AppEnv {
  Variables: {
    /** The sandbox that answers this request. */
    sandbox: Sandbox;
    /** The bearer token of an authenticated API route. */
    token: TokenRecord;
  };
}
