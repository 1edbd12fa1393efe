/**
 * Writes the reviewed catalog into the database and reads it back. Seeding is idempotent: rows
 * are compared by content and only what changed is written; a zone or program that left the
 * files is archived (kept, with `archived_at` set), not deleted.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import * as t from '../../db/schema.js';
import type { Catalog, Concept, Program, Zone } from '../catalog/schema.js';

export interface SeedSummary {
  version: string;
  revision: number;
  inserted: string[];
  updated: string[];
  archived: string[];
  unchanged: number;
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function depthOf(concepts: Concept[]): Map<string, number> {
  const parent = new Map(concepts.map((c) => [c.id, c.parent]));
  const depth = new Map<string, number>();
  for (const c of concepts) {
    let d = 0;
    for (let p = c.parent; p !== null && p !== undefined && d < 64; p = parent.get(p) ?? null) d++;
    depth.set(c.id, d);
  }
  return depth;
}

/** Upserts the catalog; returns what changed. Runs in one transaction. */
export async function seedCatalog(db: Db, catalog: Catalog): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    const summary: SeedSummary = { version: catalog.version, revision: 0, inserted: [], updated: [], archived: [], unchanged: 0 };

    // Sources: small reference data, replaced when different.
    const existingSources = new Map((await tx.select().from(t.sources)).map((s) => [s.doc, s]));
    for (const s of catalog.sources) {
      const row = { doc: s.doc, title: s.title, language: s.language, publisher: s.publisher, published: s.published ?? null, note: s.note ?? null };
      const old = existingSources.get(s.doc);
      if (old && hashOf(old) === hashOf(row)) continue;
      await tx.insert(t.sources).values(row).onConflictDoUpdate({ target: t.sources.doc, set: row });
    }
    const keptDocs = new Set(catalog.sources.map((s) => s.doc));
    const goneDocs = [...existingSources.keys()].filter((d) => !keptDocs.has(d));
    if (goneDocs.length > 0) await tx.delete(t.sources).where(inArray(t.sources.doc, goneDocs));

    // Concepts: parents before children on the way in, children before parents on the way out.
    const depth = depthOf(catalog.concepts);
    const existingConcepts = new Map((await tx.select().from(t.concepts)).map((c) => [c.id, c]));
    const ordered = catalog.concepts.map((c, position) => ({ c, position })).sort((a, b) => (depth.get(a.c.id) ?? 0) - (depth.get(b.c.id) ?? 0));
    for (const { c, position } of ordered) {
      const row = { id: c.id, parentId: c.parent, labels: c.labels, synonyms: c.synonyms, isic: c.isic ?? null, position };
      const old = existingConcepts.get(c.id);
      if (old && hashOf(old) === hashOf(row)) continue;
      await tx.insert(t.concepts).values(row).onConflictDoUpdate({ target: t.concepts.id, set: row });
    }
    const keptConcepts = new Set(catalog.concepts.map((c) => c.id));
    const goneConcepts = [...existingConcepts.values()].filter((c) => !keptConcepts.has(c.id));
    const oldDepth = depthOf(goneConcepts.map((c) => ({ ...(c as unknown as Concept), parent: c.parentId })));
    goneConcepts.sort((a, b) => (oldDepth.get(b.id) ?? 0) - (oldDepth.get(a.id) ?? 0));
    for (const c of goneConcepts) await tx.delete(t.concepts).where(eq(t.concepts.id, c.id));

    // Programs, parents first.
    const existingPrograms = new Map((await tx.select().from(t.programs)).map((p) => [p.id, p]));
    const programOrder = [...catalog.programs].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
    for (const program of programOrder) {
      const contentHash = hashOf(program);
      const old = existingPrograms.get(program.id);
      if (old && old.contentHash === contentHash && old.archivedAt === null) {
        summary.unchanged++;
        continue;
      }
      const row = { id: program.id, parentId: program.parent ?? null, name: program.name, doc: program, contentHash, archivedAt: null };
      if (old) {
        await tx.update(t.programs).set({ ...row, updatedAt: sql`now()` }).where(eq(t.programs.id, program.id));
        summary.updated.push(`program:${program.id}`);
      } else {
        await tx.insert(t.programs).values(row);
        summary.inserted.push(`program:${program.id}`);
      }
      await replaceFacts(tx, { programId: program.id }, program);
    }

    // Zones.
    const existingZones = new Map((await tx.select().from(t.zones)).map((z) => [z.id, z]));
    for (const zone of catalog.zones) {
      const contentHash = hashOf(zone);
      const old = existingZones.get(zone.id);
      if (old && old.contentHash === contentHash && old.archivedAt === null) {
        summary.unchanged++;
        continue;
      }
      const row = zoneRow(zone, contentHash);
      if (old) {
        await tx.update(t.zones).set({ ...row, updatedAt: sql`now()` }).where(eq(t.zones.id, zone.id));
        summary.updated.push(`zone:${zone.id}`);
      } else {
        await tx.insert(t.zones).values(row);
        summary.inserted.push(`zone:${zone.id}`);
      }
      await replaceFacts(tx, { zoneId: zone.id }, zone);
    }

    // Whatever left the files is archived, never silently kept live.
    const keptZones = new Set(catalog.zones.map((z) => z.id));
    for (const old of existingZones.values()) {
      if (keptZones.has(old.id) || old.archivedAt !== null) continue;
      await tx.update(t.zones).set({ archivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.zones.id, old.id));
      summary.archived.push(`zone:${old.id}`);
    }
    const keptPrograms = new Set(catalog.programs.map((p) => p.id));
    for (const old of existingPrograms.values()) {
      if (keptPrograms.has(old.id) || old.archivedAt !== null) continue;
      await tx.update(t.programs).set({ archivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.programs.id, old.id));
      summary.archived.push(`program:${old.id}`);
    }

    const [state] = await tx.select().from(t.catalogState).where(eq(t.catalogState.id, 1));
    if (!state) {
      await tx.insert(t.catalogState).values({ id: 1, version: catalog.version, revision: 1 });
      summary.revision = 1;
    } else if (state.version !== catalog.version) {
      summary.revision = state.revision + 1;
      await tx.update(t.catalogState).set({ version: catalog.version, revision: summary.revision, updatedAt: sql`now()` }).where(eq(t.catalogState.id, 1));
    } else {
      summary.revision = state.revision;
    }
    return summary;
  });
}

function zoneRow(zone: Zone, contentHash: string) {
  return {
    id: zone.id,
    programId: zone.program,
    name: zone.name,
    kind: zone.kind,
    provinceEn: zone.location.province.en,
    cityEn: zone.location.city.en,
    areaKm2: zone.areaKm2?.value ?? null,
    completeness: zone.completeness,
    doc: zone,
    contentHash,
    archivedAt: null,
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function replaceFacts(tx: Tx, owner: { zoneId: string } | { programId: string }, entry: Program | Zone) {
  const ownerId = 'zoneId' in owner ? `zone:${owner.zoneId}` : `program:${owner.programId}`;
  const zoneId = 'zoneId' in owner ? owner.zoneId : null;
  const programId = 'programId' in owner ? owner.programId : null;
  await tx.delete(t.zoneIndustries).where(eq(t.zoneIndustries.ownerId, ownerId));
  await tx
    .delete(t.incentives)
    .where(zoneId ? eq(t.incentives.zoneId, zoneId) : and(eq(t.incentives.programId, programId ?? ''), isNull(t.incentives.zoneId)));
  if (entry.industries.length > 0) {
    await tx.insert(t.zoneIndustries).values(
      entry.industries.map((i) => ({
        ownerId,
        industryKey: i.id,
        zoneId,
        programId,
        name: i.name,
        level: i.level,
        conceptIds: i.concepts,
        details: i.details,
        source: i.source,
      })),
    );
  }
  if (entry.incentives.length > 0) {
    // An incentive id that moved from another owner is taken over rather than duplicated.
    await tx.delete(t.incentives).where(inArray(t.incentives.id, entry.incentives.map((i) => i.id)));
    await tx.insert(t.incentives).values(
      entry.incentives.map((i) => ({
        id: i.id,
        zoneId,
        programId,
        type: i.type,
        status: i.status,
        title: i.title,
        summary: i.summary,
        eligibility: i.eligibility,
        serves: i.serves,
        source: i.source,
      })),
    );
  }
}

/** Reads the live (non-archived) catalog back from the database. */
export async function readCatalog(db: Db): Promise<Catalog> {
  const [state] = await db.select().from(t.catalogState).where(eq(t.catalogState.id, 1));
  const sourceRows = await db.select().from(t.sources).orderBy(t.sources.doc);
  const conceptRows = await db.select().from(t.concepts).orderBy(t.concepts.position);
  const programRows = await db.select({ doc: t.programs.doc }).from(t.programs).where(isNull(t.programs.archivedAt)).orderBy(t.programs.id);
  const zoneRows = await db.select({ doc: t.zones.doc }).from(t.zones).where(isNull(t.zones.archivedAt)).orderBy(t.zones.id);
  return {
    version: state?.version ?? 'empty',
    sources: sourceRows.map((s) => ({
      doc: s.doc,
      title: s.title,
      language: s.language as 'ja' | 'zh',
      publisher: s.publisher,
      ...(s.published ? { published: s.published } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
    concepts: conceptRows.map((c) => ({
      id: c.id,
      parent: c.parentId,
      labels: c.labels,
      synonyms: c.synonyms,
      ...(c.isic ? { isic: c.isic } : {}),
    })),
    programs: programRows.map((p) => p.doc),
    zones: zoneRows.map((z) => z.doc),
  };
}

/** Row counts per catalog table, for checks that seeding is idempotent. */
export async function countCatalogRows(db: Db): Promise<Record<string, number>> {
  const count = async (table: PgTable) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  return {
    sources: await count(t.sources),
    concepts: await count(t.concepts),
    programs: await count(t.programs),
    zones: await count(t.zones),
    zoneIndustries: await count(t.zoneIndustries),
    incentives: await count(t.incentives),
  };
}
