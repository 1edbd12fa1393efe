/**
 * The `zonematch` process (bin/zonematch.js loads this): runs one command line with the real
 * stdout and stderr, prints a failure as one message and sets the exit code. Tests call `main`
 * (src/cli/index.ts) in-process instead.
 */
import { main } from './index.js';
import type { Io } from './commands.js';

const io: Io = { out: (text) => process.stdout.write(text), err: process.stderr, width: process.stdout.columns ?? 120 };
process.exitCode = await main(process.argv.slice(2), io);
