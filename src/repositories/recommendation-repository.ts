/** Stores company profiles and the recommendations answered for them. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companies, companyConcepts, companyProfiles, recommendations } from '../../db/schema.js';

export interface StoredProfile {
  id: string;
  name: string;
  country?: string;
  profile: unknown;
  conceptIds: string[];
}

export interface StoredRecommendation {
  id: string;
  catalogVersion: string;
  engineVersion: string;
  response: unknown;
  createdAt: Date;
}

/** Writes a profile and its recommendation in one transaction: both or neither. */
export async function saveRecommendation(db: Db, profile: StoredProfile, recommendation: StoredRecommendation): Promise<void> {
  await saveRecommendations(db, [{ profile, recommendation }]);
}

/** The stored response body, or undefined. */
export async function findRecommendation(db: Db, id: string): Promise<unknown | undefined> {
  const [row] = await db.select({ response: recommendations.response }).from(recommendations).where(eq(recommendations.id, id));
  return row?.response;
}

/** Rows per INSERT statement when storing a batch (well under Postgres' 65,535 parameters). */
const INSERT_CHUNK = 200;

/** Writes many profiles with their recommendations in one transaction: all or none. */
export async function saveRecommendations(db: Db, pairs: { profile: StoredProfile; recommendation: StoredRecommendation }[]): Promise<void> {
  if (pairs.length === 0) return;
  await db.transaction(async (tx) => {
    for (let i = 0; i < pairs.length; i += INSERT_CHUNK) {
      const chunk = pairs.slice(i, i + INSERT_CHUNK);
      await tx.insert(companyProfiles).values(
        chunk.map(({ profile, recommendation }) => ({
          id: profile.id,
          name: profile.name,
          country: profile.country ?? null,
          profile: profile.profile,
          conceptIds: profile.conceptIds,
          createdAt: recommendation.createdAt,
        })),
      );
      await tx.insert(recommendations).values(
        chunk.map(({ profile, recommendation }) => ({
          id: recommendation.id,
          profileId: profile.id,
          catalogVersion: recommendation.catalogVersion,
          engineVersion: recommendation.engineVersion,
          response: recommendation.response,
          createdAt: recommendation.createdAt,
        })),
      );
    }
    await updateCompanies(tx, pairs.map(({ profile }) => profile.id));
  });
}

/** A Postgres array literal of `values`, sent as one parameter (one prepared statement whatever the length). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Keeps `companies` and `company_concepts` current for newly stored profiles, inside the
 * transaction that stores them. The new profiles are grouped per company in SQL (so "the same
 * company" is exactly `lower(name)` as Postgres folds it); each company's submissions grow by
 * its new profiles, and its latest profile becomes the newest of the old latest and the new ones
 * — by (created_at, id), not by arrival order, so the outcome is the same whichever transaction
 * commits first. The upsert takes the company rows' locks (in key order, one statement) before
 * their concept rows are replaced, so concurrent submissions of one company are serialized.
 */
async function updateCompanies(tx: Pick<Db, 'execute'>, profileIds: string[]): Promise<void> {
  const ids = sql`${arrayLiteral(profileIds)}::uuid[]`;
  await tx.execute(sql`
    insert into ${companies} (name_key, country_key, profile_id, submitted_at, submissions)
    select distinct on (lower(p.name), coalesce(p.country, ''))
      lower(p.name), coalesce(p.country, ''), p.id, p.created_at,
      count(*) over (partition by lower(p.name), coalesce(p.country, ''))
    from ${companyProfiles} p
    where p.id = any(${ids})
    order by lower(p.name), coalesce(p.country, ''), p.created_at desc, p.id desc
    on conflict (name_key, country_key) do update set
      submissions = companies.submissions + excluded.submissions,
      profile_id = case when (excluded.submitted_at, excluded.profile_id) > (companies.submitted_at, companies.profile_id) then excluded.profile_id else companies.profile_id end,
      submitted_at = case when (excluded.submitted_at, excluded.profile_id) > (companies.submitted_at, companies.profile_id) then excluded.submitted_at else companies.submitted_at end`);
  // Companies whose latest profile is now one of these: their concepts are those of the new profile.
  await tx.execute(sql`
    delete from ${companyConcepts} cc using ${companies} c
    where cc.company_id = c.id and c.profile_id = any(${ids})`);
  await tx.execute(sql`
    insert into ${companyConcepts} (concept_id, company_id, profile_id, submitted_at)
    select distinct concept.id, c.id, c.profile_id, c.submitted_at
    from ${companies} c
    join ${companyProfiles} p on p.id = c.profile_id
    cross join unnest(p.concept_ids) as concept(id)
    where c.profile_id = any(${ids})`);
}

/** A company's latest stored profile, as a lead candidate for a zone. */
export interface LeadCandidate {
  id: string;
  name: string;
  country?: string;
  profile: unknown;
  createdAt: Date;
  /** How many times this company (same name, case-insensitive, and country) was submitted. */
  submissions: number;
}

export interface LeadCandidates {
  /** Companies whose latest profile names one of the related concepts. */
  matching: number;
  /** At most `max` of them: most of the zone's own concepts named first, then most related concepts, then most recent. */
  candidates: LeadCandidate[];
}

/** Rows of a raw query, whichever driver ran it (postgres.js answers an array, PGlite `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The companies whose latest submission names any of `related` (the zone's concepts, their
 * ancestors and descendants), at most `max`, preferring those naming more of `own` (the zone's
 * own concepts), then more of `related`, then the most recent. A company is one
 * (lower(name), country) pair (see `companies`): only its latest profile's concepts are in
 * `company_concepts`, so repeated submissions count once and a company whose latest profile no
 * longer names any of the concepts is not a candidate. The query reads only the concept rows of
 * `related` (narrow rows: concept, company, latest profile id and time) and counts them per
 * company; the chosen profiles are then read by id (the latest as of the ranking query).
 */
export async function findLeadCandidates(db: Db, related: string[], own: string[], max: number): Promise<LeadCandidates> {
  if (related.length === 0) return { matching: 0, candidates: [] };
  const wanted = sql`${arrayLiteral(related)}::text[]`;
  const ownConcepts = sql`${arrayLiteral(own.length > 0 ? own : related)}::text[]`;
  const ranked = rowsOf<{ profile_id: string; submissions: number | string; matching: number | string }>(
    await db.execute(sql`
      select ranked.profile_id, ranked.matching,
        -- A subquery per chosen company (an index lookup each): a join would hash every company.
        (select c.submissions from ${companies} c where c.id = ranked.company_id) as submissions
      from (
        select company_id, profile_id, submitted_at, own_shared, shared, count(*) over () as matching
        from (
          select company_id, profile_id, submitted_at,
            count(*) filter (where concept_id = any(${ownConcepts})) as own_shared,
            count(*) as shared
          from ${companyConcepts}
          where concept_id = any(${wanted})
          group by company_id, profile_id, submitted_at
        ) per_company
        order by own_shared desc, shared desc, submitted_at desc, profile_id
        limit ${max}
      ) ranked
      order by ranked.own_shared desc, ranked.shared desc, ranked.submitted_at desc, ranked.profile_id`),
  );
  if (ranked.length === 0) return { matching: 0, candidates: [] };
  const rows = await db
    .select({ id: companyProfiles.id, name: companyProfiles.name, country: companyProfiles.country, profile: companyProfiles.profile, createdAt: companyProfiles.createdAt })
    .from(companyProfiles)
    .where(inArray(companyProfiles.id, ranked.map((r) => r.profile_id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = ranked.flatMap((r) => {
    const row = byId.get(r.profile_id);
    if (!row) return [];
    return [{ id: row.id, name: row.name, ...(row.country ? { country: row.country } : {}), profile: row.profile, createdAt: row.createdAt, submissions: Number(r.submissions) }];
  });
  return { matching: Number(ranked[0]!.matching), candidates };
}
