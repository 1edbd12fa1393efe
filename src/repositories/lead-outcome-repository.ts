/**
 * Lead outcomes (`lead_outcomes`): recorded, listed, and read back for the lead list and for
 * learning weights. Rows are only ever inserted.
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { companies, companyProfiles, leadOutcomes, recommendations } from '../../db/schema.js';
import type { OutcomeStatus } from '../schemas/outcome-dto.js';
import { rowsOf } from './recommendation-repository.js';

export interface OutcomeRecord {
  id: string;
  companyName: string;
  companyCountry?: string;
  recommendationId: string;
  zoneId: string;
  status: OutcomeStatus;
  reason?: string;
  note?: string;
  recordedBy: string;
  recordedAt: Date;
}

/** The company a stored recommendation was made for. */
export interface RecommendedCompany {
  recommendationId: string;
  companyId: number;
  name: string;
  country?: string;
}

export async function findRecommendedCompany(db: Db, recommendationId: string): Promise<RecommendedCompany | undefined> {
  const [row] = await db
    .select({ recommendationId: recommendations.id, companyId: companies.id, name: companyProfiles.name, country: companyProfiles.country })
    .from(recommendations)
    .innerJoin(companyProfiles, eq(companyProfiles.id, recommendations.profileId))
    .innerJoin(
      companies,
      and(eq(companies.nameKey, sql`lower(${companyProfiles.name})`), eq(companies.countryKey, sql`coalesce(${companyProfiles.country}, '')`)),
    )
    .where(eq(recommendations.id, recommendationId));
  return row
    ? { recommendationId: row.recommendationId, companyId: row.companyId, name: row.name, ...(row.country ? { country: row.country } : {}) }
    : undefined;
}

export async function insertOutcome(
  db: Db,
  company: RecommendedCompany,
  outcome: { zoneId: string; status: OutcomeStatus; reason?: string; note?: string; recordedBy: string; keyId?: string },
): Promise<OutcomeRecord> {
  const [row] = await db
    .insert(leadOutcomes)
    .values({
      id: randomUUID(),
      companyId: company.companyId,
      recommendationId: company.recommendationId,
      companyName: company.name,
      companyCountry: company.country ?? null,
      zoneId: outcome.zoneId,
      status: outcome.status,
      reason: outcome.reason ?? null,
      note: outcome.note ?? null,
      recordedBy: outcome.recordedBy,
      keyId: outcome.keyId ?? null,
    })
    .returning();
  return toRecord(row!);
}

function toRecord(row: typeof leadOutcomes.$inferSelect): OutcomeRecord {
  return {
    id: row.id,
    companyName: row.companyName,
    ...(row.companyCountry ? { companyCountry: row.companyCountry } : {}),
    recommendationId: row.recommendationId,
    zoneId: row.zoneId,
    status: row.status as OutcomeStatus,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.note ? { note: row.note } : {}),
    recordedBy: row.recordedBy,
    recordedAt: row.createdAt,
  };
}

export interface OutcomeFilter {
  zoneId?: string;
  /** A part of the company name, any case. */
  company?: string;
  status?: OutcomeStatus;
}

function conditions(filter: OutcomeFilter): SQL | undefined {
  return and(
    filter.zoneId !== undefined ? eq(leadOutcomes.zoneId, filter.zoneId) : undefined,
    // strpos, not LIKE: the text is a plain substring, never a pattern.
    filter.company !== undefined ? sql`strpos(lower(${leadOutcomes.companyName}), lower(${filter.company})) > 0` : undefined,
    filter.status !== undefined ? eq(leadOutcomes.status, filter.status) : undefined,
  );
}

/** Matching outcomes, newest first; `page` absent: all of them. */
export async function listOutcomes(
  db: Db,
  filter: OutcomeFilter,
  page?: { limit: number; offset: number },
): Promise<{ items: OutcomeRecord[]; total: number }> {
  const where = conditions(filter);
  const query = db.select().from(leadOutcomes).where(where).orderBy(desc(leadOutcomes.createdAt), desc(leadOutcomes.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const total = page ? Number((await db.select({ n: count() }).from(leadOutcomes).where(where))[0]?.n ?? 0) : rows.length;
  return { items: rows.map(toRecord), total };
}

/** What the lead list shows next to a company: a stored recommendation to record against, and its latest outcome for the zone. */
export interface LeadFollowUp {
  recommendationId: string;
  latest?: { status: OutcomeStatus; recordedAt: Date; recordedBy: string };
}

/**
 * For each of `profileIds` (companies' latest profiles, as the lead list has them): its
 * recommendation, and the latest outcome recorded for its company and `zoneId`, in one statement.
 */
export async function leadFollowUps(db: Db, zoneId: string, profileIds: string[]): Promise<Map<string, LeadFollowUp>> {
  if (profileIds.length === 0) return new Map();
  const ids = sql`${`{${profileIds.join(',')}}`}::uuid[]`;
  const rows = rowsOf<{ profile_id: string; recommendation_id: string; status: string | null; created_at: Date | string | null; recorded_by: string | null }>(
    await db.execute(sql`
      select r.profile_id, r.id as recommendation_id, latest.status, latest.created_at, latest.recorded_by
      from ${recommendations} r
      left join ${companies} c on c.profile_id = r.profile_id
      left join lateral (
        select o.status, o.created_at, o.recorded_by from ${leadOutcomes} o
        where o.company_id = c.id and o.zone_id = ${zoneId}
        order by o.created_at desc, o.id desc limit 1
      ) latest on true
      where r.profile_id = any(${ids})`),
  );
  return new Map(
    rows.map((r) => [
      r.profile_id,
      {
        recommendationId: r.recommendation_id,
        ...(r.status ? { latest: { status: r.status as OutcomeStatus, recordedAt: new Date(r.created_at!), recordedBy: r.recorded_by! } } : {}),
      },
    ]),
  );
}

/** An outcome with what learning weights needs: the stored answer and profile it was recorded against. */
export interface OutcomeForLearning {
  companyId: number;
  zoneId: string;
  status: OutcomeStatus;
  recordedAt: Date;
  recommendationId: string;
  response: unknown;
  profile: unknown;
}

/** The latest outcome of every (company, zone) pair, with its stored recommendation and profile, by company then zone. */
export async function latestOutcomesForLearning(db: Db): Promise<OutcomeForLearning[]> {
  const rows = rowsOf<{
    company_id: number | string;
    zone_id: string;
    status: string;
    created_at: Date | string;
    recommendation_id: string;
    response: unknown;
    profile: unknown;
  }>(
    await db.execute(sql`
      select o.company_id, o.zone_id, o.status, o.created_at, o.recommendation_id, r.response, p.profile
      from (
        select distinct on (company_id, zone_id) * from ${leadOutcomes}
        order by company_id, zone_id, created_at desc, id desc
      ) o
      join ${recommendations} r on r.id = o.recommendation_id
      join ${companyProfiles} p on p.id = r.profile_id
      order by o.company_id, o.zone_id`),
  );
  return rows.map((r) => ({
    companyId: Number(r.company_id),
    zoneId: r.zone_id,
    status: r.status as OutcomeStatus,
    recordedAt: new Date(r.created_at),
    recommendationId: r.recommendation_id,
    response: r.response,
    profile: r.profile,
  }));
}
