/**
 * The 2018 national development-zone catalogue (seeds/national/china-dev-zones-2018.csv).
 *
 *   npm run catalogue:import [-- --json]     migrate and seed the database the server uses
 *                                            (DATABASE_URL, else PGLITE_DIR), then import the
 *                                            catalogue into catalogue_zones (idempotent)
 *   npm run catalogue:coverage [-- --top N] [-- --json]
 *                                            map the catalogue's leading-industry phrases against
 *                                            the taxonomy in seeds/ (no database) and print the
 *                                            share mapped and the most frequent unmapped phrases,
 *                                            then the shares of zones with en/ja names, a city, a
 *                                            county and coordinates, and the zones not placed
 *
 * Exit codes: 0 done, 1 failed (bad file, database in use, bad configuration), 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { DatabaseLockedError, openDatabase } from '../../db/client.js';
import { CatalogError, loadCatalog } from '../catalog/load.js';
import { computeCoverage, type CoverageReport } from '../catalog/national/mapping.js';
import { importNationalCatalogue, mapCatalogue } from '../catalog/national/import.js';
import { CatalogueFormatError } from '../catalog/national/parse.js';
import { computePlaceCoverage, type PlaceCoverage } from '../catalog/national/places.js';
import { CATALOGUE_PROGRAM_ID, withNationalCatalogue } from '../catalog/national/zones.js';
import { ConfigError, loadConfig } from '../config.js';
import { seedCatalog } from '../repositories/catalog-repository.js';

const USAGE = `usage:
  npm run catalogue:import [-- --json]
  npm run catalogue:coverage [-- --top <n>] [-- --json]`;

class UsageError extends Error {}

const percent = (share: number) => `${(share * 100).toFixed(2)} %`;

function formatCoverage(report: CoverageReport): string {
  const lines = [
    `zones: ${report.zones}`,
    `phrases mapped: ${report.mappedPhrases} of ${report.phrases} (${percent(report.share)}); distinct phrases: ${report.distinctMapped} of ${report.distinctPhrases}`,
    `zones with every phrase mapped: ${report.zonesFullyMapped}; zones without any concept: ${report.zonesWithoutConcepts}`,
    report.topUnmapped.length === 0 ? 'every phrase is mapped' : `most frequent unmapped phrases (zones):`,
    ...report.topUnmapped.map((u, i) => `  ${String(i + 1).padStart(2)}. ${u.phrase} (${u.zones})`),
  ];
  return lines.join('\n');
}

function formatPlaces(report: PlaceCoverage): string {
  const of = (n: number) => `${n} of ${report.zones} (${percent(n / report.zones)})`;
  return [
    `names in en and ja: ${of(report.named)}`,
    `with a city: ${of(report.withCity)}; with a county or district: ${of(report.withCounty)}`,
    `with coordinates: ${of(report.withCoordinates)} (the county's seat for ${report.countySeats}, else the city's)`,
    report.unresolved.length === 0 ? 'every zone is placed' : `not placed (${report.unresolved.length}): ${report.unresolved.join(', ')}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help' || values.help) {
    console.log(USAGE);
    return;
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest.join(' ')}"`);
  const top = values.top === undefined ? 30 : Number(values.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top needs a whole number, got "${values.top}"`);

  if (command === 'coverage') {
    const catalog = loadCatalog();
    const records = mapCatalogue(catalog.concepts);
    const report = computeCoverage(records, top);
    const places = computePlaceCoverage(withNationalCatalogue(catalog, records).zones.filter((z) => z.program === CATALOGUE_PROGRAM_ID));
    console.log(values.json ? JSON.stringify({ ...report, places }, null, 2) : `${formatCoverage(report)}\n${formatPlaces(places)}`);
    return;
  }
  if (command !== 'import') throw new UsageError(`unknown command "${command}"`);

  const config = loadConfig();
  const files = loadCatalog();
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir, maxConnections: 1 });
  try {
    await database.migrate();
    // The import maps against the live taxonomy: bring the database up to the seed files first,
    // exactly as start-up does.
    await seedCatalog(database.db, files);
    const summary = await importNationalCatalogue(database.db);
    if (values.json) {
      console.log(JSON.stringify({ ...summary, coverage: { ...summary.coverage, topUnmapped: summary.coverage.topUnmapped.slice(0, top) } }, null, 2));
    } else {
      console.log(
        `imported ${summary.zones} catalogue zones into ${database.driver}: ${summary.inserted} inserted, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} deleted`,
      );
      console.log(formatCoverage({ ...summary.coverage, topUnmapped: summary.coverage.topUnmapped.slice(0, top) }));
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`catalogue: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof DatabaseLockedError) {
    console.error(`catalogue: ${error.message} Stop the server first: PGlite lets one process at a time use its directory.`);
    process.exit(1);
  }
  if (error instanceof ConfigError || error instanceof CatalogueFormatError || error instanceof CatalogError) {
    console.error(`catalogue: ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
