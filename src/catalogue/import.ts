/**
 * Imports the 2018 national catalogue into `catalogue_zones`: parse the CSV, map each zone's
 * leading-industry phrases to the live taxonomy's concepts, and write what changed — in one
 * transaction, so a second import of the same file and taxonomy changes nothing and a failed
 * one leaves the table as it was. This module and `readCatalogueZones` are the only code that
 * touches the table.
 */
import { createHash } from 'node:crypto';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueZones, concepts as conceptsTable } from '../../db/schema.js';
import type { Concept } from '../catalog/schema.js';
import { buildConceptMatcher } from '../engine/concept-matcher.js';
import { computeCoverage, mapCatalogueRow, type CoverageReport, type MappedPhrase } from './mapping.js';
import { CATALOGUE_CSV, readCatalogueFile, type CatalogueLevel, type CatalogueRow } from './parse.js';

/** A catalogue zone as stored: the CSV row plus its mapped leading industries. */
export interface CatalogueZoneRecord extends CatalogueRow {
  phrases: MappedPhrase[];
  conceptIds: string[];
  unmappedPhrases: string[];
}

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

/** Reads the live taxonomy from the database, in its reviewed order. */
async function liveConcepts(db: Db): Promise<Concept[]> {
  const rows = await db.select().from(conceptsTable).orderBy(asc(conceptsTable.position));
  return rows.map((c) => ({ id: c.id, parent: c.parentId, labels: c.labels, synonyms: c.synonyms, ...(c.isic ? { isic: c.isic } : {}) }));
}

function rowOf(record: CatalogueZoneRecord) {
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

// Rows per insert statement, so that a statement's parameters (15 per row) stay well below
// Postgres' limit of 65,535 whatever the file's size.
const CHUNK = 500;

/**
 * Imports the national catalogue (idempotent, one transaction).
 * @throws CatalogueFormatError when the CSV is malformed; CatalogueImportError when the database
 * holds no taxonomy (seed the catalog first).
 */
export async function importNationalCatalogue(db: Db, options: ImportOptions = {}): Promise<ImportSummary> {
  const concepts = options.concepts ?? (await liveConcepts(db));
  if (concepts.length === 0) throw new CatalogueImportError('The database holds no taxonomy to map the catalogue against; seed the catalog first (start the service once).');
  const records = mapCatalogue(concepts, options.csvPath);
  const rows = records.map(rowOf);

  const counts = await db.transaction(async (tx) => {
    const existing = new Map((await tx.select({ id: catalogueZones.id, contentHash: catalogueZones.contentHash }).from(catalogueZones)).map((r) => [r.id, r.contentHash]));
    const changed = rows.filter((r) => existing.get(r.id) !== r.contentHash);
    const wanted = new Set(rows.map((r) => r.id));
    const gone = [...existing.keys()].filter((id) => !wanted.has(id));
    // Deleted first: a zone whose id changed but kept its (level, seq) would otherwise collide.
    for (let i = 0; i < gone.length; i += CHUNK) await tx.delete(catalogueZones).where(inArray(catalogueZones.id, gone.slice(i, i + CHUNK)));
    for (let i = 0; i < changed.length; i += CHUNK) {
      await tx
        .insert(catalogueZones)
        .values(changed.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: catalogueZones.id,
          set: {
            code: sql`excluded.code`,
            level: sql`excluded.level`,
            seq: sql`excluded.seq`,
            sourceRow: sql`excluded.source_row`,
            nameZh: sql`excluded.name_zh`,
            province: sql`excluded.province`,
            zoneType: sql`excluded.zone_type`,
            approved: sql`excluded.approved`,
            areaHa: sql`excluded.area_ha`,
            leadingIndustries: sql`excluded.leading_industries`,
            phrases: sql`excluded.phrases`,
            conceptIds: sql`excluded.concept_ids`,
            unmappedPhrases: sql`excluded.unmapped_phrases`,
            contentHash: sql`excluded.content_hash`,
            updatedAt: sql`now()`,
          },
        });
    }
    const inserted = changed.filter((r) => !existing.has(r.id)).length;
    return { inserted, updated: changed.length - inserted, deleted: gone.length };
  });

  return {
    zones: rows.length,
    ...counts,
    unchanged: rows.length - counts.inserted - counts.updated,
    coverage: computeCoverage(records),
  };
}

/** The imported catalogue, in file order (national list first, then by seq). Empty before any import. */
export async function readCatalogueZones(db: Db): Promise<CatalogueZoneRecord[]> {
  const rows = await db.select().from(catalogueZones).orderBy(asc(catalogueZones.sourceRow));
  return rows.map((r) => ({
    id: r.id,
    row: r.sourceRow,
    seq: r.seq,
    code: r.code,
    nameZh: r.nameZh,
    province: r.province,
    level: r.level as CatalogueLevel,
    zoneType: r.zoneType,
    approved: r.approved,
    areaHa: r.areaHa,
    leadingIndustries: r.leadingIndustries,
    phrases: r.phrases,
    conceptIds: r.conceptIds,
    unmappedPhrases: r.unmappedPhrases,
  }));
}
