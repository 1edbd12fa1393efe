/**
 * How the command-line tools (`apikey`, `learn-weights`) open the database the server uses
 * (DATABASE_URL, else the PGlite directory PGLITE_DIR), migrated.
 */
import { DatabaseLockedError, openDatabase, type Database } from '../../db/client.js';
import type { Config } from '../config.js';

/** A failure a tool reports in one line, exiting 1. */
export class CommandError extends Error {}

export async function openToolDatabase(config: Pick<Config, 'databaseUrl' | 'pgliteDir'>): Promise<Database> {
  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir, maxConnections: 1 });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      throw new CommandError(
        `${error.message} That is most likely the running server: PGlite lets one process at a time use its directory, so stop the server, run this command, and start the server again (or run both against a shared Postgres with DATABASE_URL, where they can work at the same time).`,
      );
    }
    throw error;
  }
  try {
    await database.migrate();
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}
