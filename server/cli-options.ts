import { parseArgs } from 'node:util';
import {
  DEFAULT_AUTH_CONFIG,
  DEFAULT_INVOICE_CONFIG,
  type ExpiresInStyle,
  type InvoiceRules,
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
      --tls           serve HTTPS with a self-signed certificate generated on first use
                      (kept in tls/ next to the data file)
      --tls-cert <f>  serve HTTPS with this PEM certificate (with --tls-key)
      --tls-key <f>   the PEM private key of --tls-cert
      --admin-token <t>  protect the /_sandbox control routes with this token
                                                      (env EPAY_SANDBOX_ADMIN_TOKEN)
      --journal-size <n> requests kept per namespace at /_sandbox/requests (default 500, 0 = off)
      --expires-in <document|number|string>
                      type of expires_in in token answers (default document: as each document prints it)
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

const INVOICE_RULES: readonly InvoiceRules[] = ['document', 'observed'];

/**
 * Parses an `--invoice-rules` value (how strictly POST /invoice reads its body; docs/invoices.md).
 *
 * @example
 * parseInvoiceRules('observed'); // 'observed'
 */
export function parseInvoiceRules(text: string): InvoiceRules {
  const value = text.trim().toLowerCase() as InvoiceRules;
  if (!INVOICE_RULES.includes(value)) {
    throw new CliError(`--invoice-rules must be one of ${INVOICE_RULES.join(', ')}, got '${text}'`);
  }
  return value;
}

function nonEmptyValue(name: string, text: string): string {
  if (text.trim() === '') throw new CliError(`${name} must not be empty`);
  return text;
}

function integer(name: string, text: string, min: number, max: number): number {
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
  const retriesText = values['callback-retries'] ?? env.EPAY_SANDBOX_CALLBACK_RETRIES;
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
    ...(portText !== undefined ? { port: integer('--port', portText, 0, 65535) } : {}),
    ...(host !== undefined ? { host: host.trim() } : {}),
    ...(seedText !== undefined ? { seed: integer('--seed', seedText, 0, 2 ** 31 - 1) } : {}),
    ...(values['in-memory'] ? { inMemory: true } : dataFile !== undefined ? { dataFile } : {}),
    ...(certFile !== undefined && keyFile !== undefined
      ? { tls: { certFile, keyFile } }
      : values.tls
        ? { tls: true }
        : {}),
    ...(adminToken !== undefined ? { adminToken } : {}),
    ...(journalText !== undefined ? { journalSize: integer('--journal-size', journalText, 0, 100_000) } : {}),
    ...(values.recordings !== undefined
      ? { recordingsDir: nonEmptyValue('--recordings', values.recordings) }
      : {}),
    ...(values['expires-in'] !== undefined || values['invoice-rules'] !== undefined
      ? { config: fidelityConfig(values['expires-in'], values['invoice-rules']) }
      : {}),
    ...(retriesText !== undefined ? { callbackRetryDelaysMs: retryDelays(retriesText) } : {}),
  };
  return { kind: 'serve', options };
}

/** The fidelity settings given by flags. */
function fidelityConfig(
  expiresIn: string | undefined,
  invoiceRules: string | undefined,
): Partial<SandboxConfig> {
  return {
    ...(expiresIn !== undefined
      ? { auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: parseExpiresIn(expiresIn) } }
      : {}),
    ...(invoiceRules !== undefined
      ? { invoices: { ...DEFAULT_INVOICE_CONFIG, rules: parseInvoiceRules(invoiceRules) } }
      : {}),
  };
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
      tls: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'admin-token': { type: 'string' },
      'journal-size': { type: 'string' },
      'expires-in': { type: 'string' },
      'invoice-rules': { type: 'string' },
      recordings: { type: 'string' },
      'callback-retries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
