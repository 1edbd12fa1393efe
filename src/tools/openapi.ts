/**
 * `npm run openapi`: writes the OpenAPI document the app generates to openapi/openapi.json.
 * A test fails when the committed copy differs from a fresh generation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../db/client.js';
import { buildApp } from '../app.js';
import { loadCatalog } from '../catalog/load.js';
import { CatalogView } from '../services/catalog-view.js';

export const OPENAPI_PATH = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url));

/** Generating the document never touches a database; any attempt is a bug and fails loudly. */
const noDatabase: Database = {
  db: new Proxy({} as Database['db'], {
    get() {
      throw new Error('no database while generating the OpenAPI document');
    },
  }),
  driver: 'pglite',
  migrate: async () => {},
  ping: async () => {},
  close: async () => {},
};

export async function generateOpenApi(): Promise<string> {
  const app = await buildApp({ config: { logLevel: 'silent' }, database: noDatabase, catalog: new CatalogView(loadCatalog()), logger: false });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(OPENAPI_PATH), { recursive: true });
  writeFileSync(OPENAPI_PATH, await generateOpenApi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
