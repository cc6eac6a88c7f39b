import { parseArgs } from 'node:util';
import { EPAY_HOSTS, type EpayCredentials, type EpayHosts, TEST_CREDENTIALS } from '../../client/index.js';
import {
  CliError,
  FIDELITY_FLAG_OPTIONS,
  fidelityConfig,
  integerFlag,
  nonEmptyFlag,
} from '../../server/cli-options.js';
import type { RunContractsOptions } from '../run-contracts.js';

/** What `epay-sandbox contracts` was asked to do. */
export type ContractsCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | { readonly kind: 'run'; readonly options: RunContractsOptions; readonly reportFile?: string };

const PRESETS: Readonly<Record<string, EpayHosts>> = {
  'homebank-test': EPAY_HOSTS.homebankTest,
  'epayment-test': EPAY_HOSTS.epaymentTest,
  production: EPAY_HOSTS.production,
};

/** Usage text of `epay-sandbox contracts --help`. */
export const CONTRACTS_USAGE = `Usage: epay-sandbox contracts [options]

Runs the contract suite and the fidelity probes against the in-process sandbox or a remote
host (the bank's test hosts, or another sandbox), validating every answer against the contracts.
Exit code 0 when every contract passes, 1 otherwise, 2 for a usage error.

Target:
      --target <sandbox|remote>   default sandbox (an in-process emulator)
      --hosts <preset>            remote hosts: homebank-test (default, the documents' hosts
                                  testoauth.homebank.kz/epay2 + testepay.homebank.kz/api),
                                  epayment-test (test-epay-oauth/-api.epayment.kz), production
      --oauth-url <url>           remote OAuth base, e.g. http://127.0.0.1:7070   (env EPAY_OAUTH_URL)
      --api-url <url>             remote API base                                 (env EPAY_API_URL)
Credentials (default: the documented test merchant 'test'; prefer the environment for secrets):
      --client-id <id>            (env EPAY_CLIENT_ID)
      --client-secret <secret>    (env EPAY_CLIENT_SECRET)
      --username <user>           cabinet user of password grants   (env EPAY_USERNAME)
      --password <password>       (env EPAY_PASSWORD)
      --terminal <guid>           terminal of client_credentials tokens   (env EPAY_TERMINAL)
Run:
      --only <prefix>             only contracts/probes whose name starts so (repeatable, or a,b)
      --allow-writes              run contracts that create data on a remote host (never production)
      --validation <strict|open>  default strict for the sandbox, open for a remote host
      --timeout <ms>              per request (default 30000)
      --fail-on-drift             exit 1 when a probe sees the target differ from the emulator
Emulator settings (of the sandbox target, and the reference the probes compare a remote host to):
      --expires-in <document|number|string>
      --expiry-policy <printed|clock>
      --order-id-uniqueness <exact|last6>
      --transfer-fee <n>
      --search-paging <skip|page>
      --seed <n>
Output:
      --report <file>             write the JSON report
      --record <dir>              save the target's answers, masked, as recording files
                                  (replayed by 'epay-sandbox --recordings <dir>')
      --list                      list the contracts and probes, then exit
  -h, --help                      show this help

Examples:
  epay-sandbox contracts
  epay-sandbox contracts --target remote --report contracts.json
  epay-sandbox contracts --target remote --oauth-url http://127.0.0.1:7071 --api-url http://127.0.0.1:7071
`;

/**
 * Parses the arguments of `epay-sandbox contracts` (flags win over environment variables).
 *
 * @example
 * parseContractsArgs(['--target', 'remote', '--hosts', 'epayment-test'], process.env);
 */
export function parseContractsArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ContractsCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    if (parsed.positionals.length > 0) throw new CliError(`unexpected argument '${parsed.positionals[0]}'`);
    values = parsed.values;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  if (values.help) return { kind: 'help' };
  if (values.list) return { kind: 'list' };

  const target = values.target ?? 'sandbox';
  if (target !== 'sandbox' && target !== 'remote') {
    throw new CliError(`--target must be sandbox or remote, got '${target}'`);
  }
  const remoteFlags = ['hosts', 'oauth-url', 'api-url'] as const;
  if (target === 'sandbox' && remoteFlags.some((f) => values[f] !== undefined)) {
    throw new CliError('--hosts, --oauth-url and --api-url need --target remote');
  }
  const preset = values.hosts ?? 'homebank-test';
  const presetHosts = PRESETS[preset];
  if (!presetHosts)
    throw new CliError(`--hosts must be one of ${Object.keys(PRESETS).join(', ')}, got '${preset}'`);
  const hosts: EpayHosts = {
    oauthUrl:
      url('--oauth-url', values['oauth-url'] ?? (target === 'remote' ? env.EPAY_OAUTH_URL : undefined)) ??
      presetHosts.oauthUrl,
    apiUrl:
      url('--api-url', values['api-url'] ?? (target === 'remote' ? env.EPAY_API_URL : undefined)) ??
      presetHosts.apiUrl,
  };

  const base: EpayCredentials = TEST_CREDENTIALS.test;
  const pick = (flag: string | undefined, name: string) => {
    const value = flag ?? env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const clientId = pick(values['client-id'], 'EPAY_CLIENT_ID');
  const credentials: EpayCredentials =
    clientId === undefined || clientId === base.clientId
      ? {
          ...base,
          ...defined({
            clientSecret: pick(values['client-secret'], 'EPAY_CLIENT_SECRET'),
            username: pick(values.username, 'EPAY_USERNAME'),
            password: pick(values.password, 'EPAY_PASSWORD'),
            terminal: pick(values.terminal, 'EPAY_TERMINAL'),
          }),
        }
      : {
          clientId,
          clientSecret:
            pick(values['client-secret'], 'EPAY_CLIENT_SECRET') ??
            fail('--client-secret (or EPAY_CLIENT_SECRET) is needed with another --client-id'),
          ...defined({
            username: pick(values.username, 'EPAY_USERNAME'),
            password: pick(values.password, 'EPAY_PASSWORD'),
            terminal: pick(values.terminal, 'EPAY_TERMINAL'),
          }),
        };

  const validation = values.validation;
  if (validation !== undefined && validation !== 'strict' && validation !== 'open') {
    throw new CliError(`--validation must be strict or open, got '${validation}'`);
  }
  const only = (values.only ?? [])
    .flatMap((o) => o.split(','))
    .map((o) => o.trim())
    .filter(Boolean);
  const config = fidelityConfig(values);
  const sandbox = {
    ...(config ? { config } : {}),
    ...(values.seed !== undefined ? { seed: integerFlag('--seed', values.seed, 0, 2 ** 31 - 1) } : {}),
  };
  const options: RunContractsOptions = {
    target,
    ...(target === 'remote' ? { hosts } : {}),
    credentials,
    sandbox,
    ...(validation ? { validation } : {}),
    ...(values['allow-writes'] ? { allowWrites: true } : {}),
    ...(values['fail-on-drift'] ? { failOnDrift: true } : {}),
    ...(only.length > 0 ? { only } : {}),
    ...(values.record !== undefined ? { record: nonEmptyFlag('--record', values.record) } : {}),
    ...(values.timeout !== undefined
      ? { timeoutMs: integerFlag('--timeout', values.timeout, 1, 600_000) }
      : {}),
  };
  return {
    kind: 'run',
    options,
    ...(values.report !== undefined ? { reportFile: nonEmptyFlag('--report', values.report) } : {}),
  };
}

function fail(message: string): never {
  throw new CliError(message);
}

function defined<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

function url(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new CliError(`${name} must be an http(s) URL, got '${value}'`);
  }
  return value.replace(/\/+$/, '');
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      hosts: { type: 'string' },
      'oauth-url': { type: 'string' },
      'api-url': { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      terminal: { type: 'string' },
      only: { type: 'string', multiple: true },
      'allow-writes': { type: 'boolean' },
      validation: { type: 'string' },
      timeout: { type: 'string' },
      'fail-on-drift': { type: 'boolean' },
      ...FIDELITY_FLAG_OPTIONS,
      seed: { type: 'string' },
      report: { type: 'string' },
      record: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
