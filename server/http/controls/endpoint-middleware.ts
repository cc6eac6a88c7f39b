import type { Context, MiddlewareHandler } from 'hono';
import {
  catalogueError,
  describeOutcome,
  type JournalControls,
  type Outcome,
  parseOutcomeHeader,
} from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import type { AppControlRegistry, ServedEndpoint } from './app-controls.js';
import { dropConnection, pause } from './connection.js';
import { type ForcedAnswer, type ForcedFailure, failureMessage } from './outcome-renderers.js';

/** Request header forcing the outcome of one request: `decline:484`, `error:500[:code]`, `success`. */
export const OUTCOME_HEADER = 'X-Sandbox-Outcome';

/**
 * Adds to what the controls did to this request (read by the journal).
 *
 * @example
 * markControls(c, { fault: 'drop', faultIds: ['ft_1'] });
 */
export function markControls(c: Context<AppEnv>, marks: JournalControls): void {
  c.set('controls', { ...c.get('controls'), ...marks });
}

/**
 * The outcome forced on this request, if any. Handlers use it to honour a forced success, e.g. a transfer
 * with a locked test card that a scenario says must succeed.
 *
 * @example
 * if (forcedOutcome(c)?.kind === 'success') skipCardChecks = true;
 */
export function forcedOutcome(c: Context<AppEnv>): Outcome | undefined {
  return c.get('outcome');
}

function answer(c: Context<AppEnv>, forced: ForcedAnswer): Response {
  for (const [name, value] of Object.entries(forced.headers ?? {})) c.header(name, value);
  return c.json(forced.body as object, forced.status as 400);
}

/** Cuts a response body in half: a client reading it as JSON fails, as with a truncated answer. */
async function malformed(res: Response): Promise<Response> {
  const text = await res.text();
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
    status: res.status,
    headers,
  });
}

/**
 * Applies the faults in force for `served` (latency, status, timeout, drop, malformed body). Runs before
 * authentication: a fault models the network or the bank's front end.
 *
 * @example
 * app.on('POST', paths, faultMiddleware(served, registry), requireToken(scopes), handler);
 */
export function faultMiddleware(
  served: ServedEndpoint,
  registry: AppControlRegistry,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('endpoint', served.endpoint.id);
    const decision = c.get('namespace')?.faults.decide(served.endpoint.id);
    if (!decision) return next();
    const effect = decision.effect;
    markControls(c, {
      faultIds: decision.faultIds,
      fault: effect?.kind ?? 'latency',
      ...(decision.latencyMs > 0 ? { latencyMs: decision.latencyMs } : {}),
    });
    const signal = c.req.raw.signal;
    await pause(decision.latencyMs, signal, registry.waits);
    if (!effect) return next();
    if (effect.kind === 'drop') return dropConnection(c);
    if (effect.kind === 'timeout') {
      await pause(effect.holdMs, signal, registry.waits);
      return dropConnection(c);
    }
    if (effect.kind === 'status') {
      const outcome = { kind: 'error', status: effect.status } as const;
      const failure: ForcedFailure = { outcome, message: failureMessage(outcome, 'fault'), source: 'fault' };
      return answer(c, await served.outcomes.render(failure, c));
    }
    await next();
    c.res = await malformed(c.res);
  };
}

/**
 * Applies a forced outcome: the `X-Sandbox-Outcome` header of this request, else the next scenario of the
 * namespace for `served`. Runs after authentication, like the bank's own declines.
 *
 * @example
 * app.on('POST', paths, requireToken(scopes), outcomeMiddleware(served), handler);
 */
export function outcomeMiddleware(served: ServedEndpoint): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header(OUTCOME_HEADER);
    let outcome: Outcome | undefined;
    let scenarioId: string | undefined;
    if (header !== undefined && header.trim() !== '') {
      outcome = parseOutcomeHeader(header);
      const problem = outcome.kind === 'success' ? undefined : served.outcomes.check?.(outcome);
      if (problem) throw catalogueError('badOutcomeHeader', `'${header}': ${problem}`);
    } else {
      const scenario = c.get('namespace')?.scenarios.take(served.endpoint.id);
      outcome = scenario?.outcome;
      scenarioId = scenario?.id;
    }
    if (!outcome) return next();
    c.set('outcome', outcome);
    markControls(c, { outcome: describeOutcome(outcome), ...(scenarioId ? { scenarioId } : {}) });
    if (outcome.kind === 'success') {
      const forced = await served.outcomes.success?.(c);
      return forced ? answer(c, forced) : next();
    }
    const source = scenarioId ? 'scenario' : 'header';
    const failure: ForcedFailure = { outcome, message: failureMessage(outcome, source), source };
    return answer(c, await served.outcomes.render(failure, c));
  };
}
