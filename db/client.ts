/**
 * Opens the database behind drizzle: a real Postgres through postgres.js when a URL is given,
 * embedded PGlite otherwise. Both are migrated with drizzle's migrator for their driver from the
 * same committed migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import lockfile from 'proper-lockfile';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_DIR = resolve(fileURLToPath(new URL('./migrations', import.meta.url)));

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Applies the committed migrations (idempotent). */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Postgres only (PGlite is one process, nobody to hear): subscribes to a NOTIFY channel on a
   * dedicated connection. `onListen` runs on every (re)subscription, so a caller can catch up
   * on what it missed while disconnected. Close the subscription before `close()`.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onListen?: () => void): Promise<{ close(): Promise<void> }>;
}

export class DatabaseLockedError extends Error {
  override name = 'DatabaseLockedError';
}

export interface OpenOptions {
  /** postgres:// URL of a real server. */
  url?: string;
  /** PGlite data directory or `memory://` (used when `url` is not set). */
  pgliteDir?: string;
  /** An already-open PGlite instance (tests load one from a snapshot). */
  pglite?: PGlite;
  /** Pool size for postgres.js. */
  maxConnections?: number;
  /** Postgres only: the server cancels any statement running longer (default STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

/**
 * A database that hangs (accepts connections but does not answer) must not hold requests
 * forever: the server cancels a statement after this long and the request gets a 503. Generous
 * enough for a whole catalog import in one transaction.
 */
export const STATEMENT_TIMEOUT_MS = 30_000;

/** Opens (but does not migrate) the database the options point at. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10, options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS);
  if (options.pglite) return wrapPglite(options.pglite, async () => {});
  const dir = options.pgliteDir ?? 'memory://';
  if (dir.startsWith('memory://')) return wrapPglite(new PGlite(), async () => {});

  // Two processes on one PGlite directory silently lose committed writes: hold an exclusive
  // lock for the life of the process and refuse a second one.
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(absolute, {
      lockfilePath: `${absolute}.lock`,
      // PGlite's start-up can block the event loop for many seconds on a loaded machine, and the
      // lock's mtime is refreshed from that loop: a short stale time let another process take a
      // live lock. A minute still frees the lock of a killed process soon enough.
      stale: 60_000,
      update: 10_000,
      realpath: false,
      onCompromised: (error) => {
        // Another process may now write to the directory: stopping is the only safe answer.
        console.error(`zonematch: lost the lock on the PGlite directory ${absolute} (${error.message}); stopping to protect the data.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DatabaseLockedError(
        `The PGlite directory ${absolute} is in use by another zonematch process; stop it, or set PGLITE_DIR to another directory.`,
      );
    }
    throw error;
  }
  mkdirSync(dirname(absolute), { recursive: true });
  const client = new PGlite(absolute);
  return wrapPglite(client, release);
}

function wrapPglite(client: PGlite, release: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR }),
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      await client.close();
      await release();
    },
  };
}

function openPostgres(url: string, max: number, statementTimeoutMs: number): Database {
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 5, connection: { statement_timeout: statementTimeoutMs } });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    migrate: async () => {
      // The migrator's bookkeeping notices are noise in logs.
      const migrator = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await migratePostgres(drizzlePostgres(migrator), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await migrator.end();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onMessage, onListen) => {
      const subscription = await client.listen(channel, onMessage, onListen);
      return { close: () => subscription.unlisten() };
    },
  };
}
