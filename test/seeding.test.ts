import { eq, isNotNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zones } from '../db/schema.js';
import type { Catalog } from '../src/catalog/schema.js';
import { countCatalogRows, readCatalog, seedCatalog } from '../src/repositories/catalog-repository.js';
import { seedFiles } from './helpers/app.js';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/database.js';

const edited = (catalog: Catalog, zoneId: string): Catalog => ({
  ...catalog,
  version: `${catalog.version}-edited`,
  zones: catalog.zones.map((z) => (z.id === zoneId ? { ...z, summary: { ...z.summary, en: `${z.summary.en} Edited.` } } : z)),
});

describe.each(DATABASE_KINDS)('seeding the catalog on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('writes every file once and reads the same catalog back', async () => {
    const files = seedFiles();
    const first = await seedCatalog(database.db, files);
    expect(first.inserted).toHaveLength(files.programs.length + files.zones.length);
    expect(first.revision).toBe(1);
    const back = await readCatalog(database.db);
    expect(back.version).toBe(files.version);
    expect(back.zones.map((z) => z.id)).toEqual(files.zones.map((z) => z.id).sort());
    expect(back.concepts).toEqual(files.concepts);
    expect(back.zones.find((z) => z.id === 'dalian-xinriben')).toEqual(files.zones.find((z) => z.id === 'dalian-xinriben'));
  });

  it('changes nothing when seeded a second time', async () => {
    const files = seedFiles();
    await seedCatalog(database.db, files);
    const counts = await countCatalogRows(database.db);
    const second = await seedCatalog(database.db, files);
    expect(second).toMatchObject({ inserted: [], updated: [], archived: [], revision: 1 });
    expect(await countCatalogRows(database.db)).toEqual(counts);
  });

  it('updates only the zone whose file changed, and bumps the revision', async () => {
    const files = seedFiles();
    await seedCatalog(database.db, files);
    const before = await database.db.select({ id: zones.id, updatedAt: zones.updatedAt }).from(zones);
    const summary = await seedCatalog(database.db, edited(files, 'qingdao-cj'));
    expect(summary).toMatchObject({ inserted: [], updated: ['zone:qingdao-cj'], archived: [], revision: 2 });
    const after = await database.db.select({ id: zones.id, updatedAt: zones.updatedAt }).from(zones);
    for (const row of after) {
      const old = before.find((b) => b.id === row.id)!;
      if (row.id === 'qingdao-cj') expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(old.updatedAt.getTime());
      else expect(row.updatedAt).toEqual(old.updatedAt);
    }
    const [qingdao] = await database.db.select().from(zones).where(eq(zones.id, 'qingdao-cj'));
    expect(qingdao?.doc.summary.en).toMatch(/ Edited\.$/);
  });

  it('archives a zone that left the files instead of keeping it live', async () => {
    const files = seedFiles();
    await seedCatalog(database.db, files);
    const summary = await seedCatalog(database.db, { ...files, version: 'without-chengdu', zones: files.zones.filter((z) => z.id !== 'chengdu-cj') });
    expect(summary.archived).toEqual(['zone:chengdu-cj']);
    expect((await readCatalog(database.db)).zones.map((z) => z.id)).not.toContain('chengdu-cj');
    const archived = await database.db.select({ id: zones.id }).from(zones).where(isNotNull(zones.archivedAt));
    expect(archived).toEqual([{ id: 'chengdu-cj' }]);

    // Back in the files, it is live again.
    const restored = await seedCatalog(database.db, files);
    expect(restored.updated).toEqual(['zone:chengdu-cj']);
    expect((await readCatalog(database.db)).zones.map((z) => z.id)).toContain('chengdu-cj');
  });
});
