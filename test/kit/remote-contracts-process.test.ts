import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CREDENTIALS } from '../../client/index.js';
import type { ContractReport } from '../../kit/index.js';
import { runCli, type SandboxProcess, startCli } from '../support/process.js';

/**
 * End to end: the built CLI runs the suite in remote mode against a second emulator process that stands in
 * for the bank, configured with the other paging reading, the other expires_in reading and the other
 * order-id uniqueness rule.
 */
describe('epay-sandbox contracts --target remote against a second emulator process', () => {
  let bank: SandboxProcess;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'epay-kit-'));
    bank = await startCli([
      '--port',
      '0',
      '--in-memory',
      '--expires-in',
      'number',
      '--order-id-uniqueness',
      'last6',
      '--search-paging',
      'page',
    ]);
  });

  afterAll(async () => {
    await bank?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('passes every contract (money ones with --allow-writes), shows the paging, expires_in and order-id drift in the table and the report, and records masked answers', async () => {
    const reportFile = join(dir, 'report.json');
    const recordings = join(dir, 'recordings');
    const result = await runCli(
      [
        'contracts',
        '--target',
        'remote',
        '--oauth-url',
        bank.url,
        '--api-url',
        `${bank.url}/api`,
        '--report',
        reportFile,
        '--record',
        recordings,
        '--allow-writes',
      ],
      { EPAY_CLIENT_SECRET: TEST_CREDENTIALS.test.clientSecret },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/token\.expires-in-type\s+DRIFT/);
    expect(result.stdout).toContain(
      'target:   password transfer: number; password api: number; client_credentials: number',
    );
    expect(result.stdout).toContain(
      'sandbox:  password transfer: number; password api: string; client_credentials: number  (auth.expiresIn=document)',
    );
    expect(result.stdout).toMatch(/transfer\.order-id-uniqueness\s+DRIFT/);
    expect(result.stdout).toContain(
      'target:   first: HTTP 200 CHARGE; same id again: HTTP 400 code 9203; same last 6 digits: HTTP 400 code 9203',
    );
    expect(result.stdout).toContain(
      'sandbox:  first: HTTP 200 CHARGE; same id again: HTTP 400 code 9203; same last 6 digits: HTTP 200 CHARGE  (transfers.orderIdUniqueness=exact)',
    );
    for (const probe of ['search.paging-reading', 'p2p-search.paging-reading']) {
      expect(result.stdout).toMatch(new RegExp(`${probe.replace('.', '\\.')}\\s+DRIFT`));
    }
    expect(result.stdout).toContain('target:   page 1 (size 2) starts at record 3: a 0-based page index');
    expect(result.stdout).toContain(
      'sandbox:  page 1 (size 2) starts at record 2: a count of records to skip  (search.paging=skip)',
    );
    expect(result.stdout).toMatch(/operation\.refund\.partial\s+pass/);
    expect(result.stdout).toMatch(/\d+ passed, 0 failed, 0 skipped; \d+ probes \(\d+ skipped\), 4 drift/);

    const report = JSON.parse(await readFile(reportFile, 'utf8')) as ContractReport;
    expect(report.target).toEqual({
      kind: 'remote',
      oauthUrl: bank.url,
      apiUrl: `${bank.url}/api`,
      validation: 'open',
      emulator: true,
    });
    expect(report.summary).toMatchObject({ failed: 0, skipped: 0, drift: 4 });
    expect(report.probes.filter((p) => p.drift).map((p) => p.name)).toEqual([
      'token.expires-in-type',
      'search.paging-reading',
      'p2p-search.paging-reading',
      'transfer.order-id-uniqueness',
    ]);
    const money = report.contracts.filter((c) => /^(transfer|status|operation)\./.test(c.name));
    expect(money.length).toBeGreaterThan(25);
    expect(money.every((c) => c.result === 'pass')).toBe(true);

    const files = await readdir(recordings);
    expect(files.length).toBeGreaterThan(20);
    const all = (await Promise.all(files.map((f) => readFile(join(recordings, f), 'utf8')))).join('\n');
    for (const secret of [
      TEST_CREDENTIALS.test.clientSecret,
      TEST_CREDENTIALS.test.password,
      TEST_CREDENTIALS.test.username,
    ]) {
      expect(all).not.toContain(secret);
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
    // Transfers send 004's test cards: no full card number or CVC is recorded or printed.
    for (const pan of ['4405639704015096', '5522042705066736', '377514500004820']) {
      expect(all).not.toContain(pan);
      expect(result.stdout).not.toContain(pan);
    }
    expect(all).not.toMatch(/"cvc": "(?!\*\*\*)/);
    expect(files.some((f) => f.includes('transfer.example.success-transfer-200'))).toBe(true);
    expect(all).not.toMatch(/"access_token": "(?!MASKED_TOKEN)/);
  });

  it('exits 1 with --fail-on-drift', async () => {
    const result = await runCli([
      'contracts',
      '--target',
      'remote',
      '--oauth-url',
      bank.url,
      '--api-url',
      bank.url,
      '--only',
      'token.expires-in',
      '--fail-on-drift',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('DRIFT');
  });

  it('exits 1 when a contract fails (the remote refuses the credentials)', async () => {
    const result = await runCli(
      [
        'contracts',
        '--target',
        'remote',
        '--oauth-url',
        bank.url,
        '--api-url',
        bank.url,
        '--only',
        'token.password.transfer',
      ],
      {
        EPAY_CLIENT_SECRET: 'not-the-secret',
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/token\.password\.transfer\s+FAIL\s+.*answered 401/);
    expect(result.stdout).not.toContain('not-the-secret');
  });
});

describe('epay-sandbox contracts against the in-process sandbox', () => {
  it('passes and exits 0 (what npm run contracts runs)', async () => {
    const result = await runCli(['contracts']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('epay-sandbox contracts against in-process sandbox, strict validation');
    expect(result.stdout).toMatch(/0 failed/);
  });

  it('exits 2 with a hint on a bad flag', async () => {
    const result = await runCli(['contracts', '--target', 'bank']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--target must be sandbox or remote');
  });
});
