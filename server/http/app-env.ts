import type { JournalControls, Namespace, Outcome, Sandbox, TokenRecord } from '../core/index.js';

/** Hono context variables of the sandbox app. */
export interface AppEnv {
  Variables: {
    /** The sandbox that answers this request (the namespace's). */
    sandbox: Sandbox;
    /** The bearer token of an authenticated API route. */
    token: TokenRecord;
    /** The namespace of this request (`X-Sandbox-Namespace`, default `default`). */
    namespace: Namespace;
    /** Id of the endpoint of the table that answers this request. */
    endpoint: string;
    /** Outcome forced on this request by a scenario or `X-Sandbox-Outcome` (see `forcedOutcome`). */
    outcome: Outcome;
    /** What the sandbox's controls did to this request (for the journal). */
    controls: JournalControls;
  };
}
