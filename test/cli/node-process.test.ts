import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/process.js';

const PASSWORD_GRANT = {
  grant_type: 'password',
  username: 'halykfinanceUSD@halykbank.nb',
  password: 'XVp36qar',
  scope: 'api',
  client_id: 'halykfinanceUSD',
  client_secret: 'U01gQZVL##lJ$NhJ',
};

async function token(
  url: string,
  fields: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/epay2/oauth2/token`, { method: 'POST', body: new URLSearchParams(fields) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const refreshWith = (refresh: unknown) => ({
  grant_type: 'refresh_token',
  refresh_token: String(refresh),
  client_id: 'halykfinanceUSD',
  client_secret: 'U01gQZVL##lJ$NhJ',
});

describe('the sandbox as a node process', () => {
  it('listens on 127.0.0.1 by default and prints one line with the URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-'));
    const sandbox = await startCli(['--port', '0', '--data', join(dir, 'data.json')]);
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sandbox.output().trim().split('\n')).toHaveLength(1);
      expect((await fetch(`${sandbox.url}/_sandbox/health`)).status).toBe(200);
    } finally {
      expect(await sandbox.stop()).toBe(0);
    }
  });

  it('keeps what was created across a restart, in the data file it creates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-'));
    const data = join(dir, 'nested', 'data.json');
    const first = await startCli(['--port', '0', '--data', data]);
    const issued = await token(first.url, PASSWORD_GRANT);
    expect(issued.status).toBe(200);
    expect(await first.stop('SIGINT')).toBe(0);
    expect(JSON.parse(readFileSync(data, 'utf8')).seed).toBe(42);

    const second = await startCli(['--port', '0'], { EPAY_SANDBOX_DATA: data });
    try {
      const renewed = await token(second.url, refreshWith(issued.body.refresh_token));
      expect(renewed.status).toBe(200);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('keeps nothing with --in-memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-'));
    const first = await startCli(['--port', '0', '--in-memory'], {
      EPAY_SANDBOX_DATA: join(dir, 'data.json'),
    });
    const issued = await token(first.url, PASSWORD_GRANT);
    await first.stop();
    const second = await startCli(['--port', '0', '--in-memory']);
    try {
      const renewed = await token(second.url, refreshWith(issued.body.refresh_token));
      expect(renewed.status).toBe(400);
      expect(existsSync(join(dir, 'data.json'))).toBe(false);
    } finally {
      await second.stop();
    }
  });

  it('exits 2 with a hint on an unknown flag', async () => {
    const result = await runCli(['--prot', '80']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--prot'/);
    expect(result.stderr).toMatch(/--help/);
  });

  it('exits 1 explaining a seed that does not match the data file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-'));
    const data = join(dir, 'data.json');
    const first = await startCli(['--port', '0', '--data', data, '--seed', '1']);
    await first.stop();
    const result = await runCli(['--port', '0', '--data', data, '--seed', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/created with seed 1, not 2/);
  });

  it('exits 1 explaining a data file that is not a sandbox file, and leaves it untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epay-'));
    const data = join(dir, 'data.json');
    writeFileSync(data, '{"hello": "world"}');
    const result = await runCli(['--port', '0', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not an epay-sandbox data file/);
    expect(readFileSync(data, 'utf8')).toBe('{"hello": "world"}');
  });

  it('prints usage with --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: epay-sandbox/);
  });
});
