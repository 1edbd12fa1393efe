/** Stores company profiles and the recommendations answered for them. */
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companies, companyProfiles, conceptCodes, recommendations } from '../../db/schema.js';

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

/** A stored answer with the profile it ranked (as the engine read it), or undefined. */
export async function findStoredAnswer(db: Db, id: string): Promise<{ response: unknown; profile: unknown } | undefined> {
  const [row] = await db
    .select({ response: recommendations.response, profile: companyProfiles.profile })
    .from(recommendations)
    .innerJoin(companyProfiles, eq(companyProfiles.id, recommendations.profileId))
    .where(eq(recommendations.id, id));
  return row;
}

/** One line of the history: a stored answer, its company and its top zone. */
export interface HistoryEntry {
  id: string;
  name: string;
  country?: string;
  createdAt: Date;
  language: string;
  top?: { id: string; name: string; score: number };
}

export interface HistoryFilter {
  /** A part of the company name, any case. */
  company?: string;
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  before?: Date;
}

/** Stored answers matching the filter, newest first (then by id), a page at a time, with how many match in all. */
export async function listHistory(db: Db, filter: HistoryFilter, page: { limit: number; offset: number }): Promise<{ items: HistoryEntry[]; total: number }> {
  const where = and(
    // strpos, not LIKE: the text is a plain substring, never a pattern.
    filter.company !== undefined ? sql`strpos(lower(${companyProfiles.name}), lower(${filter.company})) > 0` : undefined,
    filter.from !== undefined ? gte(recommendations.createdAt, filter.from) : undefined,
    filter.before !== undefined ? lt(recommendations.createdAt, filter.before) : undefined,
  );
  const top = sql`${recommendations.response}->'results'->0`;
  const rows = await db
    .select({
      id: recommendations.id,
      name: companyProfiles.name,
      country: companyProfiles.country,
      createdAt: recommendations.createdAt,
      language: sql<string>`${recommendations.response}->>'language'`,
      topId: sql<string | null>`${top}->'zone'->>'id'`,
      topName: sql<string | null>`${top}->'zone'->>'name'`,
      topScore: sql<number | string | null>`${top}->>'score'`,
    })
    .from(recommendations)
    .innerJoin(companyProfiles, eq(companyProfiles.id, recommendations.profileId))
    .where(where)
    .orderBy(desc(recommendations.createdAt), desc(recommendations.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db
    .select({ n: count() })
    .from(recommendations)
    .innerJoin(companyProfiles, eq(companyProfiles.id, recommendations.profileId))
    .where(where);
  return {
    total: Number(counted?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.country ? { country: r.country } : {}),
      createdAt: r.createdAt,
      language: r.language,
      ...(r.topId && r.topName !== null && r.topScore !== null ? { top: { id: r.topId, name: r.topName, score: Number(r.topScore) } } : {}),
    })),
  };
}

/** Rows per INSERT statement when storing a batch (well under Postgres' 65,535 parameters). */
const INSERT_CHUNK = 200;

/** Writes many profiles with their recommendations in one transaction: all or none. */
/** Refreshes the planner's statistics after a bulk load (the lead benchmark's). */
export async function analyzeTables(db: Db): Promise<void> {
  await db.execute(sql`analyze`);
}

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
    await updateCompanies(
      tx,
      pairs.map(({ profile }) => profile.id),
    );
  });
}

/** A Postgres array literal of `values`, sent as one parameter (one prepared statement whatever the length). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Bits a concept string needs today: one per code given so far (codes start at 0). */
const CODE_WIDTH = sql`(select coalesce(max(code) + 1, 0) from ${conceptCodes})`;

/**
 * The bit string of the concepts in `conceptIds` (an SQL text[]): bit `code` set for each, as long
 * as `width` bits (at least the highest code + 1). Concepts without a code are left out.
 */
function conceptBits(conceptIds: SQL, width: SQL): SQL {
  return sql`(select coalesce(bit_or(set_bit(repeat('0', ${width})::bit varying, k.code, 1)), repeat('0', ${width})::bit varying)
    from ${conceptCodes} k where k.concept_id = any(${conceptIds}))`;
}

/**
 * Keeps `companies` current for newly stored profiles, inside the transaction that stores them.
 * First every concept the new profiles name gets a code (in concept order, so that concurrent
 * transactions wait for each other's new codes in one order; only missing ones are inserted, as a
 * conflict would still use up a code). Then the new profiles are grouped per company in SQL (so
 * "the same company" is exactly `lower(name)` as Postgres folds it); each company's submissions
 * grow by its new profiles, and its latest profile — with that profile's concept bits — becomes
 * the newest of the old latest and the new ones, by (created_at, id), not by arrival order, so the
 * outcome is the same whichever transaction commits first. One upsert takes the company rows'
 * locks (in key order) and sets the profile and its bits together, so concurrent submissions of
 * one company are serialized and the bits always belong to the profile the row points at.
 */
async function updateCompanies(tx: Pick<Db, 'execute'>, profileIds: string[]): Promise<void> {
  // The incoming profile is newer than the company's latest: decides all three columns alike.
  const newer = sql.raw('(excluded.submitted_at, excluded.profile_id) > (companies.submitted_at, companies.profile_id)');
  const ids = sql`${arrayLiteral(profileIds)}::uuid[]`;
  await tx.execute(sql`
    insert into ${conceptCodes} (concept_id)
    select distinct concept.id
    from ${companyProfiles} p cross join unnest(p.concept_ids) as concept(id)
    where p.id = any(${ids}) and not exists (select from ${conceptCodes} k where k.concept_id = concept.id)
    order by concept.id
    on conflict (concept_id) do nothing`);
  await tx.execute(sql`
    insert into ${companies} (name_key, country_key, profile_id, submitted_at, submissions, concept_bits)
    select distinct on (lower(p.name), coalesce(p.country, ''))
      lower(p.name), coalesce(p.country, ''), p.id, p.created_at,
      count(*) over (partition by lower(p.name), coalesce(p.country, '')),
      ${conceptBits(sql`p.concept_ids`, sql`width.bits`)}
    from ${companyProfiles} p, (select ${CODE_WIDTH} as bits) width
    where p.id = any(${ids})
    order by lower(p.name), coalesce(p.country, ''), p.created_at desc, p.id desc
    on conflict (name_key, country_key) do update set
      submissions = companies.submissions + excluded.submissions,
      profile_id = case when ${newer} then excluded.profile_id else companies.profile_id end,
      concept_bits = case when ${newer} then excluded.concept_bits else companies.concept_bits end,
      submitted_at = case when ${newer} then excluded.submitted_at else companies.submitted_at end`);
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
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The companies whose latest submission names any of `related` (the zone's concepts, their
 * ancestors and descendants), at most `max`, preferring those naming more of `own` (the zone's
 * own concepts), then more of `related`, then the most recent. A company is one
 * (lower(name), country) pair (see `companies`): only its latest profile's concepts are in its
 * `concept_bits`, so repeated submissions count once and a company whose latest profile no longer
 * names any of the concepts is not a candidate.
 *
 * Both counts are one bitwise AND of the company's bits with a mask of the zone's concepts (built
 * once per query from `concept_codes`) and a bit count: a pass over the companies with no grouping,
 * whatever the number of concepts. The mask is as long as the highest code + 1, never shorter than
 * a company's bits, and is cut to each company's length. When there are `max` candidates,
 * `matching` is counted in a second pass (a window count over every match would make the sort
 * keep them all instead of the top `max`); when fewer, it is their number.
 * The chosen companies' latest profiles are read by id in the same statement.
 */
export async function findLeadCandidates(db: Db, related: string[], own: string[], max: number): Promise<LeadCandidates> {
  if (related.length === 0) return { matching: 0, candidates: [] };
  const relatedMask = conceptBits(sql`${arrayLiteral(related)}::text[]`, sql`masks.bits`);
  const ownMask = conceptBits(sql`${arrayLiteral(own.length > 0 ? own : related)}::text[]`, sql`masks.bits`);
  const shared = (mask: SQL) => sql`bit_count(c.concept_bits & substring(${mask} for length(c.concept_bits)))`;
  const rows = rowsOf<{
    id: string;
    name: string;
    country: string | null;
    profile: unknown;
    created_at: Date | string;
    submissions: number | string;
    matching: number | string;
  }>(
    await db.execute(sql`
      with masks as materialized (
        select ${relatedMask} as related, ${ownMask} as own from (select ${CODE_WIDTH} as bits) masks
      )
      select p.id, p.name, p.country, p.profile, p.created_at, ranked.submissions,
        -- The second pass only when the first was cut at max (a subquery in a branch not taken never runs).
        case when count(*) over () < ${max} then count(*) over ()
          else (select count(*) from ${companies} c, masks m where ${shared(sql`m.related`)} > 0) end as matching
      from (
        select c.profile_id, c.submissions, c.submitted_at, ${shared(sql`m.own`)} as own_shared, ${shared(sql`m.related`)} as shared
        from ${companies} c, masks m
        where ${shared(sql`m.related`)} > 0
        order by own_shared desc, shared desc, c.submitted_at desc, c.profile_id
        limit ${max}
      ) ranked
      join ${companyProfiles} p on p.id = ranked.profile_id
      order by ranked.own_shared desc, ranked.shared desc, ranked.submitted_at desc, ranked.profile_id`),
  );
  if (rows.length === 0) return { matching: 0, candidates: [] };
  const candidates = rows.map((r) => ({
    id: r.id,
    name: r.name,
    ...(r.country ? { country: r.country } : {}),
    profile: r.profile,
    createdAt: new Date(r.created_at),
    submissions: Number(r.submissions),
  }));
  return { matching: Number(rows[0]!.matching), candidates };
}
