/**
 * Brings the service up in order: open the database, apply migrations, seed the reviewed
 * catalog (idempotent), read the live catalog back, build the app. Shared by the server and
 * the tests that exercise a full start.
 */
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../db/client.js';
import { buildApp } from './app.js';
import { loadCatalog } from './catalog/load.js';
import type { Config } from './config.js';
import { readCatalog, seedCatalog, type SeedSummary } from './repositories/catalog-repository.js';
import { CatalogView } from './services/catalog-view.js';

export interface Service {
  app: FastifyInstance;
  database: Database;
  seed: SeedSummary;
  /** Closes the server, then the database. */
  close(): Promise<void>;
}

export async function startService(config: Config, options: { seedsDir?: string; logger?: boolean | object } = {}): Promise<Service> {
  // Load the files first: a broken catalog should stop the start before anything is written.
  const files = loadCatalog(options.seedsDir);
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    await database.migrate();
    const seed = await seedCatalog(database.db, files);
    const catalog = new CatalogView(await readCatalog(database.db));
    const app = await buildApp({ config, database, catalog, logger: options.logger });
    return {
      app,
      database,
      seed,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
