/**
 * Catalog changes made through the API: put or archive one zone, import a whole catalog. Each
 * runs in one transaction that takes the catalog lock, checks the change against the catalog as
 * stored (through a callback, so the rules stay in the service), writes the rows, bumps the
 * revision and version, writes one audit row per changed entry and announces the new version
 * (NOTIFY, delivered on commit). A change that changes nothing writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import * as t from '../../db/schema.js';
import type { Catalog, Program, Zone } from '../catalog/schema.js';
import {
  canonicalJson,
  contentVersionOf,
  hashOf,
  lockCatalog,
  readCatalog,
  replaceFacts,
  setCatalogVersion,
  syncConcepts,
  syncSources,
  zoneRow,
  type Tx,
} from './catalog-repository.js';

/** Who made a change, as the audit log records it. */
export interface Actor {
  keyId: string | null;
  keyLabel: string | null;
  requestId: string | null;
}

/** The catalog version after a change (unchanged when nothing changed). */
export interface ChangeResult {
  changed: boolean;
  version: string;
  revision: number;
}

export interface AuditEntry {
  id: string;
  at: Date;
  keyId: string | null;
  keyLabel: string | null;
  requestId: string | null;
  action: 'zone.put' | 'zone.archive' | 'catalog.import';
  entity: 'zone' | 'program' | 'concepts' | 'sources';
  entityId: string;
  zoneId: string | null;
  before: unknown;
  after: unknown;
  catalogVersion: string;
  revision: number;
}

type Change = Pick<AuditEntry, 'entity' | 'entityId' | 'before' | 'after'>;

/** The live catalog as stored, read inside the change's transaction. */
export type CheckAgainst = (live: Catalog) => void;

async function currentState(tx: Tx): Promise<{ version: string; revision: number }> {
  const [state] = await tx.select({ version: t.catalogState.version, revision: t.catalogState.revision }).from(t.catalogState).where(eq(t.catalogState.id, 1));
  if (!state) throw new Error('catalog_state is empty: the catalog was never seeded');
  return state;
}

/** Bumps the revision, versions the new content, audits every change. Call last in the transaction. */
async function commitChanges(
  tx: Tx,
  action: AuditEntry['action'],
  changes: Change[],
  actor: Actor,
  extra: { taxonomyEditedAt?: Date } = {},
): Promise<ChangeResult> {
  const state = await currentState(tx);
  if (changes.length === 0) return { changed: false, ...state };
  const version = contentVersionOf(await readCatalog(tx as unknown as Db));
  const revision = state.revision + 1;
  await setCatalogVersion(tx, version, revision, extra);
  await tx.insert(t.catalogAudit).values(
    changes.map((c) => ({
      id: randomUUID(),
      keyId: actor.keyId,
      keyLabel: actor.keyLabel,
      requestId: actor.requestId,
      action,
      entity: c.entity,
      entityId: c.entityId,
      zoneId: c.entity === 'zone' ? c.entityId : null,
      before: c.before ?? null,
      after: c.after ?? null,
      catalogVersion: version,
      revision,
    })),
  );
  return { changed: true, version, revision };
}

async function writeZone(tx: Tx, zone: Zone, exists: boolean): Promise<void> {
  const row = { ...zoneRow(zone, hashOf(zone)), apiEditedAt: sql`now()` };
  if (exists)
    await tx
      .update(t.zones)
      .set({ ...row, updatedAt: sql`now()` })
      .where(eq(t.zones.id, zone.id));
  else await tx.insert(t.zones).values(row);
  await replaceFacts(tx, { zoneId: zone.id }, zone);
}

async function writeProgram(tx: Tx, program: Program, exists: boolean): Promise<void> {
  const row = {
    id: program.id,
    parentId: program.parent ?? null,
    name: program.name,
    doc: program,
    contentHash: hashOf(program),
    archivedAt: null,
    apiEditedAt: sql`now()`,
  };
  if (exists)
    await tx
      .update(t.programs)
      .set({ ...row, updatedAt: sql`now()` })
      .where(eq(t.programs.id, program.id));
  else await tx.insert(t.programs).values(row);
  await replaceFacts(tx, { programId: program.id }, program);
}

/**
 * Creates or replaces one zone. `check` sees the live catalog before the change and throws to
 * refuse it (nothing is written then).
 */
export async function putZone(db: Db, zone: Zone, actor: Actor, check: CheckAgainst): Promise<ChangeResult & { created: boolean }> {
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    check(await readCatalog(tx as unknown as Db));
    const [old] = await tx.select({ doc: t.zones.doc, archivedAt: t.zones.archivedAt }).from(t.zones).where(eq(t.zones.id, zone.id));
    const live = old !== undefined && old.archivedAt === null;
    if (live && canonicalJson(old.doc) === canonicalJson(zone)) return { ...(await commitChanges(tx, 'zone.put', [], actor)), created: false };
    await writeZone(tx, zone, old !== undefined);
    const result = await commitChanges(tx, 'zone.put', [{ entity: 'zone', entityId: zone.id, before: live ? old.doc : null, after: zone }], actor);
    return { ...result, created: !live };
  });
}

/** Archives a live zone (row and history kept). Undefined when no live zone has that id. */
export async function archiveZone(db: Db, id: string, actor: Actor): Promise<(ChangeResult & { archivedAt: Date }) | undefined> {
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const [old] = await tx.select({ doc: t.zones.doc }).from(t.zones).where(sql`${t.zones.id} = ${id} and ${t.zones.archivedAt} is null`);
    if (!old) return undefined;
    const [row] = await tx
      .update(t.zones)
      .set({ archivedAt: sql`now()`, apiEditedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(t.zones.id, id))
      .returning({ archivedAt: t.zones.archivedAt });
    const result = await commitChanges(tx, 'zone.archive', [{ entity: 'zone', entityId: id, before: old.doc, after: null }], actor);
    return { ...result, archivedAt: row!.archivedAt! };
  });
}

/**
 * Makes the live catalog exactly `catalog` in one transaction: sources and taxonomy replaced,
 * programs and zones written where they differ, those missing from it archived. All or nothing.
 */
export async function importCatalog(db: Db, catalog: Omit<Catalog, 'version'>, actor: Actor, check: CheckAgainst = () => {}): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const before = await readCatalog(tx as unknown as Db);
    check(before);
    const changes: Change[] = [];

    const sourcesChanged = (await syncSources(tx, catalog.sources)) > 0;
    if (sourcesChanged) changes.push({ entity: 'sources', entityId: 'sources', before: before.sources, after: catalog.sources });
    const conceptsChanged = (await syncConcepts(tx, catalog.concepts)) > 0;
    if (conceptsChanged) changes.push({ entity: 'concepts', entityId: 'concepts', before: before.concepts, after: catalog.concepts });

    const programRows = new Map(
      (await tx.select({ id: t.programs.id, doc: t.programs.doc, archivedAt: t.programs.archivedAt }).from(t.programs)).map((p) => [p.id, p]),
    );
    const programOrder = [...catalog.programs].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined));
    for (const program of programOrder) {
      const old = programRows.get(program.id);
      const live = old !== undefined && old.archivedAt === null;
      if (live && canonicalJson(old.doc) === canonicalJson(program)) continue;
      await writeProgram(tx, program, old !== undefined);
      changes.push({ entity: 'program', entityId: program.id, before: live ? old.doc : null, after: program });
    }

    const zoneRows = new Map((await tx.select({ id: t.zones.id, doc: t.zones.doc, archivedAt: t.zones.archivedAt }).from(t.zones)).map((z) => [z.id, z]));
    for (const zone of catalog.zones) {
      const old = zoneRows.get(zone.id);
      const live = old !== undefined && old.archivedAt === null;
      if (live && canonicalJson(old.doc) === canonicalJson(zone)) continue;
      await writeZone(tx, zone, old !== undefined);
      changes.push({ entity: 'zone', entityId: zone.id, before: live ? old.doc : null, after: zone });
    }

    const importedZones = new Set(catalog.zones.map((z) => z.id));
    for (const old of zoneRows.values()) {
      if (importedZones.has(old.id) || old.archivedAt !== null) continue;
      await tx.update(t.zones).set({ archivedAt: sql`now()`, apiEditedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.zones.id, old.id));
      changes.push({ entity: 'zone', entityId: old.id, before: old.doc, after: null });
    }
    const importedPrograms = new Set(catalog.programs.map((p) => p.id));
    for (const old of programRows.values()) {
      if (importedPrograms.has(old.id) || old.archivedAt !== null) continue;
      await tx.update(t.programs).set({ archivedAt: sql`now()`, apiEditedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(t.programs.id, old.id));
      changes.push({ entity: 'program', entityId: old.id, before: old.doc, after: null });
    }

    return commitChanges(tx, 'catalog.import', changes, actor, sourcesChanged || conceptsChanged ? { taxonomyEditedAt: new Date() } : {});
  });
}

/** The stored catalog version and revision. */
export async function readCatalogVersion(db: Db): Promise<{ version: string; revision: number } | undefined> {
  const [state] = await db.select({ version: t.catalogState.version, revision: t.catalogState.revision }).from(t.catalogState).where(eq(t.catalogState.id, 1));
  return state;
}

/** The newest audit rows first, optionally only those about one zone. */
export async function listAudit(db: Db, options: { zoneId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(t.catalogAudit)
    .where(options.zoneId ? eq(t.catalogAudit.zoneId, options.zoneId) : undefined)
    .orderBy(desc(t.catalogAudit.revision), t.catalogAudit.entity, t.catalogAudit.entityId)
    .limit(options.limit ?? 100);
  return rows as AuditEntry[];
}
