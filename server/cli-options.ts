import { parseArgs } from 'node:util';
import {
  DEFAULT_AUTH_CONFIG,
  DEFAULT_CARD_CONFIG,
  DEFAULT_HISTORY_SIZE,
  DEFAULT_INVOICE_CONFIG,
  DEFAULT_SEARCH_CONFIG,
  DEFAULT_TRANSFER_CONFIG,
  type ExpiresInStyle,
  type ExpiryPolicy,
  type InvoiceRules,
  MAX_HISTORY_SIZE,
  type OrderIdUniqueness,
  type PagingReading,
  type SandboxConfig,
} from './core/index.js';
import { DEFAULT_DATA_FILE, DEFAULT_HOST, DEFAULT_PORT, type StartOptions } from './node.js';

/** A command-line mistake: printed with a hint, exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** What `epay-sandbox [serve]` was asked to do. */
export type ServeCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'serve'; readonly options: StartOptions };

/** Usage text of `epay-sandbox --help`. */
export const USAGE = `Usage: epay-sandbox [serve] [options]
       epay-sandbox contracts [options]    run the contract suite (epay-sandbox contracts --help)
       epay-sandbox openapi [--out FILE]   print or write the OpenAPI 3.1 document

Starts a local, stateful emulator of Halyk Bank's ePay API (OAuth + API on one port,
both the /api and the root path layouts).

Options:
  -p, --port <n>      port to listen on, 0 for any free port     (env PORT, default ${DEFAULT_PORT})
  -H, --host <addr>   address to bind                            (env HOST, default ${DEFAULT_HOST})
      --data <file>   lowdb JSON data file, created on first start
                                                      (env EPAY_SANDBOX_DATA, default ${DEFAULT_DATA_FILE})
      --in-memory     keep state in memory only; nothing is written
      --seed <n>      seed of the fixtures and generated history (env EPAY_SANDBOX_SEED, default 42)
      --history <n>   generated payments in the history, 0 to ${MAX_HISTORY_SIZE}; transfers: one per ten
                                      (env EPAY_SANDBOX_HISTORY, default ${DEFAULT_HISTORY_SIZE})
      --search-paging <skip|page>
                      how search paging.page is read: entries to skip (the documents' wording)
                      or a zero-based page number      (env EPAY_SANDBOX_SEARCH_PAGING, default skip)
      --tls           serve HTTPS with a self-signed certificate generated on first use
                      (kept in tls/ next to the data file)
      --tls-cert <f>  serve HTTPS with this PEM certificate (with --tls-key)
      --tls-key <f>   the PEM private key of --tls-cert
      --admin-token <t>  protect the /_sandbox control routes with this token
                                                      (env EPAY_SANDBOX_ADMIN_TOKEN)
      --journal-size <n> requests kept per namespace at /_sandbox/requests (default 500, 0 = off)
      --expires-in <document|number|string>
                      type of expires_in in token answers (default document: as each document prints it)
      --expiry-policy <printed|clock>
                      test cards valid with their printed expiry (default), or also not past by the clock
      --order-id-uniqueness <exact|last6>
                      duplicate transfer order ids: the same id (default), or the same last 6 characters
      --transfer-fee <n>
                      fee answered for every transfer (default 0)
      --invoice-rules <document|observed>
                      POST /invoice field rules: 002's (default), or the real host's observed leniency
      --recordings <dir>
                      replay answers recorded by 'epay-sandbox contracts --record <dir>'
      --callback-retries <s,...>
                      seconds before each callback retry, or 'none'
                                  (env EPAY_SANDBOX_CALLBACK_RETRIES, default 10,60,300,1800,7200)
  -h, --help          show this help
  -v, --version       print the version

Examples:
  epay-sandbox                       # http://127.0.0.1:${DEFAULT_PORT}, state in ${DEFAULT_DATA_FILE}
  epay-sandbox --port 0 --in-memory  # throwaway sandbox on a free port
  epay-sandbox --tls --port 8443     # https://127.0.0.1:8443 (see README: pointing the bank's hosts here)
  epay-sandbox --history 100000      # a bigger payment history for the search endpoints
`;

const EXPIRES_IN_STYLES: readonly ExpiresInStyle[] = ['document', 'number', 'string'];

/**
 * Parses an `--expires-in` value (a fidelity setting of the token endpoint).
 *
 * @example
 * parseExpiresIn('number'); // 'number'
 */
export function parseExpiresIn(text: string): ExpiresInStyle {
  const value = text.trim().toLowerCase() as ExpiresInStyle;
  if (!EXPIRES_IN_STYLES.includes(value)) {
    throw new CliError(`--expires-in must be one of ${EXPIRES_IN_STYLES.join(', ')}, got '${text}'`);
  }
  return value;
}

function oneOf<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  const value = text.trim().toLowerCase() as T;
  if (!allowed.includes(value)) {
    throw new CliError(`${flag} must be one of ${allowed.join(', ')}, got '${text}'`);
  }
  return value;
}

/** The fidelity flags of the emulator (`serve`, and the reference emulator of `contracts`). */
export interface FidelityFlags {
  readonly 'expires-in'?: string | undefined;
  readonly 'expiry-policy'?: string | undefined;
  readonly 'order-id-uniqueness'?: string | undefined;
  readonly 'transfer-fee'?: string | undefined;
  readonly 'invoice-rules'?: string | undefined;
  readonly 'search-paging'?: string | undefined;
}

/** `parseArgs` options of {@link FidelityFlags}. */
export const FIDELITY_FLAG_OPTIONS = {
  'expires-in': { type: 'string' },
  'expiry-policy': { type: 'string' },
  'order-id-uniqueness': { type: 'string' },
  'transfer-fee': { type: 'string' },
  'invoice-rules': { type: 'string' },
  'search-paging': { type: 'string' },
} as const;

/**
 * The sandbox settings the fidelity flags ask for (each section complete, defaults elsewhere), or
 * undefined when none is given.
 *
 * @example
 * fidelityConfig({ 'order-id-uniqueness': 'last6' }); // { transfers: { orderIdUniqueness: 'last6', fee: 0 } }
 */
export function fidelityConfig(flags: FidelityFlags): Partial<SandboxConfig> | undefined {
  const config: { -readonly [K in keyof SandboxConfig]?: SandboxConfig[K] } = {};
  if (flags['expires-in'] !== undefined) {
    config.auth = { ...DEFAULT_AUTH_CONFIG, expiresIn: parseExpiresIn(flags['expires-in']) };
  }
  if (flags['expiry-policy'] !== undefined) {
    const expiryPolicy = oneOf<ExpiryPolicy>('--expiry-policy', flags['expiry-policy'], ['printed', 'clock']);
    config.cards = { ...DEFAULT_CARD_CONFIG, expiryPolicy };
  }
  const uniqueness = flags['order-id-uniqueness'];
  const fee = flags['transfer-fee'];
  if (uniqueness !== undefined || fee !== undefined) {
    config.transfers = {
      ...DEFAULT_TRANSFER_CONFIG,
      ...(uniqueness !== undefined
        ? {
            orderIdUniqueness: oneOf<OrderIdUniqueness>('--order-id-uniqueness', uniqueness, [
              'exact',
              'last6',
            ]),
          }
        : {}),
      ...(fee !== undefined ? { fee: transferFee(fee) } : {}),
    };
  }
  if (flags['invoice-rules'] !== undefined) {
    const rules = oneOf<InvoiceRules>('--invoice-rules', flags['invoice-rules'], ['document', 'observed']);
    config.invoices = { ...DEFAULT_INVOICE_CONFIG, rules };
  }
  if (flags['search-paging'] !== undefined) {
    const paging = oneOf<PagingReading>('--search-paging', flags['search-paging'], ['skip', 'page']);
    config.search = { ...DEFAULT_SEARCH_CONFIG, paging };
  }
  return Object.keys(config).length > 0 ? config : undefined;
}

function transferFee(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(trimmed)) {
    throw new CliError(`--transfer-fee must be an amount such as 0 or 95.5, got '${text}'`);
  }
  return Number(trimmed);
}

/**
 * The value of flag `name`, refused when empty.
 *
 * @example
 * nonEmptyFlag('--recordings', 'rec'); // 'rec'
 */
export function nonEmptyFlag(name: string, text: string): string {
  if (text.trim() === '') throw new CliError(`${name} must not be empty`);
  return text;
}

/**
 * The whole number of flag `name`, refused unless it is digits from `min` to `max`.
 *
 * @example
 * integerFlag('--port', '7070', 0, 65535); // 7070
 */
export function integerFlag(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`${name} must be a whole number, got '${text}'`);
  const value = Number(text);
  if (value < min || value > max)
    throw new CliError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/**
 * Parses the arguments of `epay-sandbox [serve]` (flags win over environment variables).
 *
 * @example
 * parseServeArgs(['--port', '0', '--in-memory'], {}); // { kind: 'serve', options: { port: 0, inMemory: true, ... } }
 */
export function parseServeArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const extra = positionals.filter((p, i) => !(i === 0 && p === 'serve'));
  if (extra.length > 0) throw new CliError(`unexpected argument '${extra[0]}'`);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const portText = values.port ?? env.PORT;
  const seedText = values.seed ?? env.EPAY_SANDBOX_SEED;
  const host = values.host ?? env.HOST;
  const dataFile = values.data ?? env.EPAY_SANDBOX_DATA;
  const historyText = values.history ?? env.EPAY_SANDBOX_HISTORY;
  const retriesText = values['callback-retries'] ?? env.EPAY_SANDBOX_CALLBACK_RETRIES;
  const config = fidelityConfig({
    ...values,
    'search-paging': values['search-paging'] ?? env.EPAY_SANDBOX_SEARCH_PAGING,
  });
  if (values['in-memory'] && values.data)
    throw new CliError('--data and --in-memory cannot be used together');
  if (host !== undefined && host.trim() === '') throw new CliError('--host must not be empty');
  if (dataFile !== undefined && dataFile.trim() === '') throw new CliError('--data must not be empty');
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new CliError('--tls-cert and --tls-key go together');
  }
  const adminToken = values['admin-token'] ?? env.EPAY_SANDBOX_ADMIN_TOKEN;
  if (adminToken !== undefined && adminToken.length < 8) {
    throw new CliError('--admin-token must be at least 8 characters');
  }
  const journalText = values['journal-size'];

  const options: StartOptions = {
    ...(portText !== undefined ? { port: integerFlag('--port', portText, 0, 65535) } : {}),
    ...(host !== undefined ? { host: host.trim() } : {}),
    ...(seedText !== undefined ? { seed: integerFlag('--seed', seedText, 0, 2 ** 31 - 1) } : {}),
    ...(historyText !== undefined
      ? { history: integerFlag('--history', historyText, 0, MAX_HISTORY_SIZE) }
      : {}),
    ...(values['in-memory'] ? { inMemory: true } : dataFile !== undefined ? { dataFile } : {}),
    ...(certFile !== undefined && keyFile !== undefined
      ? { tls: { certFile, keyFile } }
      : values.tls
        ? { tls: true }
        : {}),
    ...(adminToken !== undefined ? { adminToken } : {}),
    ...(journalText !== undefined
      ? { journalSize: integerFlag('--journal-size', journalText, 0, 100_000) }
      : {}),
    ...(values.recordings !== undefined
      ? { recordingsDir: nonEmptyFlag('--recordings', values.recordings) }
      : {}),
    ...(config ? { config } : {}),
    ...(retriesText !== undefined ? { callbackRetryDelaysMs: retryDelays(retriesText) } : {}),
  };
  return { kind: 'serve', options };
}

/** `10,60,300` (seconds, decimals allowed) or `none`, as delays in ms. */
function retryDelays(text: string): number[] {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'none') return [];
  const parts = trimmed.split(',').map((p) => p.trim());
  if (parts.length > 20 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p) || Number(p) > 604_800)) {
    throw new CliError(
      `--callback-retries must be up to 20 delays in seconds (each at most 604800) such as 1,5,30, or 'none'; got '${text}'`,
    );
  }
  return parts.map((p) => Math.round(Number(p) * 1000));
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string', short: 'H' },
      data: { type: 'string' },
      'in-memory': { type: 'boolean' },
      seed: { type: 'string' },
      history: { type: 'string' },
      tls: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'admin-token': { type: 'string' },
      'journal-size': { type: 'string' },
      ...FIDELITY_FLAG_OPTIONS,
      recordings: { type: 'string' },
      'callback-retries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
