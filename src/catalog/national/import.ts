/**
 * Imports the 2018 national catalogue into `catalogue_zones`: parse the CSV, map each zone's
 * leading-industry phrases to the live taxonomy's concepts, and write what changed — in one
 * transaction, so a second import of the same file and taxonomy changes nothing and a failed
 * one leaves the table as it was. The table itself is `src/repositories/catalogue-zone-repository.ts`'s.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client.js';
import { liveConcepts, writeCatalogueZones, type CatalogueZoneRow } from '../../repositories/catalogue-zone-repository.js';
import type { Concept } from '../schema.js';
import { buildConceptMatcher } from '../../engine/concept-matcher.js';
import { computeCoverage, mapCatalogueRow, type CatalogueZoneRecord, type CoverageReport } from './mapping.js';

export type { CatalogueZoneRecord } from './mapping.js';
import { CATALOGUE_CSV, readCatalogueFile } from './parse.js';

export interface ImportOptions {
  /** The CSV to read; default the shipped `seeds/national/china-dev-zones-2018.csv`. */
  csvPath?: string;
  /** The taxonomy to map against; default the concepts in the database (the live taxonomy). */
  concepts?: readonly Concept[];
}

export interface ImportSummary {
  /** Zones in the file (= rows in the table after the import). */
  zones: number;
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
  coverage: CoverageReport;
}

/** The import cannot start: no taxonomy to map against. */
export class CatalogueImportError extends Error {
  override name = 'CatalogueImportError';
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Parses and maps the file without touching the database (the coverage command uses it too). */
export function mapCatalogue(concepts: readonly Concept[], csvPath: string = CATALOGUE_CSV): CatalogueZoneRecord[] {
  const matcher = buildConceptMatcher(concepts);
  return readCatalogueFile(csvPath).map((row) => ({ ...row, ...mapCatalogueRow(matcher, row) }));
}

function rowOf(record: CatalogueZoneRecord): CatalogueZoneRow {
  const content = {
    id: record.id,
    code: record.code,
    level: record.level,
    seq: record.seq,
    sourceRow: record.row,
    nameZh: record.nameZh,
    province: record.province,
    zoneType: record.zoneType,
    approved: record.approved,
    areaHa: record.areaHa,
    leadingIndustries: record.leadingIndustries,
    phrases: record.phrases,
    conceptIds: record.conceptIds,
    unmappedPhrases: record.unmappedPhrases,
  };
  return { ...content, contentHash: hashOf(content) };
}

/**
 * Imports the national catalogue (idempotent, one transaction).
 * @throws CatalogueFormatError when the CSV is malformed; CatalogueImportError when the database
 * holds no taxonomy (seed the catalog first).
 */
export async function importNationalCatalogue(db: Db, options: ImportOptions = {}): Promise<ImportSummary> {
  const concepts = options.concepts ?? (await liveConcepts(db));
  if (concepts.length === 0)
    throw new CatalogueImportError('The database holds no taxonomy to map the catalogue against; seed the catalog first (start the service once).');
  const records = mapCatalogue(concepts, options.csvPath);
  const rows = records.map(rowOf);

  const counts = await writeCatalogueZones(db, rows);

  return {
    zones: rows.length,
    ...counts,
    unchanged: rows.length - counts.inserted - counts.updated,
    coverage: computeCoverage(records),
  };
}
