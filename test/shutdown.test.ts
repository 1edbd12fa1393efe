/**
 * SIGTERM under load, on the real server process (`node --import tsx src/server.ts`, embedded
 * PGlite in a temporary directory, rate limiter off): concurrent clients keep sending
 * recommendations (stored and not) and health checks while the process is told to stop.
 *
 * "Accepted" is decided by the server itself: every request carries its own x-request-id, and
 * the server logs `incoming request` with that id once it has read it. Every request the server
 * accepted must get its normal 200 answer — no 5xx, no reset; the only requests allowed to fail
 * are ones the server never read (connection refused, or an idle keep-alive connection closed
 * under them). The process must exit 0 (its own 10 s limit exits 1), having released its
 * database, and every recommendation it answered as stored must be in that database.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { findRecommendation } from '../src/repositories/recommendation-repository.js';
import { RANKING_SET } from './ranking-set/profiles.js';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'zonematch-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Kind = 'persist' | 'no-persist' | 'health';

interface Attempt {
  id: string;
  kind: Kind;
  startedAt: number;
  endedAt?: number;
  status?: number;
  /** The recommendation id of a stored answer. */
  storedId?: string;
  /** Network-level failure (no HTTP answer): the error code. */
  error?: string;
}

async function eventually(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not observed within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

describe('SIGTERM under load', () => {
  it('stops accepting, answers every accepted request normally, closes the database and exits 0', { timeout: 180_000 }, async () => {
    const pgliteDir = join(dir, 'pglite');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: '', PGLITE_DIR: pgliteDir, RATE_LIMIT_MAX: '0', CATALOGUE: 'seed' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
    try {
      await eventually('the server listening', () => /Server listening at/.test(output) || child.exitCode !== null);
      const port = output.match(/Server listening at http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
      expect(port, output).toBeDefined();
      const base = `http://127.0.0.1:${port}`;

      // Load: concurrent clients on keep-alive connections, each request named by its own id.
      const attempts: Attempt[] = [];
      let running = true;
      let n = 0;
      const kinds: Kind[] = ['persist', 'no-persist', 'health'];
      const one = async (kind: Kind) => {
        const c = RANKING_SET[n % RANKING_SET.length]!;
        const attempt: Attempt = { id: `load-${n++}`, kind, startedAt: Date.now() };
        attempts.push(attempt);
        try {
          const response =
            kind === 'health'
              ? await fetch(`${base}/health`, { headers: { 'x-request-id': attempt.id } })
              : await fetch(`${base}/v1/recommendations`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', 'x-request-id': attempt.id },
                  body: JSON.stringify({ profile: c.profile, options: { limit: 5, language: c.language, persist: kind === 'persist' } }),
                });
          const body = (await response.json()) as { id?: string; persisted?: boolean };
          attempt.status = response.status;
          if (response.status === 200 && body.persisted === true) attempt.storedId = body.id;
        } catch (error) {
          attempt.error = errorCode(error);
        }
        attempt.endedAt = Date.now();
      };
      const clients = Array.from({ length: 16 }, async (_, w) => {
        for (let i = w; running; i++) {
          await one(kinds[i % kinds.length]!);
          // Once refused, the server is gone or going: stop hammering a closed port.
          if (attempts.at(-1)?.error === 'ECONNREFUSED') await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });

      await eventually('answers under load before the signal', () => attempts.filter((a) => a.status === 200).length >= 40);
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const { code, at } = await exited;
      running = false;
      await Promise.all(clients);

      // A fresh connection after the signal finds nobody listening.
      const probe = await fetch(`${base}/health`).then(
        (r) => `HTTP ${r.status}`,
        (error: unknown) => errorCode(error),
      );
      expect(probe).toBe('ECONNREFUSED');

      // Exit 0: the server's own limit (10 s) would have exited 1.
      expect(code, output.slice(-3000)).toBe(0);
      expect(output).toContain('"signal":"SIGTERM"');
      expect(output).not.toContain('shutdown failed');
      expect(output).not.toContain('shutdown took longer');

      const accepted = new Set([...output.matchAll(/"reqId":"(load-\d+)"[^\n]*"msg":"incoming request"/g)].map((m) => m[1]!));
      const answered = attempts.filter((a) => a.status !== undefined);
      const failed = attempts.filter((a) => a.error !== undefined);

      // Every HTTP answer is a normal one: no 5xx, not even a 503, for anything the server read.
      expect(answered.filter((a) => a.status !== 200).map((a) => `${a.id} ${a.kind} → ${a.status}`)).toEqual([]);
      // Every request the server accepted was answered (no reset, no dropped request).
      expect(attempts.filter((a) => accepted.has(a.id) && a.status === undefined).map((a) => `${a.id} ${a.kind} → ${a.error}`)).toEqual([]);
      // The only failures are requests the server never read, refused or cut at connection level.
      for (const a of failed) {
        expect(accepted.has(a.id), `${a.id} failed with ${a.error} although the server read it`).toBe(false);
        expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'other side closed', 'EPIPE']).toContain(a.error);
      }
      // Requests in flight at the signal were finished, not dropped.
      const finishedAfterSignal = answered.filter((a) => a.startedAt < signalledAt && a.endedAt! >= signalledAt);
      expect(finishedAfterSignal.length).toBeGreaterThan(0);

      // The database was closed: its lock is released, and every answer reported as stored is there.
      expect(existsSync(`${pgliteDir}.lock`)).toBe(false);
      const stored = answered.filter((a) => a.storedId !== undefined);
      expect(stored.length).toBeGreaterThan(0);
      const database = await openDatabase({ pgliteDir });
      try {
        for (const a of stored) expect(await findRecommendation(database.db, a.storedId!), `stored recommendation ${a.storedId}`).toBeDefined();
      } finally {
        await database.close();
      }
      console.info(
        `shutdown: ${answered.length} answered (all 200), ${finishedAfterSignal.length} of them in flight at SIGTERM; ${failed.length} never read by the server (${[...new Set(failed.map((a) => a.error))].join(', ') || 'none'}); exit 0 after ${at - signalledAt} ms; ${stored.length} stored answers found after exit`,
      );
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
