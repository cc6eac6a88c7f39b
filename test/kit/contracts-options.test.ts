import { describe, expect, it } from 'vitest';
import { EPAY_HOSTS, TEST_CREDENTIALS } from '../../client/index.js';
import { parseContractsArgs } from '../../kit/cli/index.js';
import { CliError, parseServeArgs } from '../../server/cli-options.js';
import {
  DEFAULT_AUTH_CONFIG,
  DEFAULT_CARD_CONFIG,
  DEFAULT_TRANSFER_CONFIG,
} from '../../server/core/index.js';

const run = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseContractsArgs(argv, env);
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
  return command;
};

describe('parseContractsArgs', () => {
  it('targets the in-process sandbox with the documented test merchant by default', () => {
    const { options, reportFile } = run([]);
    expect(options.target).toBe('sandbox');
    expect(options.hosts).toBeUndefined();
    expect(options.credentials).toEqual(TEST_CREDENTIALS.test);
    expect(reportFile).toBeUndefined();
  });

  it("targets the documents' test hosts for a remote run without hosts", () => {
    expect(run(['--target', 'remote']).options.hosts).toEqual(EPAY_HOSTS.homebankTest);
    expect(run(['--target', 'remote', '--hosts', 'epayment-test']).options.hosts).toEqual(
      EPAY_HOSTS.epaymentTest,
    );
  });

  it('reads hosts and credentials from the environment, flags winning', () => {
    const env = {
      EPAY_OAUTH_URL: 'http://127.0.0.1:9001/',
      EPAY_API_URL: 'http://127.0.0.1:9002',
      EPAY_CLIENT_ID: 'shop',
      EPAY_CLIENT_SECRET: 'env-secret',
      EPAY_USERNAME: 'user@shop.kz',
    };
    const { options } = run(
      ['--target', 'remote', '--api-url', 'http://127.0.0.1:9003', '--password', 'pw'],
      env,
    );
    expect(options.hosts).toEqual({ oauthUrl: 'http://127.0.0.1:9001', apiUrl: 'http://127.0.0.1:9003' });
    expect(options.credentials).toEqual({
      clientId: 'shop',
      clientSecret: 'env-secret',
      username: 'user@shop.kz',
      password: 'pw',
    });
  });

  it('ignores host variables of the environment for the sandbox target', () => {
    expect(run([], { EPAY_OAUTH_URL: 'http://x.test' }).options.hosts).toBeUndefined();
  });

  it('maps the run flags', () => {
    const { options, reportFile } = run([
      '--only',
      'token.error,token.example',
      '--only',
      'token.refresh',
      '--allow-writes',
      '--fail-on-drift',
      '--validation',
      'strict',
      '--timeout',
      '5000',
      '--expires-in',
      'number',
      '--seed',
      '7',
      '--report',
      'out/report.json',
      '--record',
      'recordings',
    ]);
    expect(options).toMatchObject({
      only: ['token.error', 'token.example', 'token.refresh'],
      allowWrites: true,
      failOnDrift: true,
      validation: 'strict',
      timeoutMs: 5000,
      record: 'recordings',
      sandbox: { seed: 7, config: { auth: { expiresIn: 'number', passwordTtlSec: 900 } } },
    });
    expect(reportFile).toBe('out/report.json');
  });

  it.each([
    [['--target', 'bank'], /--target must be sandbox or remote/],
    [['--hosts', 'epayment-test'], /need --target remote/],
    [['--target', 'remote', '--hosts', 'staging'], /--hosts must be one of/],
    [['--target', 'remote', '--oauth-url', 'ftp://x'], /--oauth-url must be an http\(s\) URL/],
    [['--client-id', 'shop'], /--client-secret .* is needed/],
    [['--expires-in', 'text'], /--expires-in must be one of document, number, string/],
    [['--validation', 'loose'], /--validation must be strict or open/],
    [['--timeout', '0'], /--timeout must be between/],
    [['--nope'], /Unknown option '--nope'/],
    [['extra'], /unexpected argument 'extra'/],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseContractsArgs(argv, {})).toThrow(CliError);
    expect(() => parseContractsArgs(argv, {})).toThrow(message);
  });

  it('answers help and list', () => {
    expect(parseContractsArgs(['--help'], {}).kind).toBe('help');
    expect(parseContractsArgs(['--list'], {}).kind).toBe('list');
  });
});

describe('parseServeArgs --expires-in', () => {
  it('sets the expires_in style of the served sandbox', () => {
    const command = parseServeArgs(['--expires-in', 'string', '--in-memory'], {});
    expect(command).toMatchObject({
      kind: 'serve',
      options: { config: { auth: { expiresIn: 'string', clientCredentialsTtlSec: 7200 } } },
    });
  });

  it('refuses an unknown style', () => {
    expect(() => parseServeArgs(['--expires-in', 'float'], {})).toThrow(/--expires-in must be one of/);
  });
});

describe('the money fidelity flags', () => {
  it('set the card and transfer settings of the served sandbox, each section complete', () => {
    const command = parseServeArgs(
      ['--expiry-policy', 'clock', '--order-id-uniqueness', 'LAST6', '--transfer-fee', '95'],
      {},
    );
    expect(command).toEqual({
      kind: 'serve',
      options: {
        config: {
          cards: { ...DEFAULT_CARD_CONFIG, expiryPolicy: 'clock' },
          transfers: { ...DEFAULT_TRANSFER_CONFIG, orderIdUniqueness: 'last6', fee: 95 },
        },
      },
    });
  });

  it('set the reference emulator of a contracts run, next to --expires-in', () => {
    const command = parseContractsArgs(['--order-id-uniqueness', 'last6', '--expires-in', 'number'], {});
    expect(command.kind === 'run' && command.options.sandbox?.config).toEqual({
      auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: 'number' },
      transfers: { ...DEFAULT_TRANSFER_CONFIG, orderIdUniqueness: 'last6' },
    });
  });

  it.each([
    [['--expiry-policy', 'never'], /--expiry-policy must be one of printed, clock, got 'never'/],
    [['--order-id-uniqueness', 'last4'], /--order-id-uniqueness must be one of exact, last6/],
    [['--transfer-fee=-1'], /--transfer-fee must be an amount/],
    [['--transfer-fee', '1.234'], /--transfer-fee must be an amount/],
  ])('refuse %j with a usage error, for serve and for contracts', (argv, message) => {
    expect(() => parseServeArgs(argv, {})).toThrow(message);
    expect(() => parseContractsArgs(argv, {})).toThrow(CliError);
  });
});
