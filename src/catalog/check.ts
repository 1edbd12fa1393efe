/**
 * `npm run catalog:check`: validates every file under seeds/ and prints a one-line summary,
 * or each problem with its file and JSON path. Exit code 1 on any problem.
 */
import { CatalogError, loadCatalog } from './load.js';

try {
  const catalog = loadCatalog(process.argv[2]);
  const zones = catalog.zones.length;
  const incentives = catalog.programs.reduce((n, p) => n + p.incentives.length, 0) + catalog.zones.reduce((n, z) => n + z.incentives.length, 0);
  console.log(
    `catalog ${catalog.version} is valid: ${catalog.concepts.length} concepts, ${catalog.programs.length} programs, ${zones} zones, ${incentives} incentives`,
  );
} catch (error) {
  if (error instanceof CatalogError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
