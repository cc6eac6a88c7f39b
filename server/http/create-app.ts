import { Hono } from 'hono';
import { defaultFixtures, type Fixtures } from '../../fixtures/index.js';
import {
  CALLBACKS_TARGET,
  type CallbackSender,
  type Clock,
  cacheHistory,
  catalogueError,
  createClock,
  createFaultySender,
  createFetchSender,
  createHistoryProvider,
  createIdSource,
  createInitialState,
  createNamespaceClock,
  createSandbox,
  DEFAULT_HISTORY_SIZE,
  DEFAULT_SEARCH_CONFIG,
  type FaultDecision,
  type IdSource,
  type NamespaceStorage,
  type PagingReading,
  type Sandbox,
  type SandboxConfig,
  type SandboxHistory,
  type Scheduler,
  type StateStore,
} from '../core/index.js';
import { createMemoryNamespaceStorage, createMemoryStore } from '../storage/index.js';
import type { AppEnv } from './app-env.js';
import { type AppRouterKind, createAppRouter } from './app-router.js';
import { bodyLimit } from './body-limit.js';
import { chainMiddleware } from './chain-middleware.js';
import { adminAuth } from './controls/admin-auth.js';
import { appControlRegistry } from './controls/app-controls.js';
import { createControls, isControllable, type SandboxControls } from './controls/create-controls.js';
import { journalMiddleware } from './controls/journal-middleware.js';
import { namespaceMiddleware } from './controls/namespace-middleware.js';
import { registerSandboxControls } from './controls/routes/index.js';
import { errorResponse } from './error-response.js';
import { type ReplayRecording, replayRecordings } from './replay.js';
import { registerCallbackRoutes } from './routes/callback-routes.js';
import { registerControlRoutes } from './routes/control-routes.js';
import { registerInvoicePageRoutes } from './routes/invoice-page-routes.js';
import { registerInvoiceRoutes } from './routes/invoice-routes.js';
import { registerOAuthRoutes } from './routes/oauth-routes.js';
import { registerOpenApiRoute } from './routes/openapi-route.js';
import { registerOperationRoutes } from './routes/operation-routes.js';
import { registerPayformRoutes } from './routes/payform-routes.js';
import { registerSandboxPaymentRoutes } from './routes/sandbox-payment-routes.js';
import { registerSearchRoutes } from './routes/search-routes.js';
import { registerStatusRoutes } from './routes/status-routes.js';
import { registerTransferRoutes } from './routes/transfer-routes.js';

/** The seed used when none is given. */
export const DEFAULT_SEED = 42;
/** Largest request body the sandbox reads. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Largest body of the `/_sandbox` routes (a state import can be large). */
export const DEFAULT_MAX_ADMIN_BODY_BYTES = 64 * 1024 * 1024;

/** Options of {@link createApp}. Everything is optional: the defaults give the documented sandbox in memory. */
export interface CreateAppOptions {
  /** A ready sandbox for the default namespace; when given, the options below that build one are ignored for it. */
  sandbox?: Sandbox;
  /** Seed of the fixtures and generated history (a fresh in-memory store only). */
  seed?: number;
  /** Where state lives (default: in memory). */
  store?: StateStore;
  /** The server's time; every namespace's own clock follows it plus its own offset. */
  clock?: Clock;
  ids?: IdSource;
  fixtures?: Fixtures;
  config?: Partial<SandboxConfig>;
  /**
   * Generates the history of a seed; generated once per seed and shared by every namespace. Default: the
   * built-in generated history (`history` payments, see below).
   */
  historyFor?: (seed: number) => SandboxHistory;
  /**
   * Generated payments in the history (transfers: one per ten), default 1000; 0 keeps only the
   * documents' example records. History ends at midnight UTC of the clock's day (docs/search.md).
   */
  history?: number;
  /** How search `paging.page` is read: `skip` (entries to skip, default) or `page` (zero-based page number). */
  searchPaging?: PagingReading;
  /** Largest body read, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Largest body of the `/_sandbox` routes, in bytes (default 64 MiB: state imports). */
  maxAdminBodyBytes?: number;
  /** Requests kept per namespace by the journal (default 500; 0 turns it off). */
  journalSize?: number;
  /** Namespaces kept in memory besides the default (default 50; the least recently used are unloaded). */
  maxNamespaces?: number;
  /** Where namespaces other than the default keep their state (default: in memory). */
  namespaceStorage?: NamespaceStorage;
  /** Protects the `/_sandbox` routes (all but health) with this token. */
  adminToken?: string;
  /** Recorded answers of a real host to replay (`epay-sandbox contracts --record`; docs/kit.md). */
  recordings?: readonly ReplayRecording[];
  /** Sends postLink callbacks (default: fetch). msw mode plugs a capturing sender here. */
  callbackSender?: CallbackSender;
  /** Runs callback retries at sandbox-clock instants (default: timers driven by the clock). */
  scheduler?: Scheduler;
  /** hono's router: `regexp` (default, fastest per request) or `trie` (no first-request build; msw mode). */
  router?: AppRouterKind;
}

/** The sandbox as a hono app: `app.fetch(request)` is the whole emulator. */
export type EpayApp = Hono<AppEnv> & {
  /** The sandbox of the default namespace. */
  readonly sandbox: Sandbox;
  /** Namespaces, scenarios, faults, clock, journal and snapshots for programmatic use. */
  readonly controls: SandboxControls;
};

const isControlPath = (path: string) => path === '/_sandbox' || path.startsWith('/_sandbox/');

/**
 * Creates the emulator: a hono app whose `fetch(Request) -> Response` is the entire behaviour. The node
 * server, the msw handlers and the tests all call this function.
 *
 * @example
 * const app = createApp({ seed: 7 });
 * const res = await app.request('/oauth2/token', { method: 'POST', body: form });
 */
export function createApp(options: CreateAppOptions = {}): EpayApp {
  const baseClock = options.sandbox?.clock ?? options.clock ?? createClock();
  const ids = options.ids ?? createIdSource();
  const fixtures = options.fixtures ?? defaultFixtures;
  const defaultStore = options.sandbox
    ? options.sandbox.store
    : (options.store ?? createMemoryStore(createInitialState(options.seed ?? DEFAULT_SEED)));
  // The built-in history ends at the clock's day when the default namespace's state was made (kept there).
  const builtInHistory = createHistoryProvider({
    store: defaultStore,
    clock: baseClock,
    merchants: fixtures.merchants,
    size: options.history ?? DEFAULT_HISTORY_SIZE,
  });
  const historyFor = cacheHistory(options.historyFor ?? builtInHistory.historyFor);
  const config: Partial<SandboxConfig> | undefined = options.searchPaging
    ? {
        ...options.config,
        search: { ...DEFAULT_SEARCH_CONFIG, ...options.config?.search, paging: options.searchPaging },
      }
    : options.config;
  // Callbacks go through the callback faults of their namespace (delay, duplicate, out of order).
  const sender = options.callbackSender ?? createFetchSender();
  const buildSandbox = (
    store: StateStore,
    clock: Clock,
    callbackFaults: () => FaultDecision | undefined,
    scheduler?: Scheduler,
  ): Sandbox =>
    createSandbox({
      store,
      clock,
      ids,
      fixtures,
      ...(config ? { config } : {}),
      historyFor,
      callbackSender: createFaultySender(sender, { decide: callbackFaults }),
      ...(scheduler ? { scheduler } : {}),
    });
  const defaultClock = options.sandbox
    ? isControllable(options.sandbox.clock)
      ? options.sandbox.clock
      : null
    : createNamespaceClock(baseClock);
  let controls: SandboxControls | undefined;
  const sandbox =
    options.sandbox ??
    buildSandbox(
      defaultStore,
      defaultClock ?? baseClock,
      () => controls?.namespaces.default.faults.decide(CALLBACKS_TARGET),
      options.scheduler,
    );

  if (!options.historyFor && !options.sandbox) sandbox.onReset(builtInHistory.keepEnd);

  const app = new Hono<AppEnv>({ router: createAppRouter(options.router ?? 'regexp') });
  controls = createControls({
    defaultSandbox: sandbox,
    defaultClock,
    baseClock,
    // A scheduler given in the options runs on the default namespace's clock only.
    buildSandbox: (store, clock, callbackFaults) => buildSandbox(store, clock, callbackFaults),
    callbackFaults: options.sandbox === undefined,
    storage: options.namespaceStorage ?? createMemoryNamespaceStorage(),
    registry: appControlRegistry(app),
    ...(options.journalSize !== undefined ? { journalSize: options.journalSize } : {}),
    ...(options.maxNamespaces !== undefined ? { maxNamespaces: options.maxNamespaces } : {}),
  });
  const namespaces = controls.namespaces;
  app.onError(errorResponse);
  app.notFound((c) =>
    errorResponse(catalogueError('notFound', `no route for ${c.req.method} ${c.req.path}`), c),
  );
  if (options.adminToken) {
    const guard = adminAuth(options.adminToken);
    app.use('/_sandbox', guard);
    app.use('/_sandbox/*', guard);
  }
  const onTooLarge = bodyLimit({
    maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onError: (c) => errorResponse(catalogueError('payloadTooLarge'), c),
  });
  const onTooLargeAdmin = bodyLimit({
    maxSize: options.maxAdminBodyBytes ?? DEFAULT_MAX_ADMIN_BODY_BYTES,
    onError: (c) => errorResponse(catalogueError('payloadTooLarge'), c),
  });
  // Namespace, journal and body limit run as one middleware (one hono dispatch step instead of three).
  app.use(
    '*',
    chainMiddleware<AppEnv>([
      namespaceMiddleware(namespaces),
      journalMiddleware(),
      (c, next) => (isControlPath(c.req.path) ? onTooLargeAdmin : onTooLarge)(c, next),
    ]),
  );

  if (options.recordings && options.recordings.length > 0) app.use('*', replayRecordings(options.recordings));

  registerOAuthRoutes(app);
  registerControlRoutes(app);
  registerSandboxControls(app, controls);
  registerOpenApiRoute(app);
  registerTransferRoutes(app);
  registerStatusRoutes(app);
  registerOperationRoutes(app);
  registerCallbackRoutes(app);
  registerSandboxPaymentRoutes(app);
  registerInvoiceRoutes(app);
  registerInvoicePageRoutes(app);
  registerPayformRoutes(app);
  registerSearchRoutes(app);

  return Object.assign(app, { sandbox, controls });
}
