/**
 * The CLI's commands that work on the database itself rather than through the API: API keys
 * (`apikey create|list|revoke`) and the 2018 national catalogue (`catalogue import|coverage`).
 * Each checks its arguments and returns the work to do, so a typo is refused before a database
 * is opened; the work gets the configured database (DATABASE_URL, else PGLITE_DIR), migrated.
 */
import type { Database } from '../../db/client.js';
import { ROLES, type Role } from '../auth/guard.js';
import type { CoverageReport } from '../catalog/national/mapping.js';
import type { ApiKeyRecord } from '../repositories/api-key-repository.js';
import type { Io } from './commands.js';
import { CliError } from './errors.js';
import type { PlaceCoverage } from '../catalog/national/places.js';

/** Work on the database, or (`needsDatabase: false`) on the files alone. */
export type DatabaseAction =
  | { needsDatabase: true; run: (database: Database, target: string) => Promise<number> }
  | { needsDatabase: false; run: () => Promise<number> };

export interface ApikeyArgs {
  role?: string;
  label?: string;
  json: boolean;
}

/**
 * `apikey create --role R --label L` prints the new key alone on stdout (so `> key.txt` keeps it)
 * and what it is on stderr; `apikey list [--json]` never shows a key; `apikey revoke <id>`.
 */
export function apikey(rest: string[], args: ApikeyArgs, io: Io, usage: (message: string) => CliError): DatabaseAction {
  const [command, ...extra] = rest;
  if (command === 'create') {
    if (!(ROLES as readonly (string | undefined)[]).includes(args.role)) throw usage('apikey create needs --role reader, --role staff or --role admin');
    if (!args.label?.trim()) throw usage('apikey create needs --label "<who or what the key is for>"');
    if (extra.length > 0) throw usage(`apikey create takes no further arguments (got "${extra.join(' ')}")`);
    const input = { label: args.label, role: args.role as Role };
    return {
      needsDatabase: true,
      run: async (database) => {
        const { createApiKey } = await import('../repositories/api-key-repository.js');
        const { key, record } = await createApiKey(database.db, input);
        io.err.write(`Created ${record.role} key "${record.label}" (id ${record.id}). This is the only time it is shown; store it now:\n`);
        io.out(`${key}\n`);
        return 0;
      },
    };
  }
  if (command === 'list') {
    if (extra.length > 0) throw usage(`apikey list takes no further arguments (got "${extra.join(' ')}")`);
    return {
      needsDatabase: true,
      run: async (database) => {
        const { listApiKeys } = await import('../repositories/api-key-repository.js');
        const keys = await listApiKeys(database.db);
        io.out(`${args.json ? JSON.stringify(keys, null, 2) : formatKeys(keys)}\n`);
        return 0;
      },
    };
  }
  if (command === 'revoke') {
    const [id, ...more] = extra;
    if (id === undefined || more.length > 0) throw usage('apikey revoke needs exactly one key id (see zonematch apikey list)');
    return {
      needsDatabase: true,
      run: async (database) => {
        const { revokeApiKey } = await import('../repositories/api-key-repository.js');
        const result = await revokeApiKey(database.db, id);
        if (result.status === 'not-found') throw new CliError(`no API key with id "${id}" (see zonematch apikey list)`);
        const { record } = result;
        io.out(
          result.status === 'already-revoked'
            ? `Key ${record.id} ("${record.label}") was already revoked on ${record.revokedAt!.toISOString()}.\n`
            : `Revoked ${record.role} key ${record.id} ("${record.label}"); it is refused from the next request on.\n`,
        );
        return 0;
      },
    };
  }
  throw usage(`Unknown command "${['apikey', ...rest].join(' ')}"`);
}

function formatKeys(keys: ApiKeyRecord[]): string {
  if (keys.length === 0) return 'No API keys yet; create one with: zonematch apikey create --role admin --label "…"';
  const rows = [
    ['id', 'role', 'label', 'key starts', 'created', 'last used', 'status'],
    ...keys.map((k) => [
      k.id,
      k.role,
      k.label,
      `${k.prefix}…`,
      minute(k.createdAt),
      k.lastUsedAt ? minute(k.lastUsedAt) : 'never',
      k.revokedAt ? `revoked ${minute(k.revokedAt)}` : 'active',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `2026-11-30 12:34Z` (UTC). */
function minute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')}Z`;
}

export interface CatalogueArgs {
  /** How many of the most frequent unmapped phrases to list. */
  top: number;
  json: boolean;
}

const percent = (share: number) => `${(share * 100).toFixed(2)} %`;

function formatCoverage(report: CoverageReport): string {
  return [
    `zones: ${report.zones}`,
    `phrases mapped: ${report.mappedPhrases} of ${report.phrases} (${percent(report.share)}); distinct phrases: ${report.distinctMapped} of ${report.distinctPhrases}`,
    `zones with every phrase mapped: ${report.zonesFullyMapped}; zones without any concept: ${report.zonesWithoutConcepts}`,
    report.topUnmapped.length === 0 ? 'every phrase is mapped' : `most frequent unmapped phrases (zones):`,
    ...report.topUnmapped.map((u, i) => `  ${String(i + 1).padStart(2)}. ${u.phrase} (${u.zones})`),
    '',
  ].join('\n');
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

/** Runs `work`, turning the catalogue's own errors (a malformed file, a bad seed) into one message. */
async function reportingCatalogueErrors<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && /^Catalog(ue)?\w*Error$/.test(error.name)) throw new CliError(`${what} failed: ${error.message}`);
    throw error;
  }
}

/**
 * `catalogue import`: brings the database up to the seed files (as start-up does: the import maps
 * against the live taxonomy), then imports the 2018 catalogue into catalogue_zones (idempotent).
 * `catalogue coverage`: maps the catalogue's leading-industry phrases against the taxonomy in
 * seeds/, no database, and reports the share mapped and the most frequent unmapped phrases, then
 * the shares of zones with en/ja names, a city, a county and coordinates, and the zones not placed.
 */
export function catalogue(rest: string[], args: CatalogueArgs, io: Io, usage: (message: string) => CliError): DatabaseAction {
  const [command, ...extra] = rest;
  if (extra.length > 0 || (command !== 'import' && command !== 'coverage')) throw usage(`Unknown command "${['catalogue', ...rest].join(' ')}"`);
  if (command === 'coverage') {
    return {
      needsDatabase: false,
      run: () =>
        reportingCatalogueErrors('catalogue coverage', async () => {
          const [{ loadCatalog }, { mapCatalogue }, { computeCoverage }, { computePlaceCoverage }, { CATALOGUE_PROGRAM_ID, withNationalCatalogue }] =
            await Promise.all([
              import('../catalog/load.js'),
              import('../catalog/national/import.js'),
              import('../catalog/national/mapping.js'),
              import('../catalog/national/places.js'),
              import('../catalog/national/zones.js'),
            ]);
          const catalog = loadCatalog();
          const records = mapCatalogue(catalog.concepts);
          const report = computeCoverage(records, args.top);
          const places = computePlaceCoverage(withNationalCatalogue(catalog, records).zones.filter((z) => z.program === CATALOGUE_PROGRAM_ID));
          io.out(args.json ? `${JSON.stringify({ ...report, places }, null, 2)}\n` : `${formatCoverage(report)}${formatPlaces(places)}\n`);
          return 0;
        }),
    };
  }
  return {
    needsDatabase: true,
    run: (database, target) =>
      reportingCatalogueErrors('catalogue import', async () => {
        const [{ loadCatalog }, { importNationalCatalogue }, { seedCatalog }] = await Promise.all([
          import('../catalog/load.js'),
          import('../catalog/national/import.js'),
          import('../repositories/catalog-repository.js'),
        ]);
        await seedCatalog(database.db, loadCatalog());
        const summary = await importNationalCatalogue(database.db);
        const coverage = { ...summary.coverage, topUnmapped: summary.coverage.topUnmapped.slice(0, args.top) };
        if (args.json) {
          io.out(`${JSON.stringify({ ...summary, coverage }, null, 2)}\n`);
          return 0;
        }
        io.out(
          [
            `Imported the national catalogue into ${target}: ${summary.zones} zones (${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} removed).`,
            `Leading-industry phrases mapped to taxonomy concepts: ${(coverage.share * 100).toFixed(1)} % (${coverage.mappedPhrases} of ${coverage.phrases}); zones without any concept: ${coverage.zonesWithoutConcepts}.`,
            '',
          ].join('\n'),
        );
        return 0;
      }),
  };
}
