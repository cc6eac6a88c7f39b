import { catalogueError } from '../errors/index.js';
import { CALLBACKS_TARGET } from './faulty-sender.js';
import { createSeededRandom } from './random.js';
import { ANY_ENDPOINT } from './scenarios.js';

/**
 * What a fault does besides (or instead of) delaying the answer: `status`, `timeout`, `drop` and
 * `malformed` for endpoints; `duplicate` and `reorder` for callbacks (`endpoint: "callbacks"`).
 */
export type FaultEffect = 'status' | 'timeout' | 'drop' | 'malformed' | 'duplicate' | 'reorder';

/** Fixed latency in ms, or a uniformly random one in `[min, max]`. */
export type Latency = number | { readonly min: number; readonly max: number };

/** A fault as a caller describes it. */
export interface FaultSpec {
  /** Endpoint id of the table, or `*` for every endpoint. */
  readonly endpoint: string;
  /** Delay before the endpoint answers. */
  readonly latencyMs?: Latency;
  /**
   * `status`: answer HTTP `status` in the endpoint's error shape; `timeout`: never answer (the request is
   * held until the client gives up, at most `holdMs`, then the connection is dropped); `drop`: close the
   * connection without an answer; `malformed`: answer the real response cut in half (invalid JSON).
   */
  readonly effect?: FaultEffect;
  /** HTTP status of a `status` fault (default 503). */
  readonly status?: number;
  /** Longest a `timeout` fault holds a request (default 60 000 ms). */
  readonly holdMs?: number;
  /** Share of matching requests affected, in (0, 1] (default 1: every request). */
  readonly share?: number;
  /** Affected requests before the fault is removed (null or absent: until deleted). */
  readonly times?: number | null;
  /** Seed of the share and random-latency draws (default 1), so runs repeat. */
  readonly seed?: number;
}

/** A fault in force. */
export interface Fault extends FaultSpec {
  readonly id: string;
  readonly createdAt: string;
  readonly remaining: number | null;
  /** Requests it has affected. */
  readonly hits: number;
}

/** What the faults in force do to one request. */
export interface FaultDecision {
  /** Total delay (latencies of every applying fault add up). */
  readonly latencyMs: number;
  /** The effect of the first applying fault that has one. */
  readonly effect?: { readonly kind: FaultEffect; readonly status: number; readonly holdMs: number };
  /** Ids of the faults that applied. */
  readonly faultIds: readonly string[];
}

/** The faults of one namespace. */
export interface FaultBook {
  /** Faults in force. */
  readonly size: number;
  add(spec: FaultSpec): Fault;
  list(): readonly Fault[];
  get(id: string): Fault | undefined;
  remove(id: string): boolean;
  clear(): void;
  /** Draws what happens to the next request of `endpointId` (undefined: nothing). Counts uses. */
  decide(endpointId: string): FaultDecision | undefined;
}

/** Default hold of a `timeout` fault. */
export const DEFAULT_HOLD_MS = 60_000;
/** Longest latency or hold a fault may ask for (10 minutes). */
export const MAX_FAULT_MS = 600_000;
const ENDPOINT_EFFECTS: readonly FaultEffect[] = ['status', 'timeout', 'drop', 'malformed'];
const CALLBACK_EFFECTS: readonly FaultEffect[] = ['duplicate', 'reorder'];
const CALLBACKS = CALLBACKS_TARGET;
const FIELDS = ['endpoint', 'latencyMs', 'effect', 'status', 'holdMs', 'share', 'times', 'seed'];

const bad = (detail: string) => catalogueError('invalidRequest', detail);

function millis(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FAULT_MS) {
    throw bad(`'${name}' must be a whole number of milliseconds from 0 to ${MAX_FAULT_MS}`);
  }
  return value;
}

/**
 * Validates a fault from the admin API's JSON; `endpoint` existence is checked by the caller.
 *
 * @example
 * parseFaultSpec({ endpoint: 'token', latencyMs: { min: 100, max: 400 }, share: 0.3 });
 */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw bad('a fault must be an object such as {"endpoint": "token", "effect": "status", "status": 503}');
  }
  const o = value as Record<string, unknown>;
  const extra = Object.keys(o).find((k) => !FIELDS.includes(k));
  if (extra) throw bad(`unknown field '${extra}' in a fault (fields: ${FIELDS.join(', ')})`);
  if (typeof o.endpoint !== 'string' || o.endpoint === '') throw bad("field 'endpoint' is required");
  let latencyMs: Latency | undefined;
  if (o.latencyMs !== undefined) {
    if (typeof o.latencyMs === 'object' && o.latencyMs !== null && !Array.isArray(o.latencyMs)) {
      const range = o.latencyMs as Record<string, unknown>;
      const min = millis('latencyMs.min', range.min);
      const max = millis('latencyMs.max', range.max);
      if (min > max) throw bad("'latencyMs.min' must not exceed 'latencyMs.max'");
      latencyMs = { min, max };
    } else latencyMs = millis('latencyMs', o.latencyMs);
  }
  const effects = o.endpoint === CALLBACKS ? CALLBACK_EFFECTS : ENDPOINT_EFFECTS;
  if (o.effect !== undefined && !effects.includes(o.effect as FaultEffect)) {
    throw bad(
      `'effect' of ${o.endpoint === CALLBACKS ? 'a callback' : 'an endpoint'} fault must be one of ${effects.join(', ')}, got ${JSON.stringify(o.effect)}`,
    );
  }
  const effect = o.effect as FaultEffect | undefined;
  if (effect === undefined && latencyMs === undefined) {
    throw bad("a fault needs 'latencyMs', an 'effect', or both");
  }
  if (o.status !== undefined) {
    if (effect !== 'status') throw bad('\'status\' only goes with "effect": "status"');
    if (typeof o.status !== 'number' || !Number.isInteger(o.status) || o.status < 400 || o.status > 599) {
      throw bad("'status' must be an HTTP status from 400 to 599");
    }
  }
  if (o.holdMs !== undefined && effect !== 'timeout')
    throw bad('\'holdMs\' only goes with "effect": "timeout"');
  const share = o.share ?? 1;
  if (typeof share !== 'number' || !(share > 0 && share <= 1)) {
    throw bad("'share' must be a number greater than 0 and at most 1 (0.3 = 30 % of requests)");
  }
  const times = o.times ?? null;
  if (times !== null && (typeof times !== 'number' || !Number.isInteger(times) || times < 1)) {
    throw bad("'times' must be a positive whole number, or null for every request");
  }
  if (o.seed !== undefined && (typeof o.seed !== 'number' || !Number.isInteger(o.seed))) {
    throw bad("'seed' must be a whole number");
  }
  return {
    endpoint: o.endpoint,
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(effect ? { effect } : {}),
    ...(effect === 'status' ? { status: (o.status as number | undefined) ?? 503 } : {}),
    ...(effect === 'timeout'
      ? { holdMs: o.holdMs === undefined ? DEFAULT_HOLD_MS : millis('holdMs', o.holdMs) }
      : {}),
    share,
    times,
    ...(o.seed !== undefined ? { seed: o.seed as number } : {}),
  };
}

interface LiveFault {
  fault: Fault;
  random: () => number;
}

/**
 * Creates an empty fault book.
 *
 * @example
 * const faults = createFaultBook({ now: () => clock.now() });
 * faults.add({ endpoint: 'token', effect: 'status', status: 503, times: 2 });
 * faults.decide('token'); // { latencyMs: 0, effect: { kind: 'status', status: 503, ... }, faultIds: ['ft_1'] }
 */
export function createFaultBook(deps: { now: () => Date }): FaultBook {
  let live: LiveFault[] = [];
  let counter = 0;
  return {
    get size() {
      return live.length;
    },
    add(spec) {
      counter += 1;
      const fault: Fault = {
        ...spec,
        id: `ft_${counter}`,
        createdAt: deps.now().toISOString(),
        remaining: spec.times ?? null,
        hits: 0,
      };
      live.push({ fault, random: createSeededRandom(spec.seed ?? 1) });
      return fault;
    },
    list: () => live.map((l) => l.fault),
    get: (id) => live.find((l) => l.fault.id === id)?.fault,
    remove(id) {
      const before = live.length;
      live = live.filter((l) => l.fault.id !== id);
      return live.length !== before;
    },
    clear() {
      live = [];
    },
    decide(endpointId) {
      if (live.length === 0) return undefined;
      let latencyMs = 0;
      let effect: FaultDecision['effect'];
      const faultIds: string[] = [];
      for (const entry of live) {
        const { fault } = entry;
        const matches =
          fault.endpoint === endpointId || (fault.endpoint === ANY_ENDPOINT && endpointId !== CALLBACKS);
        if (!matches) continue;
        if ((fault.share ?? 1) < 1 && entry.random() >= (fault.share ?? 1)) continue;
        const latency = fault.latencyMs;
        if (typeof latency === 'number') latencyMs += latency;
        else if (latency) latencyMs += Math.round(latency.min + entry.random() * (latency.max - latency.min));
        if (fault.effect && !effect) {
          effect = {
            kind: fault.effect,
            status: fault.status ?? 503,
            holdMs: fault.holdMs ?? DEFAULT_HOLD_MS,
          };
        }
        faultIds.push(fault.id);
        entry.fault = {
          ...fault,
          hits: fault.hits + 1,
          remaining: fault.remaining === null ? null : fault.remaining - 1,
        };
      }
      live = live.filter((l) => l.fault.remaining !== 0);
      if (faultIds.length === 0) return undefined;
      return { latencyMs, ...(effect ? { effect } : {}), faultIds };
    },
  };
}
