/**
 * Brings the service up in order: open the database, apply migrations, seed the reviewed
 * catalog (idempotent), import the 2018 national catalogue when CATALOGUE=national (idempotent),
 * read the live catalog back, build the app. Shared by the server and
 * the tests that exercise a full start.
 */
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../db/client.js';
import { buildApp } from './app.js';
import { loadCatalog } from './catalog/load.js';
import type { Config } from './config.js';
import { importNationalCatalogue, type ImportSummary } from './catalog/national/import.js';
import { seedCatalog, type SeedSummary } from './repositories/catalog-repository.js';
import { buildCatalogView } from './services/catalog-store.js';

export interface Service {
  app: FastifyInstance;
  database: Database;
  seed: SeedSummary;
  /** What the national catalogue import changed (CATALOGUE=national only). */
  catalogue?: ImportSummary;
  /** Stops listening for catalog changes, closes the server, then the database. */
  close(): Promise<void>;
}

export async function startService(config: Config, options: { seedsDir?: string; logger?: boolean | object } = {}): Promise<Service> {
  // Load the files first: a broken catalog should stop the start before anything is written.
  const files = loadCatalog(options.seedsDir);
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    await database.migrate();
    const seed = await seedCatalog(database.db, files);
    // After seeding: the catalogue's industries are mapped against the taxonomy just written.
    const catalogue = config.catalogue === 'national' ? await importNationalCatalogue(database.db) : undefined;
    const catalog = await buildCatalogView(database, { catalogue: config.catalogue });
    const app = await buildApp({ config, database, catalog, logger: options.logger });
    if (catalogue) {
      const { zones, inserted, updated, unchanged, deleted, coverage } = catalogue;
      app.log.info(
        { zones, inserted, updated, unchanged, deleted, phrasesMapped: coverage.share, liveZones: catalog.zoneIds.length },
        'national catalogue imported',
      );
    }
    // Other instances on the same Postgres announce their catalog changes (see catalog-store).
    const listener = await app.zonematch.catalogs.listen(app.log).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    return {
      app,
      database,
      seed,
      ...(catalogue ? { catalogue } : {}),
      close: async () => {
        await listener.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
