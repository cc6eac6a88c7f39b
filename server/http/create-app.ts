import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { defaultFixtures, type Fixtures } from '../../fixtures/index.js';
import {
  type CallbackSender,
  type Clock,
  catalogueError,
  createClock,
  createIdSource,
  createInitialState,
  createSandbox,
  type IdSource,
  type Sandbox,
  type SandboxConfig,
  type Scheduler,
  type StateStore,
} from '../core/index.js';
import { createMemoryStore } from '../storage/index.js';
import type { AppEnv } from './app-env.js';
import { errorResponse } from './error-response.js';
import { type ReplayRecording, replayRecordings } from './replay.js';
import { registerCallbackRoutes } from './routes/callback-routes.js';
import { registerControlRoutes } from './routes/control-routes.js';
import { registerOAuthRoutes } from './routes/oauth-routes.js';
import { registerOpenApiRoute } from './routes/openapi-route.js';
import { registerOperationRoutes } from './routes/operation-routes.js';
import { registerSandboxPaymentRoutes } from './routes/sandbox-payment-routes.js';
import { registerStatusRoutes } from './routes/status-routes.js';
import { registerTransferRoutes } from './routes/transfer-routes.js';

/** The seed used when none is given. */
export const DEFAULT_SEED = 42;
/** Largest request body the sandbox reads. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Options of {@link createApp}. Everything is optional: the defaults give the documented sandbox in memory. */
export interface CreateAppOptions {
  /** A ready sandbox; when given, the options below that build one are ignored. */
  sandbox?: Sandbox;
  /** Seed of the fixtures and generated history (a fresh in-memory store only). */
  seed?: number;
  /** Where state lives (default: in memory). */
  store?: StateStore;
  clock?: Clock;
  ids?: IdSource;
  fixtures?: Fixtures;
  config?: Partial<SandboxConfig>;
  /** Largest body read, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Recorded answers of a real host to replay (`epay-sandbox contracts --record`; docs/kit.md). */
  recordings?: readonly ReplayRecording[];
  /** Sends postLink callbacks (default: fetch). msw mode plugs a capturing sender here. */
  callbackSender?: CallbackSender;
  /** Runs callback retries at sandbox-clock instants (default: timers driven by the clock). */
  scheduler?: Scheduler;
}

/** The sandbox as a hono app: `app.fetch(request)` is the whole emulator. */
export type EpayApp = Hono<AppEnv> & { readonly sandbox: Sandbox };

/**
 * Creates the emulator: a hono app whose `fetch(Request) -> Response` is the entire behaviour. The node
 * server, the msw handlers and the tests all call this function.
 *
 * @example
 * const app = createApp({ seed: 7 });
 * const res = await app.request('/oauth2/token', { method: 'POST', body: form });
 */
export function createApp(options: CreateAppOptions = {}): EpayApp {
  const sandbox =
    options.sandbox ??
    createSandbox({
      store: options.store ?? createMemoryStore(createInitialState(options.seed ?? DEFAULT_SEED)),
      clock: options.clock ?? createClock(),
      ids: options.ids ?? createIdSource(),
      fixtures: options.fixtures ?? defaultFixtures,
      ...(options.config ? { config: options.config } : {}),
      ...(options.callbackSender ? { callbackSender: options.callbackSender } : {}),
      ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    });

  const app = new Hono<AppEnv>();
  app.onError(errorResponse);
  app.notFound((c) =>
    errorResponse(catalogueError('notFound', `no route for ${c.req.method} ${c.req.path}`), c),
  );
  app.use('*', async (c, next) => {
    c.set('sandbox', sandbox);
    await next();
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: (c) => errorResponse(catalogueError('payloadTooLarge'), c),
    }),
  );

  if (options.recordings && options.recordings.length > 0) app.use('*', replayRecordings(options.recordings));

  registerOAuthRoutes(app);
  registerControlRoutes(app);
  registerOpenApiRoute(app);
  registerTransferRoutes(app);
  registerStatusRoutes(app);
  registerOperationRoutes(app);
  registerCallbackRoutes(app);
  registerSandboxPaymentRoutes(app);

  return Object.assign(app, { sandbox });
}
