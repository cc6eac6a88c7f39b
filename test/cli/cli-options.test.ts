import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError, parseServeArgs, USAGE } from '../../server/cli-options.js';
import { VERSION } from '../../server/version.js';

describe('epay-sandbox command-line options', () => {
  it('defaults to nothing set, so the server defaults apply', () => {
    expect(parseServeArgs([], {})).toEqual({ kind: 'serve', options: {} });
  });

  it('reads flags, and flags win over the environment', () => {
    const env = { PORT: '1', HOST: '0.0.0.0', EPAY_SANDBOX_SEED: '3', EPAY_SANDBOX_DATA: 'env.json' };
    expect(
      parseServeArgs(['serve', '--port', '8081', '-H', '::1', '--seed', '7', '--data', 'x.json'], env),
    ).toEqual({
      kind: 'serve',
      options: { port: 8081, host: '::1', seed: 7, dataFile: 'x.json' },
    });
    expect(parseServeArgs([], env)).toEqual({
      kind: 'serve',
      options: { port: 1, host: '0.0.0.0', seed: 3, dataFile: 'env.json' },
    });
  });

  it('keeps nothing on disk with --in-memory', () => {
    expect(parseServeArgs(['--in-memory'], { EPAY_SANDBOX_DATA: 'x.json' })).toEqual({
      kind: 'serve',
      options: { inMemory: true },
    });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port must be a whole number, got 'abc'/],
    [['--port', '70000'], /--port must be between 0 and 65535/],
    [['--port', '-1'], /--port/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--data', 'a.json', '--in-memory'], /cannot be used together/],
    [['--host', ''], /--host must not be empty/],
    [['start'], /unexpected argument 'start'/],
    [['--port'], /argument missing|--port/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseServeArgs(argv, {})).toThrow(CliError);
    expect(() => parseServeArgs(argv, {})).toThrow(message);
  });

  it('reads callback retry delays in seconds from --callback-retries or the environment', () => {
    expect(parseServeArgs(['--callback-retries', '0.5,2,30'], {})).toEqual({
      kind: 'serve',
      options: { callbackRetryDelaysMs: [500, 2000, 30000] },
    });
    expect(parseServeArgs([], { EPAY_SANDBOX_CALLBACK_RETRIES: 'none' })).toEqual({
      kind: 'serve',
      options: { callbackRetryDelaysMs: [] },
    });
  });

  it.each(['1,,2', 'soon', '-1', '999999'])('refuses --callback-retries %s', (text) => {
    expect(() => parseServeArgs([`--callback-retries=${text}`], {})).toThrow(/--callback-retries must be/);
  });

  it('refuses a bad PORT from the environment', () => {
    expect(() => parseServeArgs([], { PORT: 'eighty' })).toThrow(/--port must be a whole number/);
  });

  it('documents every flag in --help', () => {
    expect(parseServeArgs(['--help'], {})).toEqual({ kind: 'help' });
    for (const flag of [
      '--port',
      '--host',
      '--data',
      '--in-memory',
      '--seed',
      '--callback-retries',
      '--help',
      '--version',
    ]) {
      expect(USAGE).toContain(flag);
    }
  });

  it('keeps VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('command-line options of the sandbox controls', () => {
  it('reads --tls, --admin-token and --journal-size', () => {
    expect(parseServeArgs(['--tls', '--admin-token', 's3cret-token', '--journal-size', '50'], {})).toEqual({
      kind: 'serve',
      options: { tls: true, adminToken: 's3cret-token', journalSize: 50 },
    });
  });

  it('serves a given certificate with --tls-cert and --tls-key', () => {
    expect(parseServeArgs(['--tls-cert', 'c.pem', '--tls-key', 'k.pem'], {})).toEqual({
      kind: 'serve',
      options: { tls: { certFile: 'c.pem', keyFile: 'k.pem' } },
    });
  });

  it('reads the admin token from EPAY_SANDBOX_ADMIN_TOKEN', () => {
    expect(parseServeArgs([], { EPAY_SANDBOX_ADMIN_TOKEN: 'from-the-env' })).toEqual({
      kind: 'serve',
      options: { adminToken: 'from-the-env' },
    });
  });

  it.each([
    [['--tls-cert', 'c.pem'], /--tls-cert and --tls-key go together/],
    [['--admin-token', 'short'], /at least 8 characters/],
    [['--journal-size', 'many'], /--journal-size must be a whole number/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServeArgs(argv, {})).toThrow(message);
  });

  it('documents the control flags in --help', () => {
    for (const flag of ['--tls', '--tls-cert', '--tls-key', '--admin-token', '--journal-size']) {
      expect(USAGE).toContain(flag);
    }
  });
});
