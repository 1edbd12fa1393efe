import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openDatabase } from '../db/client.js';
import { createMigratedPgliteDir } from './helpers/database.js';

const ROOT = join(import.meta.dirname, '..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-server-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the server as `node --import tsx src/server.ts`, or through `npm start` (`viaNpm`). */
function startServer(env: Record<string, string>, viaNpm = false): Run {
  const [command, args] = viaNpm ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'src/server.ts']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, pattern: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = run.output().match(pattern);
    if (match) return match;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; output:\n${run.output()}`);
}

/** The parent process id of a live process (Linux /proc), undefined once it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may hold spaces, so read after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

describe('the server process', () => {
  // The first server is started as a supervisor (systemd, Docker) would start it — `npm start` —
  // and stopped the way a supervisor stops it: SIGTERM to the process it started, npm. npm passes
  // the signal to its child; `npm start` execs node, so that child is the server itself, not a
  // shell that would die and leave the server serving and holding the directory.
  it('refuses a second process on the same PGlite directory, and stops cleanly when npm start gets SIGTERM', async () => {
    const dir = join(tempDir(), 'pglite');
    const first = startServer({ PGLITE_DIR: dir }, true);
    const [, pid, port] = await waitFor(first, /"pid":(\d+)[^\n]*Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
    const serverPid = Number(pid);
    try {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(parentOf(serverPid)).toBe(first.child.pid);
      expect(existsSync(`${dir}.lock`)).toBe(true);

      const second = startServer({ PGLITE_DIR: dir });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`zonematch: The PGlite directory ${dir} is in use by another zonematch process`);

      first.child.kill('SIGTERM');
      await first.exited;
      const deadline = Date.now() + 15_000;
      while (parentOf(serverPid) !== undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(parentOf(serverPid), 'the server process is gone').toBeUndefined();
      expect(first.output()).toContain('"signal":"SIGTERM","msg":"shutting down"');
      // The port and the lock are released.
      const probe = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => `HTTP ${r.status}`,
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      expect(probe).toBe('ECONNREFUSED');
      expect(existsSync(`${dir}.lock`)).toBe(false);
    } finally {
      if (parentOf(serverPid) !== undefined) process.kill(serverPid, 'SIGKILL');
    }

    // The directory is free again, and the catalog seeded by the first run is already there.
    const third = startServer({ PGLITE_DIR: dir });
    await waitFor(third, /"inserted":0,"updated":0/);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  }, 180_000); // three cold starts of a real server; slow on a loaded machine

  it('stops with one line naming a bad variable', async () => {
    const run = startServer({ PORT: 'eighty' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe('zonematch: Invalid PORT="eighty": expected an integer from 0 to 65535');
  });
});

describe('the PGlite directory lock', () => {
  // PGlite starts in seconds on an idle machine, in tens of seconds on a loaded one.
  it('lets one process hold a directory at a time', { timeout: 120_000 }, async () => {
    const dir = await createMigratedPgliteDir(join(tempDir(), 'db'));
    const held = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await held.close();
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  });
});
