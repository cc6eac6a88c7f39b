import { parseArgs } from 'node:util';
import { DEFAULT_AUTH_CONFIG, type ExpiresInStyle } from './core/index.js';
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
      --expires-in <document|number|string>
                      type of expires_in in token answers (default document: as each document prints it)
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

  const options: StartOptions = {
    ...(portText !== undefined ? { port: integer('--port', portText, 0, 65535) } : {}),
    ...(host !== undefined ? { host: host.trim() } : {}),
    ...(seedText !== undefined ? { seed: integer('--seed', seedText, 0, 2 ** 31 - 1) } : {}),
    ...(values['in-memory'] ? { inMemory: true } : dataFile !== undefined ? { dataFile } : {}),
    ...(values.recordings !== undefined
      ? { recordingsDir: nonEmptyValue('--recordings', values.recordings) }
      : {}),
    ...(values['expires-in'] !== undefined
      ? { config: { auth: { ...DEFAULT_AUTH_CONFIG, expiresIn: parseExpiresIn(values['expires-in']) } } }
      : {}),
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
      'expires-in': { type: 'string' },
      recordings: { type: 'string' },
      'callback-retries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
