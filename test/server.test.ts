import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openDatabase } from '../db/client.js';

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

function startServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
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

describe('the server process', () => {
  it('refuses a second process on the same PGlite directory, and stops cleanly on SIGTERM', async () => {
    const dir = join(tempDir(), 'pglite');
    const first = startServer({ PGLITE_DIR: dir });
    const [, port] = await waitFor(first, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });

    const second = startServer({ PGLITE_DIR: dir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`zonematch: The PGlite directory ${dir} is in use by another zonematch process`);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('shutting down');

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
  it('lets one process hold a directory at a time', async () => {
    const dir = join(tempDir(), 'db');
    const held = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await held.close();
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  });
});
