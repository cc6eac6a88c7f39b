import type { Outcome } from './outcome.js';

/** Matches every endpoint in a scenario or a fault. */
export const ANY_ENDPOINT = '*';

/** What a caller asks for: the endpoint (id or `*`), the outcome, and how many calls (null = every call). */
export interface ScenarioSpec {
  readonly endpoint: string;
  readonly outcome: Outcome;
  readonly times: number | null;
}

/** A scenario in force. */
export interface Scenario extends ScenarioSpec {
  readonly id: string;
  readonly createdAt: string;
  /** Calls left before it is removed (null: every call, until deleted). */
  readonly remaining: number | null;
  /** Calls it has answered so far. */
  readonly hits: number;
}

/** The scenarios of one namespace. */
export interface ScenarioBook {
  add(spec: ScenarioSpec): Scenario;
  /** In force, in creation order. */
  list(): readonly Scenario[];
  get(id: string): Scenario | undefined;
  remove(id: string): boolean;
  clear(): void;
  /**
   * The outcome for the next call of `endpointId`, consuming one use. Counted scenarios (`times` ≥ 1) go
   * first, oldest first, so queued outcomes play in order; otherwise the newest `times: null` one applies.
   */
  take(endpointId: string): Scenario | undefined;
}

/**
 * Creates an empty scenario book.
 *
 * @example
 * const book = createScenarioBook({ now: () => clock.now() });
 * book.add({ endpoint: 'transfer', outcome: { kind: 'decline', code: 484 }, times: 1 });
 * book.take('transfer')?.outcome; // { kind: 'decline', code: 484 }; the next take() finds nothing
 */
export function createScenarioBook(deps: { now: () => Date }): ScenarioBook {
  let scenarios: Scenario[] = [];
  let counter = 0;
  const matches = (s: Scenario, endpointId: string) =>
    s.endpoint === endpointId || s.endpoint === ANY_ENDPOINT;
  return {
    add(spec) {
      counter += 1;
      const scenario: Scenario = {
        id: `sc_${counter}`,
        endpoint: spec.endpoint,
        outcome: spec.outcome,
        times: spec.times,
        remaining: spec.times,
        hits: 0,
        createdAt: deps.now().toISOString(),
      };
      scenarios.push(scenario);
      return scenario;
    },
    list: () => scenarios,
    get: (id) => scenarios.find((s) => s.id === id),
    remove(id) {
      const before = scenarios.length;
      scenarios = scenarios.filter((s) => s.id !== id);
      return scenarios.length !== before;
    },
    clear() {
      scenarios = [];
    },
    take(endpointId) {
      const counted = scenarios.find((s) => s.remaining !== null && matches(s, endpointId));
      const chosen = counted ?? scenarios.findLast((s) => s.remaining === null && matches(s, endpointId));
      if (!chosen) return undefined;
      const used: Scenario = {
        ...chosen,
        hits: chosen.hits + 1,
        remaining: chosen.remaining === null ? null : chosen.remaining - 1,
      };
      scenarios = scenarios.flatMap((s) => (s !== chosen ? [s] : used.remaining === 0 ? [] : [used]));
      return used;
    },
  };
}
