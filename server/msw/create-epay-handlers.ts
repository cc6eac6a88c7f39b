import type { HttpHandler } from 'msw';
import type { EndpointId } from '../../contracts/index.js';
import {
  type ANY_ENDPOINT,
  type ControllableClock,
  createClock,
  createInitialState,
  type Outcome,
  type Sandbox,
  type SandboxState,
  type Scenario,
} from '../core/index.js';
import { type CreateAppOptions, createApp, DEFAULT_SEED, type EpayApp } from '../http/create-app.js';
import { createMemoryStore } from '../storage/index.js';
import { adminRequest } from './admin-request.js';
import { type CallbackMode, type CapturedCallback, createCallbackCapture } from './callback-capture.js';
import { createForwardingHandler } from './forwarding-handler.js';
import { DEFAULT_EPAY_HOSTS, parseInterceptedBase } from './hosts.js';
import { applyInitialState, readInitialState } from './initial-state.js';

/** Options of {@link createEpayHandlers}. Everything is optional: the defaults give the documented sandbox. */
export interface EpayHandlersOptions
  extends Pick<
    CreateAppOptions,
    'seed' | 'clock' | 'ids' | 'fixtures' | 'config' | 'maxBodyBytes' | 'history' | 'searchPaging'
  > {
  /**
   * Base URLs to intercept: an origin (`https://testepay.homebank.kz`) or an origin with a path prefix
   * (`http://localhost:8080/epay`), or a same-origin prefix (`/epay`, browser). The prefix is stripped
   * before the emulator sees the path. Default {@link DEFAULT_EPAY_HOSTS}; spread it to add your own.
   */
  hosts?: readonly string[];
  /**
   * State to start from (and to return to on {@link EpayHandlers.reset}): an {@link EpayHandlers.state}
   * snapshot or a server data file. Its seed is used unless `seed` is given; they must agree.
   */
  initialState?: SandboxState;
  /**
   * postLink / failurePostLink callbacks: `capture` (default) keeps them for {@link EpayHandlers.callbacks}
   * and counts them delivered; `send` keeps them and POSTs them with `fetch`, answered by your msw handler
   * for the URL.
   */
  callbacks?: CallbackMode;
}

/** The handlers and the sandbox behind them, for per-test setup. Iterable: `setupServer(...epay)`. */
export interface EpayHandlers extends Iterable<HttpHandler> {
  /** msw handlers, one per intercepted base, each forwarding to {@link EpayHandlers.app}. */
  readonly handlers: readonly HttpHandler[];
  /** The emulator itself (`app.fetch`), the same one the node server runs. */
  readonly app: EpayApp;
  /** The emulated bank: store, ledgers, tokens, merchants. */
  readonly sandbox: Sandbox;
  /**
   * The sandbox's clock (the default namespace's, as `/_sandbox/clock` moves it): it follows the `clock`
   * option, real time by default; set, advance, freeze or resume it per test. `reset()` puts it back.
   */
  readonly clock: ControllableClock;
  /** The intercepted base URLs. */
  readonly hosts: readonly string[];
  /**
   * Drops everything created since the start (through `POST /_sandbox/reset`, as on the server) and
   * restores the initial state. A different `seed` restores that seed's fixtures instead.
   */
  reset(seed?: number): Promise<void>;
  /** A deep copy of the current state: tokens and everything the API created or changed. */
  state(): SandboxState;
  /**
   * The callbacks sent since the start or the last reset, oldest first, once every attempt that is due has
   * been made (callbacks leave after the API answer, so await this rather than reading right away).
   */
  callbacks(): Promise<CapturedCallback[]>;
  /**
   * Forces the outcome of the next `times` calls (default 1; `null`: every call until cleared) of an
   * endpoint (`'*'`: any), through `POST /_sandbox/scenarios`. Resolves with the scenario; rejects when the
   * endpoint is not served or cannot answer that outcome. For one request, send the header
   * `X-Sandbox-Outcome: decline:484` instead.
   */
  forceOutcome(
    endpoint: EndpointId | typeof ANY_ENDPOINT,
    outcome: Outcome,
    options?: { times?: number | null },
  ): Promise<Scenario>;
  /** The scenarios in force, with what they have left to answer. */
  scenarios(): Promise<Scenario[]>;
  /** Removes every scenario (`reset()` does too). */
  clearScenarios(): Promise<void>;
}

/**
 * Creates msw request handlers that answer the bank's hosts with the emulator, in process: each
 * intercepted request is forwarded to `createApp(...).fetch` over an in-memory store, the same code path
 * as the node server. Works with `setupServer` (Node) and `setupWorker` (browser); this module imports
 * nothing node-only.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createEpayHandlers } from 'epay-sandbox/msw';
 *
 * const epay = createEpayHandlers({ seed: 7 });
 * const server = setupServer(...epay.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => epay.reset());
 * afterAll(() => server.close());
 */
export function createEpayHandlers(options: EpayHandlersOptions = {}): EpayHandlers {
  const initial = options.initialState ? readInitialState(options.initialState) : undefined;
  if (initial && options.seed !== undefined && options.seed !== initial.seed) {
    throw new TypeError(
      `epay-sandbox/msw: seed ${options.seed} differs from initialState's seed ${initial.seed}`,
    );
  }
  const seed = options.seed ?? initial?.seed ?? DEFAULT_SEED;
  const baseClock = options.clock ?? createClock();
  const { hosts: hostOption, initialState: _initial, callbacks: callbackMode, ...appOptions } = options;
  const capture = createCallbackCapture(callbackMode ?? 'capture');
  const app = createApp({
    ...appOptions,
    seed,
    clock: baseClock,
    callbackSender: capture.sender,
    // A trie router: no matcher to build on the first request (behaviour identical, ~15 µs per match).
    router: 'trie',
    store: createMemoryStore(initial ? structuredClone(initial) : createInitialState(seed)),
  });
  const bases = (hostOption ?? DEFAULT_EPAY_HOSTS).map(parseInterceptedBase);
  const handlers = bases.map((base) => createForwardingHandler(base, (request) => app.fetch(request)));

  const clock = app.controls.namespaces.default.clock;
  if (!clock) throw new Error('epay-sandbox/msw: the sandbox clock cannot be controlled');

  return {
    handlers,
    app,
    sandbox: app.sandbox,
    clock,
    hosts: bases.map(({ base }) => base),
    [Symbol.iterator]: () => handlers[Symbol.iterator](),
    async reset(nextSeed) {
      await adminRequest(
        app,
        'POST',
        '/_sandbox/reset',
        nextSeed === undefined ? undefined : { seed: nextSeed },
      );
      capture.clear();
      if (initial && app.sandbox.seed() === initial.seed) await applyInitialState(app.sandbox, initial);
    },
    state: () => structuredClone(app.sandbox.store.state),
    async callbacks() {
      await app.sandbox.callbacks.settled();
      return capture.list();
    },
    async forceOutcome(endpoint, outcome, { times = 1 } = {}) {
      return (await adminRequest(app, 'POST', '/_sandbox/scenarios', {
        endpoint,
        outcome,
        times,
      })) as Scenario;
    },
    async scenarios() {
      return ((await adminRequest(app, 'GET', '/_sandbox/scenarios')) as { scenarios: Scenario[] }).scenarios;
    },
    async clearScenarios() {
      await adminRequest(app, 'DELETE', '/_sandbox/scenarios');
    },
  };
}
