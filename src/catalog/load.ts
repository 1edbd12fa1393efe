/**
 * Reads the reviewed catalog files under `seeds/`, validates each against its schema and the
 * whole against the cross-file rules, and returns one `Catalog`. The seeder, the server and the
 * tests all load the catalog through here, so a bad file fails the same way everywhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TSchema, Static } from '@sinclair/typebox';
import {
  ProgramSchema,
  SourcesFileSchema,
  TaxonomyFileSchema,
  ZoneSchema,
  type Catalog,
  type Concept,
  type Program,
  type SourceRef,
  type Zone,
} from './schema.js';
import { checkCatalogIntegrity } from './integrity.js';
import { loadNegativeList, negativeListProblems, NEGATIVE_LIST_FILE } from './negative-list.js';
import { CatalogError, DEFAULT_SEEDS_DIR, schemaProblems } from './seed-files.js';

export { CatalogError, DEFAULT_SEEDS_DIR, schemaProblems } from './seed-files.js';

interface ReadFile {
  name: string;
  text: string;
}

function readJsonFiles(dir: string, seedsDir: string): ReadFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((n) => {
    const path = join(dir, n);
    return { name: relative(seedsDir, path), text: readFileSync(path, 'utf8') };
  });
}

function parseAs<T extends TSchema>(file: ReadFile, schema: T, problems: string[]): Static<T> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    problems.push(`${file.name}: /: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const found = schemaProblems(schema, value, file.name);
  if (found.length > 0) {
    problems.push(...found);
    return undefined;
  }
  return value as Static<T>;
}

/**
 * Loads and validates the catalog from a seeds folder.
 * @throws CatalogError naming each bad file and the JSON path of each problem.
 */
export function loadCatalog(seedsDir: string = DEFAULT_SEEDS_DIR): Catalog {
  const problems: string[] = [];
  const sourcesFile: ReadFile = {
    name: 'sources.json',
    text: readFileSync(join(seedsDir, 'sources.json'), 'utf8'),
  };
  const taxonomyFiles = readJsonFiles(join(seedsDir, 'taxonomy'), seedsDir);
  const programFiles = readJsonFiles(join(seedsDir, 'programs'), seedsDir);
  const zoneFiles = readJsonFiles(join(seedsDir, 'zones'), seedsDir);

  const sources = parseAs(sourcesFile, SourcesFileSchema, problems)?.sources ?? [];
  const concepts: Concept[] = [];
  for (const file of taxonomyFiles) concepts.push(...(parseAs(file, TaxonomyFileSchema, problems)?.concepts ?? []));
  const programs: Program[] = [];
  for (const file of programFiles) {
    const program = parseAs(file, ProgramSchema, problems);
    if (program) programs.push(program);
  }
  const zones: Zone[] = [];
  for (const file of zoneFiles) {
    const zone = parseAs(file, ZoneSchema, problems);
    if (!zone) continue;
    const expected = file.name.replace(/^zones\//, '').replace(/\.json$/, '');
    if (zone.id !== expected) problems.push(`${file.name}: /id: zone id "${zone.id}" must match the file name "${expected}"`);
    zones.push(zone);
  }

  const hash = createHash('sha256');
  for (const file of [sourcesFile, ...taxonomyFiles, ...programFiles, ...zoneFiles]) {
    hash.update(file.name).update('\0').update(file.text).update('\0');
  }
  const catalog: Catalog = { sources, concepts, programs, zones, version: hash.digest('hex').slice(0, 12) };
  const negativeList = readNegativeList(seedsDir, concepts, problems);
  if (negativeList) catalog.negativeList = negativeList;

  if (problems.length === 0) problems.push(...checkCatalogIntegrity(catalog));
  if (problems.length > 0) {
    throw new CatalogError(`The catalog in ${seedsDir} is invalid:\n  ${problems.join('\n  ')}`, problems);
  }
  return catalog;
}

/** Every source reference in a program or zone, for citation lists and checks. */
export function sourceRefsOf(entry: Program | Zone): SourceRef[] {
  const refs: SourceRef[] = [...entry.sources];
  for (const list of [entry.industries, entry.incentives, entry.restrictions, entry.targets, entry.partners, entry.platforms]) {
    for (const item of list) refs.push(item.source);
  }
  if ('areaKm2' in entry && entry.areaKm2) refs.push(entry.areaKm2.source);
  if ('distancesKm' in entry && entry.distancesKm) {
    for (const d of Object.values(entry.distancesKm)) if (d) refs.push(d.source);
  }
  return refs;
}

/** The negative list of a seeds folder, when it has one; its problems join the catalog's. */
function readNegativeList(seedsDir: string, concepts: readonly Concept[], problems: string[]): Catalog['negativeList'] {
  if (!existsSync(join(seedsDir, NEGATIVE_LIST_FILE))) return undefined;
  try {
    const list = loadNegativeList(seedsDir);
    const found = negativeListProblems(list, concepts);
    problems.push(...found);
    return found.length === 0 ? list : undefined;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
