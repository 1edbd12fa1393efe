/**
 * The imported 2018 national catalogue (`catalogue_zones`) and the live taxonomy it is mapped
 * against: the only code that reads or writes that table.
 */
import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueZones, concepts as conceptsTable } from '../../db/schema.js';
import type { Concept } from '../catalog/schema.js';
import type { CatalogueZoneRecord } from '../catalog/national/mapping.js';
import type { CatalogueLevel } from '../catalog/national/parse.js';

/** A row as written: the record's content and a hash of it, so an unchanged zone is not rewritten. */
export type CatalogueZoneRow = Omit<typeof catalogueZones.$inferInsert, 'updatedAt'>;

/** Reads the live taxonomy from the database, in its reviewed order. */
export async function liveConcepts(db: Db): Promise<Concept[]> {
  const rows = await db.select().from(conceptsTable).orderBy(asc(conceptsTable.position));
  return rows.map((c) => ({ id: c.id, parent: c.parentId, labels: c.labels, synonyms: c.synonyms, ...(c.isic ? { isic: c.isic } : {}) }));
}

// Rows per insert statement, so that a statement's parameters (15 per row) stay well below
// Postgres' limit of 65,535 whatever the file's size.
const CHUNK = 500;

/** Makes the table hold exactly `rows` (one transaction); counts what changed. */
export async function writeCatalogueZones(db: Db, rows: CatalogueZoneRow[]): Promise<{ inserted: number; updated: number; deleted: number }> {
  return db.transaction(async (tx) => {
    const existing = new Map(
      (await tx.select({ id: catalogueZones.id, contentHash: catalogueZones.contentHash }).from(catalogueZones)).map((r) => [r.id, r.contentHash]),
    );
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
