#!/usr/bin/env node
import { runContractsCommand, runOpenApiCommand } from '../kit/cli/index.js';
import { CliError, parseServeArgs, USAGE } from './cli-options.js';
import { type RunningSandbox, startSandbox } from './node.js';
import { VERSION } from './version.js';

// A closed pipe (`epay-sandbox contracts --list | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Standard output whose writes resolve once flushed: `process.exit` would cut a piped, unflushed stdout. */
const stdout = {
  write: (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve())),
};

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'contracts') return runContractsCommand(argv.slice(1), process.env, stdout);
  if (argv[0] === 'openapi') return runOpenApiCommand(argv.slice(1), stdout);
  const command = parseServeArgs(argv, process.env);
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const sandbox: RunningSandbox = await startSandbox(command.options);
  const where = [
    sandbox.dataFile ? `data ${sandbox.dataFile}` : 'in memory',
    ...(sandbox.certFile ? [`certificate ${sandbox.certFile}`] : []),
  ].join(', ');
  if (sandbox.recordings) {
    for (const { file, reason } of sandbox.recordings.skipped) {
      process.stderr.write(`epay-sandbox: recording ${file} skipped: ${reason}\n`);
    }
    process.stdout.write(
      `epay-sandbox: ${sandbox.recordings.recordings.length} recordings loaded for replay\n`,
    );
  }
  process.stdout.write(
    `epay-sandbox listening on ${sandbox.url} (seed ${sandbox.app.sandbox.seed()}, ${where})\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`epay-sandbox: ${signal}, saving and stopping\n`);
      process.once(signal, () => process.exit(1)); // a second signal forces the exit
      sandbox.close().then(resolve, (error: unknown) => {
        process.stderr.write(`epay-sandbox: error while stopping: ${String(error)}\n`);
        process.exitCode = 1;
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return process.exitCode === 1 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`epay-sandbox: ${error.message}\nRun 'epay-sandbox --help' for usage.\n`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    process.stderr.write(
      `epay-sandbox: ${code === 'EADDRINUSE' ? `port already in use (${message})` : message}\n`,
    );
    process.exit(1);
  },
);
