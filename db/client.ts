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
  /** Postgres only: the service stops waiting for an answer after this long (default ANSWER_DEADLINE_MS). */
  answerDeadlineMs?: number;
}

/**
 * A database that hangs (accepts connections but does not answer) must not hold requests
 * forever: the server cancels a statement after this long and the request gets a 503. Generous
 * enough for a whole catalog import in one transaction.
 */
export const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * A database that stops answering altogether (a frozen host, a network partition) never fires
 * statement_timeout, which the server enforces, and postgres.js has no limit of its own. So the
 * service also stops waiting itself: a statement fails after this long without an answer, and a
 * transaction when none of its statements has answered for this long. A little longer than the
 * statement timeout, so that a live server's own cancellation comes first.
 */
export const ANSWER_DEADLINE_MS = STATEMENT_TIMEOUT_MS + 5_000;

/** The database did not answer within the answer deadline. */
export class DatabaseDeadlineError extends Error {
  override name = 'DatabaseDeadlineError';
}

/** Opens (but does not migrate) the database the options point at. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    return openPostgres(
      options.url,
      options.maxConnections ?? 10,
      options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
      options.answerDeadlineMs ?? ANSWER_DEADLINE_MS,
    );
  }
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

function openPostgres(url: string, max: number, statementTimeoutMs: number, answerDeadlineMs: number): Database {
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 5, connection: { statement_timeout: statementTimeoutMs } });
  const db = drizzlePostgres(withDeadlines(client, answerDeadlineMs), { schema }) as unknown as Db;
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

/** What drizzle's postgres-js driver calls on a client: `unsafe` for statements, `begin` and `savepoint` for transactions. */
type Client = ReturnType<typeof postgres>;
type Query = ReturnType<Client['unsafe']>;

/** A timer that fails `expired` unless kicked again within `ms`; `race` settles with `work` or with that failure. */
function watchdog(ms: number) {
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => {};
  const expired = new Promise<never>((_, reject) => (fail = reject));
  expired.catch(() => {}); // expiring after its caller has moved on is not an unhandled rejection
  const kick = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(new DatabaseDeadlineError(`The database did not answer within ${ms} ms.`)), ms);
  };
  const stop = () => clearTimeout(timer);
  kick();
  return { expired, kick, race: <T>(work: PromiseLike<T>): Promise<T> => Promise.race([work, expired]).finally(stop) };
}

/** `work`, or a DatabaseDeadlineError when it has not settled within `ms`. */
export function withinDeadline<T>(work: PromiseLike<T>, ms: number): Promise<T> {
  return watchdog(ms).race(work);
}

/** What a statement inside a transaction reports to it, and asks it. */
interface InTransaction {
  answered(): void;
  gaveUp(): boolean;
}

/**
 * The client drizzle sees. A statement outside a transaction fails after the answer deadline
 * (see ANSWER_DEADLINE_MS). A transaction fails when none of its statements has answered for that
 * long (each answer kicks its watchdog); once it has given up, its remaining statements are
 * refused, so its callback fails and it rolls back when the database returns instead of
 * committing work already answered as failed.
 */
function withDeadlines(client: Client, ms: number, transaction?: InTransaction): Client {
  const statement = (query: Query) => {
    const settle = (): Promise<unknown> => {
      if (!transaction) return withinDeadline(query, ms);
      if (transaction.gaveUp()) return Promise.reject(new DatabaseDeadlineError('The transaction gave up waiting for the database.'));
      return Promise.resolve(query).finally(transaction.answered);
    };
    // drizzle only awaits a statement, optionally after asking for rows as arrays.
    const guarded = {
      values() {
        query.values();
        return guarded;
      },
      // biome-ignore lint/suspicious/noThenProperty: drizzle awaits this stand-in for a postgres.js query, so it must be thenable.
      then<A, B>(onAnswer?: (rows: unknown) => A, onFailure?: (error: unknown) => B) {
        return settle().then(onAnswer, onFailure);
      },
    };
    return guarded;
  };
  const open = (kind: 'begin' | 'savepoint', args: unknown[]) => {
    const dog = watchdog(ms);
    let gaveUp = false;
    dog.expired.catch(() => (gaveUp = true));
    const body = args.pop() as (tx: Client) => unknown;
    const inner: InTransaction = {
      answered: () => {
        dog.kick();
        transaction?.answered();
      },
      gaveUp: () => gaveUp,
    };
    const start = (client as unknown as Record<typeof kind, (...a: unknown[]) => Promise<unknown>>)[kind].bind(client);
    return dog.race(start(...args, (tx: Client) => body(withDeadlines(tx, ms, inner))));
  };
  return new Proxy(client, {
    get(target, key) {
      if (key === 'unsafe') return (...args: Parameters<Client['unsafe']>) => statement(target.unsafe(...args));
      if (key === 'begin' || key === 'savepoint') return (...args: unknown[]) => open(key, args);
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
