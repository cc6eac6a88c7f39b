import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOpenApi } from '../../contracts/index.js';
import { CliError } from '../../server/cli-options.js';
import { VERSION } from '../../server/version.js';
import type { CommandOutput } from './contracts-command.js';

/** Usage text of `epay-sandbox openapi --help`. */
export const OPENAPI_USAGE = `Usage: epay-sandbox openapi [--out FILE] [--sandbox-url URL]

Prints (or writes to FILE) the OpenAPI 3.1 document generated from the contracts: every endpoint
of the table, with the examples of the bank's documents. A running sandbox also serves it at
GET /openapi.json.

      --out <file>          write to this file instead of standard output
      --sandbox-url <url>   the sandbox server listed first (default http://127.0.0.1:7070)
  -h, --help                show this help
`;

/**
 * Runs `epay-sandbox openapi`; returns the exit code.
 *
 * @example
 * await runOpenApiCommand(['--out', 'openapi.json'], process.stdout);
 */
export async function runOpenApiCommand(argv: readonly string[], out: CommandOutput): Promise<number> {
  let values: { out?: string; 'sandbox-url'?: string; help?: boolean };
  try {
    const parsed = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        out: { type: 'string' },
        'sandbox-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
  } catch (error) {
    throw new CliError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  if (values.help) {
    await out.write(OPENAPI_USAGE);
    return 0;
  }
  const text = `${JSON.stringify(
    buildOpenApi({
      version: VERSION,
      ...(values['sandbox-url'] ? { sandboxUrl: values['sandbox-url'] } : {}),
    }),
    null,
    2,
  )}\n`;
  if (values.out === undefined) {
    await out.write(text);
    return 0;
  }
  if (values.out.trim() === '') throw new CliError('--out must not be empty');
  const file = resolve(values.out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  await out.write(`OpenAPI document written to ${file}\n`);
  return 0;
}
