/**
 * The `zonematch` process (bin/zonematch.js loads this): runs one command line with the real
 * stdout and stderr, prints a failure as one message and sets the exit code. Tests call `run`
 * (src/cli/index.ts) in-process instead.
 */
import { CliError } from './errors.js';
import { run } from './index.js';
import type { Io } from './commands.js';

async function main() {
  const io: Io = { out: (text) => process.stdout.write(text), err: process.stderr, width: process.stdout.columns ?? 120 };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && error.name === 'ConfigError')) {
      process.stderr.write(`zonematch: ${error.message}\n`);
      process.exitCode = error instanceof CliError ? error.exitCode : 1;
    } else {
      process.stderr.write(`zonematch: failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

await main();
