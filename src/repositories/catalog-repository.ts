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
import stableStringify from 'safe-stable-stringify';
import { checkCatalogIntegrity } from '../catalog/integrity.js';
import type { Catalog, Concept, Program, SourceKind, Zone } from '../catalog/schema.js';
import { resolveTaxonomy } from '../catalog/resolve.js';

export interface SeedSummary {
  version: string;
  revision: number;
  inserted: string[];
  updated: string[];
  archived: string[];
  unchanged: number;
  /**
   * Entries changed through the API that seeding left alone (`zone:<id>`, `program:<id>`,
   * `taxonomy`): the API's edit wins until the stored entry equals its seed file again.
   */
  kept: string[];
  /** Of `kept`, those whose seed file changed (or was removed) since: file edits not applied. */
  conflicts: string[];
  /** Integrity problems of the live catalog that mixes seed files and API edits (empty when consistent). */
  problems: string[];
}

/** A short content hash; `seed_hash` and `content_hash` columns hold these. */
export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** JSON with sorted keys: equal for equal content however the keys were ordered (jsonb reorders them). */
export const canonicalJson = (value: unknown): string => stableStringify(value) ?? 'null';

/**
 * The version of a catalog changed through the API: a hash of its canonical content, so one
 * version never names two different contents (seeding alone keeps the seed files' version).
 */
export function contentVersionOf(catalog: Omit<Catalog, 'version'>): string {
  const { sources, concepts, programs, zones } = catalog;
  return createHash('sha256').update(canonicalJson({ sources, concepts, programs, zones })).digest('hex').slice(0, 12);
}

/** The Postgres channel on which a committed catalog change announces its new version. */
export const CATALOG_CHANNEL = 'zonematch_catalog';

/**
 * Serializes catalog writes (seeding, API changes) across connections and instances for the
 * rest of the transaction, so each change validates against and versions the latest catalog.
 */
export async function lockCatalog(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('zonematch_catalog'))`);
}

/**
 * Stores a new version and revision; listeners on other instances hear it when the
 * transaction commits (NOTIFY is transactional).
 */
export async function setCatalogVersion(tx: Tx, version: string, revision: number, extra: { taxonomyEditedAt?: Date | null } = {}): Promise<void> {
  await tx
    .update(t.catalogState)
    .set({ version, revision, ...extra, updatedAt: sql`now()` })
    .where(eq(t.catalogState.id, 1));
  await tx.execute(sql`select pg_notify(${CATALOG_CHANNEL}, ${version})`);
}

const depthOf = (concepts: Concept[]) => resolveTaxonomy(concepts).depth;

/**
 * Makes the sources table hold exactly `sources`; returns how many rows differ(ed). With
 * `apply: false` only counts, so seeding can tell whether an imported taxonomy equals the files.
 */
export async function syncSources(tx: Tx, sources: Catalog['sources'], apply = true): Promise<number> {
  let changes = 0;
  const existing = new Map((await tx.select().from(t.sources)).map((s) => [s.doc, s]));
  for (const s of sources) {
    const row = {
      doc: s.doc,
      title: s.title,
      language: s.language,
      publisher: s.publisher,
      published: s.published ?? null,
      note: s.note ?? null,
      kind: s.kind ?? null,
      issuer: s.issuer ?? null,
    };
    const old = existing.get(s.doc);
    if (old && canonicalJson(old) === canonicalJson(row)) continue;
    changes++;
    if (apply) await tx.insert(t.sources).values(row).onConflictDoUpdate({ target: t.sources.doc, set: row });
  }
  const kept = new Set(sources.map((s) => s.doc));
  const gone = [...existing.keys()].filter((d) => !kept.has(d));
  changes += gone.length;
  if (apply && gone.length > 0) await tx.delete(t.sources).where(inArray(t.sources.doc, gone));
  return changes;
}

/** Makes the concepts table hold exactly `concepts` in their order; returns how many rows differ(ed). */
export async function syncConcepts(tx: Tx, concepts: Concept[], apply = true): Promise<number> {
  let changes = 0;
  // Parents before children on the way in, children before parents on the way out.
  const depth = depthOf(concepts);
  const existing = new Map((await tx.select().from(t.concepts)).map((c) => [c.id, c]));
  const ordered = concepts.map((c, position) => ({ c, position })).sort((a, b) => (depth.get(a.c.id) ?? 0) - (depth.get(b.c.id) ?? 0));
  for (const { c, position } of ordered) {
    const row = { id: c.id, parentId: c.parent, labels: c.labels, synonyms: c.synonyms, isic: c.isic ?? null, position };
    const old = existing.get(c.id);
    if (old && canonicalJson(old) === canonicalJson(row)) continue;
    changes++;
    if (apply) await tx.insert(t.concepts).values(row).onConflictDoUpdate({ target: t.concepts.id, set: row });
  }
  const kept = new Set(concepts.map((c) => c.id));
  const gone = [...existing.values()].filter((c) => !kept.has(c.id));
  changes += gone.length;
  if (apply) {
    const oldDepth = depthOf(gone.map((c) => ({ ...(c as unknown as Concept), parent: c.parentId })));
    gone.sort((a, b) => (oldDepth.get(b.id) ?? 0) - (oldDepth.get(a.id) ?? 0));
    for (const c of gone) await tx.delete(t.concepts).where(eq(t.concepts.id, c.id));
  }
  return changes;
}

/**
 * Upserts the catalog files; returns what changed. Runs in one transaction.
 *
 * Entries changed through the API (`api_edited_at` set) are left alone — an edit made by staff is
 * never silently undone by a restart — until the stored entry equals its seed file again, when
 * seeding takes it back. Everything else follows the files: changed entries are rewritten, and
 * entries that left the files are archived.
 */
export async function seedCatalog(db: Db, catalog: Catalog): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const summary: SeedSummary = {
      version: catalog.version,
      revision: 0,
      inserted: [],
      updated: [],
      archived: [],
      unchanged: 0,
      kept: [],
      conflicts: [],
      problems: [],
    };
    const [state] = await tx.select().from(t.catalogState).where(eq(t.catalogState.id, 1));
    let contentChanged = false;

    // Sources and taxonomy: the files win unless an import changed them; then they are kept
    // until they equal the files again.
    let taxonomyEditedAt = state?.taxonomyEditedAt ?? null;
    if (taxonomyEditedAt !== null) {
      const differences = (await syncSources(tx, catalog.sources, false)) + (await syncConcepts(tx, catalog.concepts, false));
      if (differences === 0) taxonomyEditedAt = null;
      else {
        summary.kept.push('taxonomy');
        summary.conflicts.push('taxonomy');
      }
    }
    if (taxonomyEditedAt === null) {
      if ((await syncSources(tx, catalog.sources)) + (await syncConcepts(tx, catalog.concepts)) > 0) contentChanged = true;
    }

    // Programs (parents first), then zones.
    const programOrder = [...catalog.programs].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
    const existingPrograms = new Map((await tx.select().from(t.programs)).map((p) => [p.id, p]));
    for (const program of programOrder) {
      const write = async (row: ReturnType<typeof programRow>, isNew: boolean) => {
        if (isNew) await tx.insert(t.programs).values(row);
        else
          await tx
            .update(t.programs)
            .set({ ...row, updatedAt: sql`now()` })
            .where(eq(t.programs.id, program.id));
        await replaceFacts(tx, { programId: program.id }, program);
      };
      const handBack = () =>
        tx
          .update(t.programs)
          .set({ apiEditedAt: null, seedHash: hashOf(program), contentHash: hashOf(program) })
          .where(eq(t.programs.id, program.id));
      const setSeedHash = () =>
        tx
          .update(t.programs)
          .set({ seedHash: hashOf(program) })
          .where(eq(t.programs.id, program.id));
      await seedEntry(`program:${program.id}`, program, existingPrograms.get(program.id), () => programRow(program), write, handBack, setSeedHash, summary);
    }
    const existingZones = new Map((await tx.select().from(t.zones)).map((z) => [z.id, z]));
    for (const zone of catalog.zones) {
      const write = async (row: ReturnType<typeof zoneRow>, isNew: boolean) => {
        if (isNew) await tx.insert(t.zones).values(row);
        else
          await tx
            .update(t.zones)
            .set({ ...row, updatedAt: sql`now()` })
            .where(eq(t.zones.id, zone.id));
        await replaceFacts(tx, { zoneId: zone.id }, zone);
      };
      const handBack = () =>
        tx
          .update(t.zones)
          .set({ apiEditedAt: null, seedHash: hashOf(zone), contentHash: hashOf(zone) })
          .where(eq(t.zones.id, zone.id));
      const setSeedHash = () =>
        tx
          .update(t.zones)
          .set({ seedHash: hashOf(zone) })
          .where(eq(t.zones.id, zone.id));
      await seedEntry(
        `zone:${zone.id}`,
        zone,
        existingZones.get(zone.id),
        () => ({ ...zoneRow(zone, hashOf(zone)), seedHash: hashOf(zone), apiEditedAt: null }),
        write,
        handBack,
        setSeedHash,
        summary,
      );
    }

    // Whatever left the files is archived, never silently kept live — unless the API owns it.
    const keptZones = new Set(catalog.zones.map((z) => z.id));
    for (const old of existingZones.values()) {
      if (keptZones.has(old.id) || old.archivedAt !== null) continue;
      if (old.apiEditedAt !== null) {
        summary.kept.push(`zone:${old.id}`);
        if (old.seedHash !== null) summary.conflicts.push(`zone:${old.id}`);
        continue;
      }
      await tx.update(t.zones).set({ archivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.zones.id, old.id));
      summary.archived.push(`zone:${old.id}`);
    }
    const keptPrograms = new Set(catalog.programs.map((p) => p.id));
    for (const old of existingPrograms.values()) {
      if (keptPrograms.has(old.id) || old.archivedAt !== null) continue;
      if (old.apiEditedAt !== null) {
        summary.kept.push(`program:${old.id}`);
        if (old.seedHash !== null) summary.conflicts.push(`program:${old.id}`);
        continue;
      }
      await tx.update(t.programs).set({ archivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.programs.id, old.id));
      summary.archived.push(`program:${old.id}`);
    }
    if (summary.inserted.length + summary.updated.length + summary.archived.length > 0) contentChanged = true;

    // The version names the content: the seed files' version while the database holds exactly
    // the files, else a hash of the live content (API edits kept).
    if (!state) {
      await tx.insert(t.catalogState).values({ id: 1, version: catalog.version, revision: 1 });
      summary.revision = 1;
      return summary;
    }
    const apiOwned = summary.kept.length > 0;
    let version = state.version;
    if (apiOwned) {
      const live = await readCatalog(tx as unknown as Db);
      summary.problems = checkCatalogIntegrity(live);
      if (contentChanged) version = contentVersionOf(live);
    } else {
      version = catalog.version;
    }
    if (version !== state.version) {
      summary.revision = state.revision + 1;
      await setCatalogVersion(tx, version, summary.revision, { taxonomyEditedAt });
    } else {
      summary.revision = state.revision;
      if (taxonomyEditedAt !== state.taxonomyEditedAt) await tx.update(t.catalogState).set({ taxonomyEditedAt }).where(eq(t.catalogState.id, 1));
    }
    summary.version = version;
    return summary;
  });
}

interface StoredEntry {
  doc: unknown;
  contentHash: string;
  seedHash: string | null;
  apiEditedAt: Date | null;
  archivedAt: Date | null;
}

/** Seeds one program or zone according to who owns its row (see seedCatalog). */
async function seedEntry<Row>(
  key: string,
  entry: Program | Zone,
  old: StoredEntry | undefined,
  row: () => Row,
  write: (row: Row, isNew: boolean) => Promise<void>,
  handBack: () => Promise<unknown>,
  setSeedHash: () => Promise<unknown>,
  summary: SeedSummary,
): Promise<void> {
  const contentHash = hashOf(entry);
  if (!old) {
    await write(row(), true);
    summary.inserted.push(key);
  } else if (old.apiEditedAt !== null) {
    if (old.archivedAt === null && canonicalJson(old.doc) === canonicalJson(entry)) {
      // The API's version equals the file again: seeding owns the row from now on.
      await handBack();
      summary.unchanged++;
    } else {
      summary.kept.push(key);
      if (old.seedHash !== contentHash) summary.conflicts.push(key);
    }
  } else if (old.contentHash === contentHash && old.archivedAt === null) {
    if (old.seedHash !== contentHash) await setSeedHash();
    summary.unchanged++;
  } else {
    await write(row(), false);
    summary.updated.push(key);
  }
}

function programRow(program: Program) {
  const contentHash = hashOf(program);
  return {
    id: program.id,
    parentId: program.parent ?? null,
    name: program.name,
    doc: program,
    contentHash,
    archivedAt: null,
    seedHash: contentHash,
    apiEditedAt: null,
  };
}

/** The zones row for a zone document (provenance columns are the caller's). */
export function zoneRow(zone: Zone, contentHash: string) {
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

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rewrites the fact rows (industries, incentives) owned by one zone or program. */
export async function replaceFacts(tx: Tx, owner: { zoneId: string } | { programId: string }, entry: Program | Zone) {
  const ownerId = 'zoneId' in owner ? `zone:${owner.zoneId}` : `program:${owner.programId}`;
  const zoneId = 'zoneId' in owner ? owner.zoneId : null;
  const programId = 'programId' in owner ? owner.programId : null;
  await tx.delete(t.zoneIndustries).where(eq(t.zoneIndustries.ownerId, ownerId));
  await tx.delete(t.incentives).where(zoneId ? eq(t.incentives.zoneId, zoneId) : and(eq(t.incentives.programId, programId ?? ''), isNull(t.incentives.zoneId)));
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
    await tx.delete(t.incentives).where(
      inArray(
        t.incentives.id,
        entry.incentives.map((i) => i.id),
      ),
    );
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
      ...(s.kind ? { kind: s.kind as SourceKind } : {}),
      ...(s.issuer ? { issuer: s.issuer } : {}),
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
