import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatReport } from '../report.js';
import { runContracts } from '../run-contracts.js';
import { ALL_CONTRACTS, ALL_PROBES } from '../suites/index.js';
import { CONTRACTS_USAGE, parseContractsArgs } from './contracts-options.js';

/** Where the command writes. */
export interface CommandOutput {
  /** Writes `text`; a returned promise is awaited (so a piped stdout is flushed before the exit). */
  write(text: string): void | Promise<void>;
}

/**
 * Runs `epay-sandbox contracts`: prints the table, writes `--report`, and returns the exit code
 * (0 all passed, 1 a contract failed or, with `--fail-on-drift`, a probe drifted). Usage errors throw
 * `CliError` (exit 2).
 *
 * @example
 * process.exitCode = await runContractsCommand(['--target', 'sandbox'], process.env, process.stdout);
 */
export async function runContractsCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  out: CommandOutput,
): Promise<number> {
  const command = parseContractsArgs(argv, env);
  if (command.kind === 'help') {
    await out.write(CONTRACTS_USAGE);
    return 0;
  }
  if (command.kind === 'list') {
    for (const c of ALL_CONTRACTS) await out.write(`contract  ${c.name}  ${c.behaviour} (${c.source})\n`);
    for (const p of ALL_PROBES) await out.write(`probe     ${p.name}  ${p.question}\n`);
    return 0;
  }
  const report = await runContracts(command.options);
  await out.write(formatReport(report));
  if (command.reportFile) {
    const file = resolve(command.reportFile);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    await out.write(`report written to ${file}\n`);
  }
  return report.ok ? 0 : 1;
}
