/**
 * The reverse question: which stored companies fit this zone? Candidates are pre-selected in
 * SQL from `companies`, whose bits say which concepts each company's latest submission names
 * (kept current as profiles are stored): companies naming one of the zone's industry concepts, an
 * ancestor or a descendant of one. Each is then scored for this one zone by the engine's own
 * scoring code, and the returned ones explained by its ranking, so a lead's score and explanation
 * are exactly what POST /v1/recommendations would say for that zone.
 */
import type { Database } from '../../db/client.js';
import type { Language } from '../catalog/schema.js';
import { ENGINE_VERSION, rankZones, scoreZones, type EngineProfile } from '../engine/index.js';
import { databaseUnavailable, problem } from '../errors.js';
import type { FairTurns } from '../fair-turns.js';
import { leadFollowUps } from '../repositories/lead-outcome-repository.js';
import { findLeadCandidates, type LeadCandidate } from '../repositories/recommendation-repository.js';
import { LEADS_CANDIDATE_CAP, type Lead, type LeadsResponse } from '../schemas/leads-dto.js';
import type { CatalogView } from './catalog-view.js';
import { withSourceTitles } from './source-titles.js';

/** Candidates scored in one turn (see fair-turns.ts). */
const PROFILES_PER_TURN = 50;

export class LeadsService {
  constructor(
    private readonly database: Database,
    private readonly catalog: () => CatalogView,
    private readonly turns: FairTurns,
  ) {}

  /** The zone's own industry concepts (own and inherited from its program). */
  zoneConcepts(view: CatalogView, zoneId: string): string[] {
    const zone = view.index.byId.get(zoneId);
    return zone ? [...new Set(zone.industries.flatMap(({ industry }) => industry.concepts))].sort() : [];
  }

  /** The concepts whose profiles can match the zone's industries as same, narrower or broader. */
  relatedConcepts(view: CatalogView, zoneId: string): string[] {
    const zone = view.index.byId.get(zoneId);
    if (!zone) return [];
    const related = new Set<string>();
    for (const { industry } of zone.industries) {
      for (const id of industry.concepts) {
        for (const d of view.conceptWithDescendants(id)) related.add(d);
        for (const a of view.index.taxonomy.ancestors.get(id) ?? []) related.add(a);
      }
    }
    return [...related].sort();
  }

  async leads(zoneId: string, options: { limit: number; language: Language }): Promise<LeadsResponse> {
    const view = this.catalog();
    const zone = view.index.byId.get(zoneId);
    if (!zone) throw problem('ZONE_NOT_FOUND', `There is no zone with id "${zoneId}".`);
    let matching: number;
    let candidates: LeadCandidate[];
    try {
      ({ matching, candidates } = await findLeadCandidates(
        this.database.db,
        this.relatedConcepts(view, zoneId),
        this.zoneConcepts(view, zoneId),
        LEADS_CANDIDATE_CAP,
      ));
    } catch (error) {
      throw databaseUnavailable('The database cannot read stored profiles right now; retry later.', error);
    }

    // Score every candidate without explanations, then explain only the leads returned: the
    // same scores (scoreZones and rankZones share their scoring code), a fraction of the work.
    const scored: { candidate: LeadCandidate; profile: EngineProfile; score: number; submittedAt: string }[] = [];
    for (const [i, candidate] of candidates.entries()) {
      if (i % PROFILES_PER_TURN === 0) await this.turns.take();
      const profile = candidate.profile as EngineProfile;
      const [zoneScore] = scoreZones(view.index, profile, { language: options.language, zones: [zoneId] });
      if (zoneScore) scored.push({ candidate, profile, score: zoneScore.score, submittedAt: candidate.createdAt.toISOString() });
    }
    // Highest score first; ties by the most recent submission, then profile id (deterministic).
    scored.sort(
      (a, b) => b.score - a.score || (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0) || (a.candidate.id < b.candidate.id ? -1 : 1),
    );
    const returned = scored.slice(0, options.limit);
    let followUps;
    try {
      followUps = await leadFollowUps(
        this.database.db,
        zoneId,
        returned.map((s) => s.candidate.id),
      );
    } catch (error) {
      throw databaseUnavailable('The database cannot read stored profiles right now; retry later.', error);
    }
    let zoneDto: LeadsResponse['zone'] | undefined;
    const items: Lead[] = [];
    await this.turns.take();
    for (const { candidate, profile, submittedAt } of returned) {
      const [result] = rankZones(view.index, profile, { limit: 1, language: options.language, zones: [zoneId] }).results;
      if (!result) continue;
      zoneDto ??= result.zone;
      const latest = followUps.get(candidate.id)?.latest;
      items.push({
        rank: items.length + 1,
        score: result.score,
        company: {
          profileId: candidate.id,
          name: candidate.name,
          ...(candidate.country ? { country: candidate.country } : {}),
          sector: profile.sector,
          submittedAt,
          submissions: candidate.submissions,
          recommendationId: followUps.get(candidate.id)!.recommendationId,
        },
        ...(latest ? { latestOutcome: { status: latest.status, recordedAt: latest.recordedAt.toISOString(), recordedBy: latest.recordedBy } } : {}),
        components: result.components,
        penaltyFactor: result.penaltyFactor,
        explanation: withSourceTitles(result.explanation, view, options.language),
      });
    }
    return {
      zone: zoneDto ?? {
        id: zone.id,
        name: zone.zone.name[options.language],
        program: zone.zone.program,
        city: zone.zone.location.city[options.language],
        province: zone.zone.location.province[options.language],
      },
      language: options.language,
      catalogVersion: view.index.catalogVersion,
      engineVersion: ENGINE_VERSION,
      matching,
      candidates: candidates.length,
      items,
    };
  }
}
