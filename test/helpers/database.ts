/**
 * Fresh databases for tests: embedded PGlite always (loaded from the migrated snapshot), and the
 * real Postgres when TEST_DATABASE_URL is set (a clone of the migrated template, dropped after).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../db/client.js';
import { withDatabase } from './global-setup.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The database kinds this run tests: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export const DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let snapshot: Buffer | undefined;

export interface TestDatabase extends Database {
  /** The postgres:// URL of a Postgres test database (undefined for PGlite). */
  url?: string;
  /** Closes and removes the database. */
  destroy(): Promise<void>;
}

/** The migrated snapshot, as PGlite loads it. */
function migratedSnapshot(): Blob {
  snapshot ??= readFileSync(inject('pgliteSnapshot'));
  return new Blob([new Uint8Array(snapshot)]);
}

/**
 * Fills `dir` (which must not exist yet) with a migrated PGlite database and closes it, for tests
 * that hand a PGLITE_DIR to the CLI or the server: they find it migrated instead of spending
 * seconds on the migrations.
 */
export async function createMigratedPgliteDir(dir: string): Promise<string> {
  const client = new PGlite(dir, { loadDataDir: migratedSnapshot() });
  await client.close();
  return dir;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const client = new PGlite({ loadDataDir: migratedSnapshot() });
    const database = await openDatabase({ pglite: client });
    return { ...database, destroy: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('Postgres tests need TEST_DATABASE_URL');
  const name = `${inject('postgresPrefix')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const testUrl = withDatabase(url, name);
  const database = await openDatabase({ url: testUrl, maxConnections: 4 });
  return {
    ...database,
    url: testUrl,
    destroy: async () => {
      await database.close();
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
