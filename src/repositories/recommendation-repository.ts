/** Stores company profiles and the recommendations answered for them. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companyProfiles, recommendations } from '../../db/schema.js';

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
  });
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

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** Rows of a raw query, whichever driver ran it (postgres.js answers an array, PGlite `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The companies whose latest submission names any of `related` (the zone's concepts, their
 * ancestors and descendants), at most `max`, preferring those naming more of `own` (the zone's
 * own concepts), then more of `related`, then the most recent. A company is one
 * (lower(name), country) pair: repeated submissions collapse to the latest, and a company whose
 * latest profile no longer names any of the concepts is not a candidate. The `&&` overlap on
 * concept_ids is what the GIN index serves; the ranking and de-duplication run on narrow rows,
 * and the profiles themselves are read for the chosen ids only.
 */
export async function findLeadCandidates(db: Db, related: string[], own: string[], max: number): Promise<LeadCandidates> {
  if (related.length === 0) return { matching: 0, candidates: [] };
  const wanted = textArray(related);
  const ownConcepts = textArray(own.length > 0 ? own : related);
  const ranked = rowsOf<{ id: string; submissions: number | string; matching: number | string }>(
    await db.execute(sql`
      with latest as (
        select distinct on (lower(p.name), coalesce(p.country, ''))
          p.id, p.concept_ids, p.created_at,
          count(*) over (partition by lower(p.name), coalesce(p.country, '')) as submissions
        from ${companyProfiles} p
        where (lower(p.name), coalesce(p.country, '')) in (
          select lower(q.name), coalesce(q.country, '') from ${companyProfiles} q where q.concept_ids && ${wanted})
        order by lower(p.name), coalesce(p.country, ''), p.created_at desc, p.id desc
      ), scored as (
        select id, created_at, submissions,
          (select count(*) from unnest(concept_ids) c where c = any(${ownConcepts})) as own_shared,
          (select count(*) from unnest(concept_ids) c where c = any(${wanted})) as shared
        from latest
        where concept_ids && ${wanted}
      )
      select id, submissions, count(*) over () as matching
      from scored
      order by own_shared desc, shared desc, created_at desc, id
      limit ${max}`),
  );
  if (ranked.length === 0) return { matching: 0, candidates: [] };
  const rows = await db
    .select({ id: companyProfiles.id, name: companyProfiles.name, country: companyProfiles.country, profile: companyProfiles.profile, createdAt: companyProfiles.createdAt })
    .from(companyProfiles)
    .where(inArray(companyProfiles.id, ranked.map((r) => r.id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    return [{ id: row.id, name: row.name, ...(row.country ? { country: row.country } : {}), profile: row.profile, createdAt: row.createdAt, submissions: Number(r.submissions) }];
  });
  return { matching: Number(ranked[0]!.matching), candidates };
}
