/**
 * Runs `zonematch` command lines for tests: in this process through the CLI's own `main` (what
 * the bin runs, minus the process), or — for the few smoke tests that prove the bin and the npm
 * scripts reach it — as a real child process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Io } from '../../src/cli/commands.js';
import { main } from '../../src/cli/index.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(import.meta.dirname, '../..');

/** The environment a command line sees: this one, with `env` laid over it (undefined removes). */
function environment(env: Record<string, string | undefined>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, LOG_LEVEL: 'silent', ZONEMATCH_API_KEY: undefined, ...env })) if (v !== undefined) merged[k] = v;
  return merged;
}

/** Runs one command line in this process; what it prints and its exit code are returned. */
export async function zonematch(args: string[], env: Record<string, string | undefined> = {}, width = 100): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const err = {
    isTTY: false,
    write: (text: string) => {
      stderr += text;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const io: Io = { out: (text) => void (stdout += text), err, width };
  const code = await main(args, io, environment(env));
  return { code, stdout, stderr };
}

/** Runs `command args` from the project root as a child process (`node bin/zonematch.js …`, `npm run …`). */
export function spawnCommand(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const child = spawn(command, args, { cwd: ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
