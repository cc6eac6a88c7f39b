import { describe, expect, it } from 'vitest';
import {
  type CallbackConfig,
  type CallbackInput,
  type CallbackRequest,
  type CallbackSender,
  createCallbackEngine,
  createClock,
  createClockScheduler,
  createIdSource,
  createInitialState,
  DEFAULT_CALLBACK_CONFIG,
  type StateStore,
  seededRandomBytes,
} from '../../server/core/index.js';
import { createMemoryStore } from '../../server/storage/index.js';

const until = async (check: () => boolean, timeoutMs = 3000): Promise<void> => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

function setup(options: { statuses?: number[]; config?: Partial<CallbackConfig>; store?: StateStore } = {}) {
  const clock = createClock({ start: new Date('2026-11-27T10:00:00Z'), frozen: true });
  const store = options.store ?? createMemoryStore(createInitialState(42));
  const sent: CallbackRequest[] = [];
  const statuses = [...(options.statuses ?? [])];
  const sender: CallbackSender = async (request) => {
    sent.push(request);
    const status = statuses.shift() ?? 200;
    if (status === 0) throw new Error('connect ECONNREFUSED 127.0.0.1:9');
    return { status };
  };
  const scheduler = createClockScheduler(clock);
  const engine = createCallbackEngine({
    store,
    clock,
    ids: createIdSource(seededRandomBytes(3)),
    sender,
    scheduler,
    config: { ...DEFAULT_CALLBACK_CONFIG, retryDelaysMs: [20, 40], ...options.config },
  });
  return { clock, store, sent, engine, scheduler };
}

const input = (extra: Partial<CallbackInput> = {}): CallbackInput => ({
  url: 'http://127.0.0.1:9/epay',
  kind: 'postLink',
  event: 'transfer',
  recordType: 'transfer',
  recordId: 'r1',
  clientId: 'test',
  invoiceId: '000001',
  payload: { id: 'r1', code: 'ok' },
  ...extra,
});

describe('callback engine', () => {
  it('sends the payload as JSON right away, off the caller path, and marks it delivered', async () => {
    const { engine, sent } = setup();
    const delivery = engine.enqueue(input());
    expect(sent).toHaveLength(0);
    await until(() => delivery?.status === 'delivered');
    expect(sent[0]?.body).toBe('{"id":"r1","code":"ok"}');
    expect(sent[0]?.headers['content-type']).toBe('application/json');
    expect(delivery?.attempts).toEqual([
      {
        at: '2026-11-27T10:00:00.000Z',
        status: 200,
        latencyMs: expect.any(Number),
        error: null,
        replay: false,
      },
    ]);
  });

  it('retries on the configured schedule and gives up after the last delay', async () => {
    const { engine, sent } = setup({ statuses: [500, 0, 503] });
    const delivery = engine.enqueue(input());
    await until(() => delivery?.status === 'failed');
    expect(sent).toHaveLength(3);
    expect(delivery?.attempts.map((a) => [a.status, a.error])).toEqual([
      [500, 'HTTP 500'],
      [null, 'connect ECONNREFUSED 127.0.0.1:9'],
      [503, 'HTTP 503'],
    ]);
    expect(delivery?.nextAttemptAt).toBeNull();
  });

  it('schedules a retry at the sandbox time of the delay, and runs it when the clock is advanced there', async () => {
    const { engine, sent, clock } = setup({ statuses: [500], config: { retryDelaysMs: [3_600_000] } });
    const delivery = engine.enqueue(input());
    await until(() => sent.length === 1 && delivery?.nextAttemptAt !== null);
    expect(delivery?.nextAttemptAt).toBe('2026-11-27T11:00:00.000Z');
    clock.advance(3_599_000);
    engine.runDue();
    expect(sent).toHaveLength(1);
    clock.advance(1_000);
    engine.runDue();
    await until(() => delivery?.status === 'delivered');
    expect(sent).toHaveLength(2);
  });

  it('keeps the log bounded, dropping the oldest finished deliveries first', async () => {
    const { engine } = setup({ config: { logLimit: 3 } });
    for (let i = 0; i < 5; i++) {
      const d = engine.enqueue(input({ invoiceId: `00000${i}` }));
      await until(() => d?.status === 'delivered');
    }
    expect(engine.list().map((d) => d.invoiceId)).toEqual(['000004', '000003', '000002']);
  });

  it('resumes pending deliveries from the state after a restart', async () => {
    const first = setup({ statuses: [500], config: { retryDelaysMs: [3_600_000] } });
    const delivery = first.engine.enqueue(input());
    await until(() => delivery?.nextAttemptAt !== null && first.sent.length === 1);
    first.engine.stop();
    // A delivery committed just before a crash, never attempted:
    first.engine.enqueue(input({ invoiceId: '000002' }));
    first.engine.stop();

    const second = setup({ store: first.store });
    second.clock.set(first.clock.now());
    second.engine.resume();
    await until(() => second.sent.length === 1);
    expect(second.sent[0]?.delivery.invoiceId).toBe('000002');
    second.clock.advance(3_600_000);
    second.engine.runDue();
    await until(() => second.sent.length === 2);
    expect(second.engine.list().map((d) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it("never calls the bank's own hosts (the documents' example postLink) and logs them as skipped", () => {
    const { engine, sent } = setup();
    const delivery = engine.enqueue(input({ url: 'https://epay.homebank.kz/payform' }));
    expect(delivery?.status).toBe('skipped');
    expect(delivery?.attempts[0]?.error).toMatch(/bank's own host/);
    expect(sent).toHaveLength(0);
  });

  it('logs an unusable URL as failed without sending, and no URL as no delivery', () => {
    const { engine } = setup();
    expect(engine.enqueue(input({ url: 'https//mail.ru' }))?.status).toBe('failed');
    expect(engine.enqueue(input({ url: 'ftp://x.kz/a' }))?.attempts[0]?.error).toMatch(/only http and https/);
    expect(engine.enqueue(input({ url: '' }))).toBeUndefined();
  });

  it('replays a delivery once more on demand and records the attempt as a replay', async () => {
    const { engine, sent } = setup();
    const delivery = engine.enqueue(input());
    await until(() => delivery?.status === 'delivered');
    const replayed = await engine.replay(delivery?.id ?? '');
    expect(sent).toHaveLength(2);
    expect(replayed?.attempts.map((a) => a.replay)).toEqual([false, true]);
  });

  it('delivers a failed delivery when a replay succeeds', async () => {
    const { engine } = setup({ statuses: [500, 500, 500] });
    const delivery = engine.enqueue(input());
    await until(() => delivery?.status === 'failed');
    expect((await engine.replay(delivery?.id ?? ''))?.status).toBe('delivered');
  });

  it('runs due attempts and waits for them with settled()', async () => {
    const { engine, sent } = setup();
    engine.enqueue(input());
    await engine.settled();
    expect(sent).toHaveLength(1);
  });
});
