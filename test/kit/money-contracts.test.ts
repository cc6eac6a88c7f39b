import { describe, expect, it } from 'vitest';
import { EPAY_HOSTS, sandboxHosts, TEST_CREDENTIALS } from '../../client/index.js';
import {
  detectEmulator,
  LIFECYCLE_CONTRACTS,
  type RunContractsOptions,
  runContracts,
  STATUS_CONTRACTS,
  TRANSFER_CONTRACTS,
  TRANSFER_PROBES,
} from '../../kit/index.js';
import { DEFAULT_CARD_CONFIG, DEFAULT_TRANSFER_CONFIG, type SandboxConfig } from '../../server/core/index.js';
import { appFetch, createTestApp } from '../support/http.js';

const MONEY = ['transfer.', 'status.', 'operation.', 'p2p-status.'];

/**
 * A remote "bank" that is an in-process emulator with its own settings. `rewrite` changes JSON answers of
 * the API; `control: false` hides the emulator's control routes, as on the bank's hosts.
 */
function fakeBank(
  options: {
    config?: Partial<SandboxConfig>;
    rewrite?: (url: string, body: unknown) => unknown;
    control?: boolean;
  } = {},
): Pick<RunContractsOptions, 'target' | 'hosts' | 'fetch'> {
  const app = createTestApp(options.config ? { config: options.config } : {});
  const inner = appFetch(app);
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (options.control === false && url.includes('/_sandbox/')) return new Response('', { status: 404 });
    const response = await inner(input, init);
    const { rewrite } = options;
    if (!rewrite || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    return Response.json(rewrite(url, await response.json()), { status: response.status });
  };
  return { target: 'remote', hosts: sandboxHosts('http://bank.test'), fetch };
}

const failures = (report: Awaited<ReturnType<typeof runContracts>>) =>
  report.contracts.filter((c) => c.result === 'fail').map((c) => `${c.name}: ${c.reason}`);

describe('the money contracts against the in-process sandbox', () => {
  it('run every transfer, status and lifecycle contract, validated strictly, and every money probe sees no drift', async () => {
    const report = await runContracts({ only: MONEY });
    expect(failures(report)).toEqual([]);
    expect(report.contracts.map((c) => c.result)).not.toContain('skip');
    expect(report.contracts).toHaveLength(
      TRANSFER_CONTRACTS.length + STATUS_CONTRACTS.length + LIFECYCLE_CONTRACTS.length,
    );
    expect(report.target).toMatchObject({ validation: 'strict', emulator: true });
    expect(report.probes.map((p) => [p.name, p.result, p.drift])).toEqual(
      report.probes.map((p) => [p.name, 'observed', false]),
    );
    const uniqueness = report.probes.find((p) => p.name === 'transfer.order-id-uniqueness');
    expect(uniqueness).toMatchObject({
      target:
        'first: HTTP 200 CHARGE; same id again: HTTP 400 code 9203; same last 6 digits: HTTP 200 CHARGE',
      sandbox: { setting: 'transfers.orderIdUniqueness=exact' },
    });
  });

  it('skips contracts and probes that need a terminal when the credentials have none', async () => {
    const { terminal: _terminal, ...noTerminal } = TEST_CREDENTIALS.test;
    const report = await runContracts({
      credentials: noTerminal,
      only: ['transfer.decline.wrong-cvc', 'status.not-found', 'transfer.fee'],
    });
    const results = [...report.contracts, ...report.probes].map((r) => [r.name, r.result, r.reason]);
    expect(results).toEqual([
      ['transfer.decline.wrong-cvc', 'skip', 'the credentials have no terminal (--terminal)'],
      ['status.not-found', 'skip', 'the credentials have no terminal (--terminal)'],
      ['transfer.fee', 'skip', 'the credentials have no terminal (--terminal)'],
    ]);
  });

  it("uses 004's printed order id on the sandbox and says the example's trailing comma is accepted", async () => {
    const report = await runContracts({ only: ['transfer.example', 'transfer.trailing-comma'] });
    expect(report.contracts[0]).toMatchObject({ name: 'transfer.example.success', result: 'pass' });
    expect(report.contracts[0]?.notes.join(' ')).not.toContain('replaced by a fresh one');
    expect(report.probes[0]).toMatchObject({ target: 'HTTP 200 CHARGE' });
  });
});

describe('the money contracts against a remote host', () => {
  it('skip what creates data without --allow-writes, and run the read-only ones', async () => {
    const report = await runContracts({ ...fakeBank(), only: MONEY });
    const byResult = (result: string) =>
      report.contracts.filter((c) => c.result === result).map((c) => c.name);
    expect(byResult('fail')).toEqual([]);
    expect(byResult('pass')).toEqual([
      'status.not-found',
      'status.no-terminal',
      'status.foreign-terminal',
      'status.reserved.101',
      'status.reserved.102',
      'status.reserved.103',
      'status.reserved.106',
      'status.reserved.107',
      'operation.unknown-id',
    ]);
    expect(report.contracts.find((c) => c.name === 'transfer.example.success')?.reason).toContain(
      '--allow-writes',
    );
    expect(report.probes.filter((p) => p.result !== 'skip').map((p) => p.name)).toEqual([
      'operation.unknown-id',
    ]);
  });

  it('shows drift on the uniqueness probe, naming the setting, when the host treats the last 6 digits as the id', async () => {
    const transfers = { ...DEFAULT_TRANSFER_CONFIG, orderIdUniqueness: 'last6' as const };
    const report = await runContracts({
      ...fakeBank({ config: { transfers } }),
      only: MONEY,
      allowWrites: true,
    });
    expect(failures(report)).toEqual([]);
    expect(report.target.emulator).toBe(true);
    expect(report.probes.filter((p) => p.drift).map((p) => p.name)).toEqual(['transfer.order-id-uniqueness']);
    expect(report.probes.find((p) => p.drift)).toMatchObject({
      target:
        'first: HTTP 200 CHARGE; same id again: HTTP 400 code 9203; same last 6 digits: HTTP 400 code 9203',
      sandbox: {
        observed:
          'first: HTTP 200 CHARGE; same id again: HTTP 400 code 9203; same last 6 digits: HTTP 200 CHARGE',
        setting: 'transfers.orderIdUniqueness=exact',
      },
    });
    const example = report.contracts.find((c) => c.name === 'transfer.example.success');
    expect(example?.notes.join(' ')).toContain('replaced by a fresh one');
  });

  it('fails the transfer contracts and shows the expiry drift when the host declines expired test cards', async () => {
    const cards = { ...DEFAULT_CARD_CONFIG, expiryPolicy: 'clock' as const };
    const report = await runContracts({
      ...fakeBank({ config: { cards } }),
      only: ['transfer.example', 'transfer.printed-expiry'],
      allowWrites: true,
    });
    expect(report.ok).toBe(false);
    expect(report.contracts[0]?.reason).toMatch(/transfer answered 400, expected 200: .*"code":478/);
    expect(report.probes[0]).toMatchObject({
      drift: true,
      target: '01/25: HTTP 400 code 478',
      sandbox: { observed: '01/25: HTTP 200 CHARGE', setting: 'cards.expiryPolicy=printed' },
    });
  });

  it('allows and reports an unknown field of the P2P status body openly, but fails it strictly', async () => {
    const addField = (url: string, body: unknown) => {
      const answer = body as { transaction?: Record<string, unknown> | null };
      return url.includes('/check-status/p2p/') && answer.transaction
        ? { ...answer, transaction: { ...answer.transaction, payoutAmount: 0 } }
        : body;
    };
    const only = ['status.p2p.success', 'p2p-status.body'];
    const open = await runContracts({ ...fakeBank({ rewrite: addField }), only, allowWrites: true });
    expect(open.contracts[0]?.reason).toBeUndefined();
    expect(open.contracts[0]).toMatchObject({
      result: 'pass',
      extraFields: ['p2pStatus 200: transaction.payoutAmount'],
    });
    expect(open.probes[0]?.drift).toBe(true);
    expect(open.probes[0]?.target).toContain('payoutAmount: number');
    const strict = await runContracts({
      ...fakeBank({ rewrite: addField }),
      only,
      allowWrites: true,
      validation: 'strict',
    });
    expect(strict.contracts[0]?.reason).toContain("field 'transaction.payoutAmount' is not allowed");
  });

  it('skips what needs an emulator-made payment or reserved ids on a host without control routes', async () => {
    const report = await runContracts({
      ...fakeBank({ control: false }),
      contracts: [...STATUS_CONTRACTS, ...LIFECYCLE_CONTRACTS],
      probes: [],
      allowWrites: true,
    });
    expect(report.target.emulator).toBe(false);
    const reason = (name: string) => report.contracts.find((c) => c.name === name)?.reason;
    expect(reason('operation.charge.full')).toContain('only an epay-sandbox target can create one');
    expect(reason('status.payment.success')).toContain('only an epay-sandbox target can create one');
    expect(reason('status.reserved.103')).toContain('the bank has none');
    expect(failures(report)).toEqual([]);
    expect(report.contracts.filter((c) => c.result === 'pass').map((c) => c.name)).toEqual([
      'status.p2p.success',
      'status.p2p.rejected',
      'status.not-found',
      'status.no-terminal',
      'status.foreign-terminal',
      'operation.unknown-id',
    ]);
  });

  it('runs the transfer probes only with --allow-writes', async () => {
    const report = await runContracts({ ...fakeBank(), contracts: [], probes: TRANSFER_PROBES });
    expect(report.probes.every((p) => p.result === 'skip' && p.reason?.includes('--allow-writes'))).toBe(
      true,
    );
  });
});

describe('detectEmulator', () => {
  it("never asks the bank's hosts for control routes", async () => {
    const asked: string[] = [];
    const spy: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response('{"name":"epay-sandbox"}');
    };
    for (const hosts of [EPAY_HOSTS.homebankTest, EPAY_HOSTS.epaymentTest, EPAY_HOSTS.production]) {
      expect(await detectEmulator(hosts.apiUrl, spy, 1000, 'open')).toBeUndefined();
    }
    expect(asked).toEqual([]);
  });

  it('finds the control routes at the origin of an /api base', async () => {
    const app = createTestApp();
    const control = await detectEmulator('http://bank.test/api', appFetch(app), 1000, 'open');
    expect(control?.url).toBe('http://bank.test');
    const payment = await control?.createPayment({ status: 'AUTH', amount: 70 });
    expect(payment).toMatchObject({ statusName: 'AUTH', amount: 70 });
  });
});
