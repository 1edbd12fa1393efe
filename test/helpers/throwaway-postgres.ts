/**
 * A throwaway Postgres 15 cluster for tests that stop, restart and cut off the database: its own
 * data directory and unix socket directory in a temporary folder, listening on a free TCP port
 * on 127.0.0.1 with trust authentication. The shared server on 5432 is never touched.
 *
 * Postgres refuses to run as root, so when the tests run as root the cluster runs as an
 * unprivileged OS user (`nobody`, else `postgres`): initdb, pg_ctl and the server are spawned
 * with that uid/gid and the temporary folder is handed to it.
 *
 * `stop()` removes everything; a process exit (or SIGINT/SIGTERM/SIGHUP) handler does the same
 * synchronously in case a test run is interrupted before its afterAll.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/tools/free-port.js';

/** Where Debian/Ubuntu's postgresql-15 package puts its server binaries. */
export const PG15_BIN = '/usr/lib/postgresql/15/bin';

/** Why a throwaway cluster cannot run here, or undefined when it can. */
export function throwawayPostgresUnavailable(): string | undefined {
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(join(PG15_BIN, tool))) return `${join(PG15_BIN, tool)} is missing (install postgresql-15)`;
  }
  if (process.getuid?.() === 0 && !runAsUser()) return 'running as root and no unprivileged OS user (nobody, postgres) to run Postgres as';
  return undefined;
}

interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** The unprivileged user to run Postgres as when we are root. */
function runAsUser(): OsUser | undefined {
  for (const name of ['nobody', 'postgres']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      if (Number.isInteger(uid) && uid > 0 && Number.isInteger(gid)) return { name, uid, gid };
    } catch {
      // no such user
    }
  }
  return undefined;
}

export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  /** URL of a given database on this cluster. */
  urlOf(database: string): string;
  port: number;
  /** The temporary folder holding the data directory, socket and log. */
  dir: string;
  /** Stops the server (`pg_ctl stop -m fast`): connections are cut, new ones refused. */
  stopServer(): Promise<void>;
  /** Starts the stopped server again on the same port. */
  startServer(): Promise<void>;
  /** The server log so far (for failure messages). */
  log(): string;
  /** Stops the server for good and removes every file of the cluster. Idempotent. */
  destroy(): Promise<void>;
}

/** Creates and starts a throwaway cluster. Check `throwawayPostgresUnavailable()` first. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const user = process.getuid?.() === 0 ? runAsUser() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
  if (user) chownSync(dir, user.uid, user.gid);

  const as = user ? { uid: user.uid, gid: user.gid } : {};
  // HOME and a C locale: `nobody` has no usable home, and the cluster should not depend on the host's locales.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C', LC_ALL: 'C' };

  const run = (tool: string, args: string[], timeoutMs = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn(join(PG15_BIN, tool), args, { ...as, cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`${tool} ${args.join(' ')} failed (${signal ?? code}): ${output.trim()}\n${readLog()}`));
      });
    });
  const readLog = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };

  // Server options: only this port on 127.0.0.1, the socket in our folder, no SSL, quick to stop.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_buffers=16MB`;
  const stopServer = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  const startServer = () => run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start']);

  // Synchronous clean-up for an interrupted run: the server must not outlive the test process.
  let destroyed = false;
  const cleanupSync = () => {
    if (destroyed) return;
    destroyed = true;
    if (existsSync(join(data, 'postmaster.pid'))) {
      spawnSync(join(PG15_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop'], { ...as, env, stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupSync();
    removeHandlers();
    process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const removeHandlers = () => {
    process.off('exit', cleanupSync);
    for (const signal of signals) process.off(signal, onSignal);
  };
  process.on('exit', cleanupSync);
  for (const signal of signals) process.on(signal, onSignal);

  try {
    await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    await startServer();
  } catch (error) {
    cleanupSync();
    removeHandlers();
    throw error;
  }

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlOf('postgres'),
    urlOf,
    port,
    dir,
    stopServer,
    startServer,
    log: readLog,
    destroy: async () => {
      if (destroyed) return;
      if (existsSync(join(data, 'postmaster.pid'))) await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '60', 'stop']).catch(() => {});
      cleanupSync();
      removeHandlers();
    },
  };
}
