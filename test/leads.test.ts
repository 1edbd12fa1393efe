import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { asc, sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase, type Database, type Db } from '../db/client.js';
import { companies, companyProfiles, conceptCodes } from '../db/schema.js';
import { findLeadCandidates, saveRecommendations, type StoredProfile } from '../src/repositories/recommendation-repository.js';
import { LeadsService } from '../src/services/leads-service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { createTestDatabase, DATABASE_KINDS, type DatabaseKind, type TestDatabase } from './helpers/database.js';
import { withDatabase } from './helpers/global-setup.js';

/**
 * Companies as staff tools submit them, in this order: the e-commerce one twice under two
 * spellings (both fit the bonded zone), and one that has since moved out of bonded logistics.
 */
const PROFILES = {
  ecommerceOld: { name: 'Sakura Cross-Border Trading', country: 'JP', sector: 'bonded trade services' },
  pivotOld: { name: 'Pivot Logistics', country: 'SG', sector: '保税物流' },
  pivot: { name: 'pivot logistics', country: 'SG', sector: 'software consulting' },
  ecommerce: { name: 'SAKURA CROSS-BORDER TRADING', country: 'JP', sector: 'cross-border e-commerce platform', needs: ['bonded_trade'] },
  ecommerceCn: { name: '跨境优选', country: 'CN', sector: '跨境电商', technologies: ['保税仓储'] },
  bondedLogistics: {
    name: '株式会社港湾ロジ',
    country: 'JP',
    sector: '保税物流と国際貨物輸送',
    needs: ['export_logistics', 'bonded_trade'],
    attributes: { exportSharePct: 60 },
  },
  chips: { name: 'Shenzhen MicroCore', country: 'CN', sector: 'integrated circuit design', technologies: ['EDA'] },
  nev: {
    name: 'Kansai EV Components Co.',
    country: 'JP',
    sector: 'Automotive parts for new energy vehicles',
    technologies: ['battery management systems'],
    size: { employees: 850 },
    needs: ['land'],
  },
  nevSmall: { name: 'Tiny EV Start', country: 'DE', sector: 'new energy vehicles', size: { employees: 8 }, stage: 'startup' },
} as const;

const BONDED = 'shanghai-lz-bonded';

describe.each(DATABASE_KINDS)('zone leads on %s', (kind) => {
  let t: TestApp;
  const profileIds = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(kind);
    // In order, so the second e-commerce submission is the latest.
    for (const [key, profile] of Object.entries(PROFILES)) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile } });
      expect(res.statusCode).toBe(200);
      profileIds.set(key, res.json().id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const leads = (zone: string, query = '', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/v1/zones/${zone}/leads${query}`, headers });
  /** What the single route says about this zone for this profile. */
  const zoneResult = async (profile: object, zone: string, language = 'en') =>
    (
      await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { zones: [zone], limit: 1, persist: false, language } } })
    ).json().results[0];

  it('ranks the stored companies sharing the zone’s industries by the engine’s score for that zone', async () => {
    const res = await leads(BONDED);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.zone).toEqual({
      id: BONDED,
      name: 'Shanghai FTZ Linked Innovation Zone – Comprehensive Bonded Zones',
      program: 'shanghai-ftz-linked',
      city: 'Shanghai',
      province: 'Shanghai',
    });
    expect(body.language).toBe('en');
    const names = body.items.map((i: { company: { name: string } }) => i.company.name);
    // Cross-border e-commerce, bonded trade and trade logistics are this zone's industries; the
    // chip designer and the EV makers name none of them (or anything above or below them), and
    // Pivot Logistics' latest profile no longer does.
    expect(new Set(names)).toEqual(new Set(['SAKURA CROSS-BORDER TRADING', '跨境优选', '株式会社港湾ロジ']));
    expect(body).toMatchObject({ matching: 3, candidates: 3 });
    expect(body.items.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3]);
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const item of body.items) {
      const key = Object.entries(PROFILES).find(([, p]) => p.name === item.company.name)![0] as keyof typeof PROFILES;
      const expected = await zoneResult(PROFILES[key], BONDED);
      expect(item.score).toBe(expected.score);
      expect(item.components).toEqual(expected.components);
      expect(item.penaltyFactor).toBe(expected.penaltyFactor);
      expect(item.explanation).toEqual(expected.explanation);
    }
  });

  it('counts a company submitted twice once, scored on its latest profile', async () => {
    const body = (await leads(BONDED)).json();
    const sakura = body.items.filter((i: { company: { name: string } }) => i.company.name.toLowerCase() === 'sakura cross-border trading');
    expect(sakura).toHaveLength(1);
    const stored = (await t.app.inject({ method: 'GET', url: `/v1/recommendations/${profileIds.get('ecommerce')}` })).json();
    expect(sakura[0].company).toMatchObject({ name: 'SAKURA CROSS-BORDER TRADING', country: 'JP', sector: 'cross-border e-commerce platform', submissions: 2 });
    expect(Date.parse(sakura[0].company.submittedAt)).toBeGreaterThanOrEqual(Date.parse(stored.createdAt));
    expect(sakura[0].explanation.matchedIndustries[0]).toMatchObject({ industryId: 'cross-border-ecommerce', relation: 'same' });
  });

  it('puts the EV parts maker first for the Shin-Nihon area, explained as a recommendation is', async () => {
    const body = (await leads('dalian-xinriben', '?limit=2')).json();
    expect(body.items).toHaveLength(2);
    // Exact fit with the area's own core NEV industry, a Japanese partner and a large plant:
    // the Kansai maker beats the German start-up, which finds a partner mismatch and no fit for its size.
    expect(body.items.map((i: { company: { name: string } }) => i.company.name)).toEqual(['Kansai EV Components Co.', 'Tiny EV Start']);
    const top = body.items[0];
    expect(top.explanation).toEqual((await zoneResult(PROFILES.nev, 'dalian-xinriben')).explanation);
    expect(top.explanation.matchedIndustries[0]).toMatchObject({ relation: 'same', source: { doc: '000_e949d19d91dea074.txt' } });
    const sum = Object.values<{ contribution: number }>(top.components).reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(sum - top.score)).toBeLessThan(1e-9);
  });

  it('explains in the language asked for, by query or Accept-Language', async () => {
    const ja = (await leads(BONDED, '?language=ja&limit=1')).json();
    expect(ja.language).toBe('ja');
    expect(ja.zone.city).toBe('上海市');
    const first = ja.items[0];
    const key = Object.entries(PROFILES).find(([, p]) => p.name === first.company.name)![0] as keyof typeof PROFILES;
    expect(first.explanation).toEqual((await zoneResult(PROFILES[key], BONDED, 'ja')).explanation);
    const zh = (await leads(BONDED, '?limit=1', { 'accept-language': 'zh-CN' })).json();
    expect(zh.language).toBe('zh');
  });

  it('answers an empty list for a zone no stored company fits', async () => {
    const body = (await leads('chengdu-cj')).json();
    expect(body).toMatchObject({ zone: { id: 'chengdu-cj' }, matching: 0, candidates: 0, items: [] });
  });

  it('answers 404 for an unknown zone', async () => {
    const res = await leads('atlantis', '', { 'x-request-id': 'leads-404' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:zone-not-found',
      title: 'No such zone',
      status: 404,
      detail: 'There is no zone with id "atlantis".',
      code: 'ZONE_NOT_FOUND',
      instance: '/v1/zones/atlantis/leads',
      requestId: 'leads-404',
    });
  });

  it('validates limit: 1–100 whole numbers', async () => {
    const zero = await leads(BONDED, '?limit=0', { 'x-request-id': 'leads-limit' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '/querystring/limit must be at least 1',
      code: 'VALIDATION_FAILED',
      instance: '/v1/zones/shanghai-lz-bonded/leads',
      requestId: 'leads-limit',
      errors: [{ path: '/querystring/limit', message: 'must be at least 1' }],
    });
    expect((await leads(BONDED, '?limit=101')).json()).toMatchObject({ status: 400, errors: [{ path: '/querystring/limit', message: 'must be at most 100' }] });
    expect((await leads(BONDED, '?limit=two')).json()).toMatchObject({
      status: 400,
      errors: [{ path: '/querystring/limit', message: 'must be a whole number' }],
    });
    expect((await leads(BONDED, '?limt=2')).json()).toMatchObject({ status: 400, errors: [{ path: '/querystring/limt', message: 'is not a known field' }] });
    const one = (await leads(BONDED, '?limit=1')).json();
    expect(one.items).toHaveLength(1);
    expect(one).toMatchObject({ matching: 3, candidates: 3 });
  });

  it('pre-selects candidates through the zone’s concepts, their ancestors and descendants', () => {
    const service = new LeadsService(t.app.zonematch.database, () => t.app.zonematch.catalog, t.app.zonematch.turns);
    const related = service.relatedConcepts(t.app.zonematch.catalog, BONDED);
    const taxonomy = t.app.zonematch.catalog.index.taxonomy;
    for (const id of ['cross-border-ecommerce', 'bonded-trade', 'trade-logistics']) {
      expect(related).toContain(id);
      for (const ancestor of taxonomy.ancestors.get(id) ?? []) expect(related).toContain(ancestor);
    }
    expect(related).not.toContain('integrated-circuits');
  });
});

describe('leads when the database is gone', () => {
  it('answers 503 with Retry-After, not 500', async () => {
    const t = await createTestApp('pglite');
    await t.database.close();
    const res = await t.app.inject({ method: 'GET', url: `/v1/zones/${BONDED}/leads`, headers: { 'x-request-id': 'leads-503' } });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:database-unavailable',
      title: 'The database is unavailable',
      status: 503,
      detail: 'The database cannot read stored profiles right now; retry later.',
      code: 'DATABASE_UNAVAILABLE',
      instance: `/v1/zones/${BONDED}/leads`,
      requestId: 'leads-503',
    });
    await t.app.close();
  });
});

// ── The companies behind leads ──────────────────────────────────────────────────────────────

/** A profile as the services store it, submitted at `at` (ms) with these detected concepts. */
function submission(name: string, country: string | undefined, at: number, conceptIds: string[], id: string = randomUUID()) {
  const profile: StoredProfile = { id, name, ...(country ? { country } : {}), profile: { name, sector: conceptIds.join(' ') || 'none' }, conceptIds };
  return { profile, recommendation: { id: randomUUID(), catalogVersion: 'test', engineVersion: 'test', response: { test: true }, createdAt: new Date(at) } };
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * The rule leads follow, computed the slow way — over every stored profile, as leads did before
 * the companies tables: one company per (lower(name), coalesce(country, '')), its latest profile
 * by (created_at, id), ordered by own concepts, related concepts, recency, then profile id.
 */
async function referenceCandidates(db: Db, related: string[], own: string[], max: number) {
  const wanted = sql`${`{${related.join(',')}}`}::text[]`;
  const mine = sql`${`{${own.join(',')}}`}::text[]`;
  const rows = rowsOf<{ id: string; submissions: string | number; matching: string | number }>(
    await db.execute(sql`
      with latest as (
        select distinct on (lower(name), coalesce(country, '')) id, concept_ids, created_at,
          count(*) over (partition by lower(name), coalesce(country, '')) as submissions
        from company_profiles
        order by lower(name), coalesce(country, ''), created_at desc, id desc
      ), scored as (
        select id, created_at, submissions,
          (select count(*) from unnest(concept_ids) c where c = any(${mine})) as own_shared,
          (select count(*) from unnest(concept_ids) c where c = any(${wanted})) as shared
        from latest where concept_ids && ${wanted}
      )
      select id, submissions, count(*) over () as matching from scored
      order by own_shared desc, shared desc, created_at desc, id limit ${max}`),
  );
  return { matching: rows.length ? Number(rows[0]!.matching) : 0, candidates: rows.map((r) => ({ id: r.id, submissions: Number(r.submissions) })) };
}

async function leadCandidates(db: Db, related: string[], own: string[], max: number) {
  const { matching, candidates } = await findLeadCandidates(db, related, own, max);
  return { matching, candidates: candidates.map((c) => ({ id: c.id, submissions: c.submissions })) };
}

/** What the companies tables hold, in a stable order, with each company's concept bits decoded. */
async function companyRows(db: Db) {
  const rows = await db.select().from(companies).orderBy(asc(companies.nameKey), asc(companies.countryKey));
  const named = rowsOf<{ company_id: number | string; concept_id: string }>(
    await db.execute(sql`
      select c.id as company_id, k.concept_id from ${companies} c
      join ${conceptCodes} k on k.code < length(c.concept_bits) and get_bit(c.concept_bits, k.code) = 1
      order by k.concept_id`),
  );
  const latest = await db.select({ id: companyProfiles.id, conceptIds: companyProfiles.conceptIds }).from(companyProfiles);
  return rows.map((c) => {
    const concepts = named.filter((n) => Number(n.company_id) === c.id).map((n) => n.concept_id);
    // The bits are exactly the concepts of the profile the row points at, and never longer than the codes.
    expect(concepts).toEqual([...new Set(latest.find((p) => p.id === c.profileId)!.conceptIds)].sort());
    expect(/^[01]*$/.test(c.conceptBits)).toBe(true);
    return { name: c.nameKey, country: c.countryKey, profileId: c.profileId, submittedAt: c.submittedAt.getTime(), submissions: c.submissions, concepts };
  });
}

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(DATABASE_KINDS)('the companies behind leads on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('points each company at its latest submission, whatever order the submissions are stored in', async () => {
    const db = database.db;
    const newest = submission('Acme Robotics', 'JP', 3_000, ['nev', 'software']);
    const middle = submission('Acme Robotics', 'JP', 2_000, ['robotics']);
    const oldest = submission('ACME ROBOTICS', 'JP', 1_000, ['software']);
    // Same time in one batch: the higher profile id is the latest (stored first here on purpose).
    const tieHigh = submission('Tie Co', 'CN', 5_000, ['tea'], 'ffffffff-0000-4000-8000-000000000000');
    const tieLow = submission('tie co', 'CN', 5_000, ['sugar'], '00000000-0000-4000-8000-000000000000');
    await saveRecommendations(db, [middle]);
    await saveRecommendations(db, [oldest]); // older than what is stored: counted, but not the latest
    expect(await companyRows(db)).toEqual([
      { name: 'acme robotics', country: 'JP', profileId: middle.profile.id, submittedAt: 2_000, submissions: 2, concepts: ['robotics'] },
    ]);
    await saveRecommendations(db, [newest, tieHigh, tieLow, submission('Acme Robotics', undefined, 500, ['robotics'])]);
    expect(await companyRows(db)).toEqual([
      // No country is a company of its own.
      { name: 'acme robotics', country: '', profileId: expect.any(String), submittedAt: 500, submissions: 1, concepts: ['robotics'] },
      // The re-submission replaced the concepts: robotics is gone with the profile that named it.
      { name: 'acme robotics', country: 'JP', profileId: newest.profile.id, submittedAt: 3_000, submissions: 3, concepts: ['nev', 'software'] },
      { name: 'tie co', country: 'CN', profileId: tieHigh.profile.id, submittedAt: 5_000, submissions: 2, concepts: ['tea'] },
    ]);
    // As leads see it: the JP company no longer names robotics, so only the one without a country does.
    expect(await leadCandidates(db, ['robotics'], ['robotics'], 10)).toEqual({ matching: 1, candidates: [{ id: expect.any(String), submissions: 1 }] });
    expect(await leadCandidates(db, ['nev', 'tea', 'sugar'], ['nev'], 10)).toEqual({
      matching: 2,
      candidates: [
        { id: newest.profile.id, submissions: 3 },
        { id: tieHigh.profile.id, submissions: 2 },
      ],
    });
  });

  it('gives the same candidates as grouping every stored profile, after every batch', async () => {
    await database.db.execute(sql`truncate ${companyProfiles}, ${companies} cascade`);
    const random = prng(20261130);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    // Few names in several spellings, few concepts and coarse times, so that re-submissions,
    // case variants, equal times and out-of-order arrivals all happen often.
    const names = ['Acme', 'ACME', 'acme', 'Borealis GmbH', 'borealis gmbh', '株式会社港湾ロジ', 'Zeta', 'ZETA', 'Nord', 'nord'];
    const countries = [undefined, 'JP', 'CN'];
    const concepts = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12'];
    // Profiles name more concepts as batches go on, so new codes keep appearing and companies
    // stored earlier keep shorter bit strings than the masks; queries also ask for concepts no
    // profile has named yet (no code).
    const someConcepts = (most: number, known = concepts.length) =>
      [...new Set(Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(concepts.slice(0, known))))].sort();
    for (let batch = 0; batch < 25; batch++) {
      const size = 1 + Math.floor(random() * 6);
      await saveRecommendations(
        database.db,
        Array.from({ length: size }, () =>
          submission(pick(names), pick(countries), Math.floor(random() * 40) * 1000, someConcepts(3, 4 + Math.floor(batch / 3))),
        ),
      );
      for (let q = 0; q < 3; q++) {
        const related = someConcepts(5);
        if (related.length === 0) continue;
        const own = related.filter(() => random() < 0.5);
        const max = pick([2, 5, 1000]);
        expect(await leadCandidates(database.db, related, own.length ? own : related, max), `batch ${batch}, ${related} / ${own} / ${max}`).toEqual(
          await referenceCandidates(database.db, related, own.length ? own : related, max),
        );
      }
    }
    const [{ n }] = rowsOf<{ n: number | string }>(
      await database.db.execute(sql`select count(distinct (lower(name), coalesce(country, ''))) as n from company_profiles`),
    ) as [{ n: number | string }];
    expect((await companyRows(database.db)).length).toBe(Number(n));
  });

  it('counts every one of many simultaneous submissions of one company, and keeps the newest', async () => {
    await database.db.execute(sql`truncate ${companyProfiles}, ${companies} cascade`);
    // Shuffled times, stored concurrently (on Postgres over several connections at once).
    const times = Array.from({ length: 24 }, (_, i) => (i * 7919) % 24);
    // Each names a concept of its own and, in different orders, two that are new to all of them:
    // the transactions assign codes at the same time, and wait for each other's, without deadlock.
    const stored = times.map((t) =>
      submission(t % 2 ? 'Kansai EV' : 'KANSAI EV', 'JP', 10_000 + t * 1000, t % 3 ? [`c${t}`, 'shared-a', 'shared-b'] : ['shared-b', `c${t}`, 'shared-a']),
    );
    await Promise.all(stored.map((s) => saveRecommendations(database.db, [s])));
    const newest = stored[times.indexOf(23)]!;
    expect(await companyRows(database.db)).toEqual([
      { name: 'kansai ev', country: 'JP', profileId: newest.profile.id, submittedAt: 33_000, submissions: 24, concepts: ['c23', 'shared-a', 'shared-b'] },
    ]);
    const codes = await database.db.select().from(conceptCodes);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(codes.map((c) => c.conceptId)).toEqual(expect.arrayContaining(['shared-a', 'shared-b', ...times.map((t) => `c${t}`)]));
    // Leads see only the newest profile's concepts.
    expect(await leadCandidates(database.db, ['c23'], ['c23'], 10)).toEqual({ matching: 1, candidates: [{ id: newest.profile.id, submissions: 24 }] });
    expect(await leadCandidates(database.db, ['c5', 'c22'], ['c5'], 10)).toEqual({ matching: 0, candidates: [] });
  });
});

/** The committed migrations before the companies tables (0005), in a folder of their own. */
function migrationsBeforeCompanies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zonematch-migrations-'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === '0005_leads_companies');
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries) cpSync(join(MIGRATIONS_DIR, `${tag}.sql`), join(dir, `${tag}.sql`));
  return dir;
}

/** An empty database of the given kind (on Postgres a new database, dropped by `drop`). */
async function emptyDatabase(kind: DatabaseKind): Promise<{ database: Database; migrateWith(folder: string): Promise<void>; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ pglite: new PGlite() });
    return { database, migrateWith: (folder) => migratePglite(database.db as never, { migrationsFolder: folder }), drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  // Named with this run's prefix, so the run's teardown drops it even if this test fails.
  const name = `${inject('postgresPrefix')}_leads_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name), maxConnections: 2 });
  return {
    database,
    migrateWith: (folder) => migratePostgres(database.db as never, { migrationsFolder: folder }),
    drop: async () => {
      await database.close();
      const dropper = postgres(url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}

describe.each(DATABASE_KINDS)('migrating a database stored before the companies tables, on %s', (kind) => {
  // Migrates a new database from nothing, twice over: slow on a loaded machine.
  it('fills them from the stored profiles, and storing goes on from there', { timeout: 90_000 }, async () => {
    const folder = migrationsBeforeCompanies();
    const { database, migrateWith, drop } = await emptyDatabase(kind);
    try {
      await migrateWith(folder);
      const profile = (name: string, country: string | null, at: number, conceptIds: string[], id = randomUUID()) => ({
        id,
        name,
        country,
        profile: { name },
        conceptIds,
        createdAt: new Date(at),
      });
      const old = [
        profile('Sakura Trading', 'JP', 1_000, ['bonded-trade']),
        profile('SAKURA TRADING', 'JP', 3_000, ['cross-border-ecommerce', 'bonded-trade']),
        profile('sakura trading', 'JP', 2_000, ['logistics']),
        profile('Pivot', 'SG', 4_000, ['software']),
        profile('Pivot', null, 4_000, [], 'ffffffff-0000-4000-8000-000000000000'),
        profile('pivot', null, 4_000, ['logistics'], '00000000-0000-4000-8000-000000000000'),
      ];
      await database.db.insert(companyProfiles).values(old);
      await database.migrate();
      expect(await companyRows(database.db)).toEqual([
        // Equal times: the higher id is the latest, and its profile names no concept.
        { name: 'pivot', country: '', profileId: 'ffffffff-0000-4000-8000-000000000000', submittedAt: 4_000, submissions: 2, concepts: [] },
        { name: 'pivot', country: 'SG', profileId: old[3]!.id, submittedAt: 4_000, submissions: 1, concepts: ['software'] },
        {
          name: 'sakura trading',
          country: 'JP',
          profileId: old[1]!.id,
          submittedAt: 3_000,
          submissions: 3,
          concepts: ['bonded-trade', 'cross-border-ecommerce'],
        },
      ]);
      const next = submission('Sakura Trading', 'JP', 5_000, ['logistics']);
      const newCo = submission('New Co', 'CN', 4_500, ['logistics']);
      await saveRecommendations(database.db, [next, newCo]);
      // pivot (no country) named logistics only in a profile that is not its latest.
      expect(await leadCandidates(database.db, ['logistics'], ['logistics'], 10)).toEqual({
        matching: 2,
        candidates: [
          { id: next.profile.id, submissions: 4 },
          { id: newCo.profile.id, submissions: 1 },
        ],
      });
      expect(await leadCandidates(database.db, ['logistics', 'software'], ['software'], 10)).toEqual(
        await referenceCandidates(database.db, ['logistics', 'software'], ['software'], 10),
      );
    } finally {
      await drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
