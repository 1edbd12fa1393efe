/**
 * Builds the real app on a fresh, seeded test database, the way production does, and closes
 * both afterwards. HTTP tests go through `app.inject` on this.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/schema.js';
import { readCatalog, seedCatalog } from '../../src/repositories/catalog-repository.js';
import { CatalogView } from '../../src/services/catalog-view.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './database.js';

let files: Catalog | undefined;
/** The reviewed catalog from seeds/, loaded once per test file. */
export function seedFiles(): Catalog {
  files ??= loadCatalog();
  return files;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(kind: DatabaseKind = 'pglite'): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  await seedCatalog(database.db, seedFiles());
  const catalog = new CatalogView(await readCatalog(database.db));
  const app = await buildApp({ config: { logLevel: 'silent' }, database, catalog, logger: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}
