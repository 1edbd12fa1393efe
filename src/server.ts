/**
 * `npm start`: load the configuration, start the service, listen, and shut down cleanly on
 * SIGTERM/SIGINT (stop accepting, finish in-flight requests, close the database).
 */
import { ConfigError, loadConfig } from './config.js';
import { DatabaseLockedError } from '../db/client.js';
import { CatalogError } from './catalog/load.js';
import { startService } from './startup.js';

async function main() {
  const config = loadConfig();
  const service = await startService(config);
  const { app, seed } = service;
  app.log.info(
    {
      catalogVersion: seed.version,
      revision: seed.revision,
      inserted: seed.inserted.length,
      updated: seed.updated.length,
      archived: seed.archived,
      driver: service.database.driver,
    },
    'catalog seeded',
  );
  if (seed.kept.length > 0) {
    // Staff edits made through the API win over the seed files (README: "Managing the catalog").
    app.log.info({ kept: seed.kept }, 'catalog entries changed through the API were kept; the seed files do not overwrite them');
  }
  if (seed.conflicts.length > 0) {
    app.log.warn(
      { entries: seed.conflicts },
      'these seed files changed since the entries were edited through the API; the API versions stay live (PUT the file content, or import, to apply the files)',
    );
  }
  if (seed.problems.length > 0) app.log.warn({ problems: seed.problems }, 'the live catalog (seed files plus API edits) has integrity problems');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await service.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseLockedError || error instanceof CatalogError) {
    console.error(`zonematch: ${error.message}`);
  } else {
    console.error('zonematch: failed to start:', error);
  }
  process.exit(1);
});
