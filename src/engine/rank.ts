/**
 * Ranks the indexed zones for one profile. Each component gives a score in [0, 1] with its own
 * reasons; the zone's score is
 *
 *   score = Σ_c round1(100 × w_c / Σw × s_c × penaltyFactor)
 *
 * so the reported contributions add up to the reported score exactly. penaltyFactor is
 * RESTRICTION_FACTOR where the zone's documents curb a project like the profile's, else 1.
 * Ties are broken by zone id; nothing depends on the catalog's order.
 */
import { scoreCooperation } from './components/cooperation.js';
import type { ScoringContext } from './components/context.js';
import { round3, scoreIndustry } from './components/industry.js';
import { scoreIncentives } from './components/incentives.js';
import { scoreLogistics } from './components/logistics.js';
import { scoreSize } from './components/size.js';
import { sharedTerms, technologyScores, technologyTerms } from './components/technology.js';
import { joinList, message, needLabels, relationWord } from './messages.js';
import { analyzeProfile } from './profile-analysis.js';
import { COMPONENT_NAMES, type ComponentName, type Concern, type EngineProfile, type RankOptions, type RankResult, type RankedZone, type Weights } from './types.js';
import { CATALOGUE_EVIDENCE_CAP, DEFAULT_WEIGHTS, ENGINE_VERSION, NEUTRAL, RESTRICTION_FACTOR, STRONG_MATCH_THRESHOLD } from './weights.js';
import type { IndexedZone, ZoneIndex } from './zone-index.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Qualifying measures listed per result, most valuable first. With INCENTIVE_DECAY the sixth
 * adds under 8 % of its value to the score; the zone's page (GET /v1/zones/:id) lists them all.
 */
export const REPORTED_INCENTIVES = 5;

/** Matched industries listed per result, strongest first. */
const REPORTED_INDUSTRIES = 5;

/** Merges an override into DEFAULT_WEIGHTS; throws RangeError for negative, non-finite or all-zero weights. */
export function resolveWeights(override: Partial<Weights> = {}): Weights {
  const weights = { ...DEFAULT_WEIGHTS, ...override };
  for (const name of COMPONENT_NAMES) {
    const w = weights[name];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${name} must be a non-negative number`);
  }
  if (COMPONENT_NAMES.every((n) => weights[n] === 0)) throw new RangeError('at least one weight must be above zero');
  return weights;
}

/** The zones a ranking may consider, after the programs/zones restrictions. */
export function candidateZones(index: ZoneIndex, options: Pick<RankOptions, 'programs' | 'zones'>): IndexedZone[] {
  const programs = options.programs ? new Set(options.programs) : undefined;
  const zones = options.zones ? new Set(options.zones) : undefined;
  return index.zones.filter((z) => (!zones || zones.has(z.id)) && (!programs || z.programs.some((p) => programs.has(p.id))));
}

/** The scores of every candidate zone, best first, and what explaining one of them needs. */
function scoreCandidates(index: ZoneIndex, profile: EngineProfile, options: Omit<RankOptions, 'limit'>) {
  const weights = resolveWeights(options.weights);
  const weightSum = COMPONENT_NAMES.reduce((s, n) => s + weights[n], 0);
  const language = options.language;
  const analysis = analyzeProfile(index, profile, language);
  const contributionOf = (name: ComponentName, componentScore: number, penaltyFactor: number) =>
    round1(((100 * weights[name]) / weightSum) * componentScore * penaltyFactor);

  const candidates = candidateZones(index, options);
  const technologyOf = technologyScores(index, analysis, candidates);
  const scored = candidates.map((zone) => {
    const ctx: ScoringContext = { index, profile, analysis, zone, language };
    const cooperation = scoreCooperation(ctx);
    const size = scoreSize(ctx);
    const logistics = scoreLogistics(ctx);
    const technology = technologyOf(zone);
    const scores: Record<ComponentName, number> = {
      industry: scoreIndustry(ctx, false).score,
      // A catalogue-only zone's text is a few words: its cosine is capped like its industries.
      technology: zone.catalogueOnly ? Math.min(technology, CATALOGUE_EVIDENCE_CAP) : technology,
      incentives: scoreIncentives(ctx, false).score,
      cooperation: cooperation.score,
      size: size.score,
      logistics: logistics.score,
    };

    const restriction = zone.restrictions.find(
      ({ restriction: r }) => (r.appliesTo.energyIntensive && profile.attributes.energyIntensive === true) || (r.appliesTo.highEmission && profile.attributes.highEmission === true),
    )?.restriction;
    const penaltyFactor = restriction ? RESTRICTION_FACTOR : 1;
    let score = 0;
    for (const name of COMPONENT_NAMES) score += contributionOf(name, scores[name], penaltyFactor);
    return { zone, ctx, score: round1(score), scores, penaltyFactor, restriction, cooperation, size, logistics };
  });

  // On equal scores a zone described by policy documents goes before a catalogue-only one, then by id.
  scored.sort((a, b) => b.score - a.score || Number(a.zone.catalogueOnly) - Number(b.zone.catalogueOnly) || (a.zone.id < b.zone.id ? -1 : a.zone.id > b.zone.id ? 1 : 0));
  return { scored, analysis, weights, contributionOf };
}

/**
 * The scores `rankZones` would give, best first, without explanations: for callers that score
 * many profiles and explain only a few (leads). Same numbers as `rankZones`, by the same code.
 */
export function scoreZones(index: ZoneIndex, profile: EngineProfile, options: Omit<RankOptions, 'limit'>): { zoneId: string; score: number }[] {
  return scoreCandidates(index, profile, options).scored.map(({ zone, score }) => ({ zoneId: zone.id, score }));
}

/**
 * Ranks zones for a profile.
 * @param index from buildZoneIndex
 * @param profile a validated, normalized profile
 * @param options limit (1–50), language, optional weights and candidate restrictions
 */
export function rankZones(index: ZoneIndex, profile: EngineProfile, options: RankOptions): RankResult {
  const language = options.language;
  // Score every candidate, then write explanations only for the results returned: the messages
  // and term lists cost more than the scores themselves.
  const { scored, analysis, weights, contributionOf } = scoreCandidates(index, profile, options);
  const returned = scored.slice(0, options.limit);
  const shared = sharedTerms(index, analysis, returned.map(({ zone }) => zone));
  const results = returned.map(({ zone, ctx, score, scores, penaltyFactor, restriction, cooperation, size, logistics }, i) => {
    // The same component code again, now writing its reasons; the scores do not change.
    const industry = scoreIndustry(ctx, true, REPORTED_INDUSTRIES);
    const incentives = scoreIncentives(ctx, true, REPORTED_INCENTIVES);
    const components = {} as RankedZone['components'];
    for (const name of COMPONENT_NAMES) components[name] = { score: round3(scores[name]), weight: weights[name], contribution: contributionOf(name, scores[name], penaltyFactor) };
    const technology = technologyTerms(ctx, shared[i]);
    const concerns: Concern[] = [];
    if (restriction) concerns.push({ code: restriction.code, message: message('restriction', language, { factor: RESTRICTION_FACTOR }), source: restriction.source });

    if (industry.score < STRONG_MATCH_THRESHOLD) {
      concerns.unshift({ code: 'NO_STRONG_MATCH', message: message('noStrongMatch', language, { score: round3(industry.score) }) });
    }
    if (incentives.unservedNeeds.length > 0) {
      concerns.push({ code: 'NEED_NOT_SERVED', message: message('needNotServed', language, { needs: needLabels(incentives.unservedNeeds, language) }) });
    }
    if (incentives.noData) concerns.push({ code: 'NO_INCENTIVE_DATA', message: message('noIncentiveData', language, { neutral: NEUTRAL }) });
    if (incentives.onlyProposed) {
      concerns.push({ code: 'ONLY_PROPOSED_MEASURES', message: message('onlyProposed', language) });
    }
    if (cooperation.outcome === 'otherPartner') {
      concerns.push({
        code: 'PARTNER_COUNTRY_MISMATCH',
        message: message('partnerMismatch', language, { partners: joinList(language, zone.partners), country: profile.country ?? '' }),
      });
    }
    if (size.landShare) {
      const { needKm2, areaKm2 } = size.landShare;
      concerns.push({
        code: 'LAND_NEED_EXCEEDS_AREA',
        message: message('landExceeds', language, { need: round3(needKm2), area: areaKm2, share: language === 'en' ? 'a tenth' : language === 'ja' ? '1割' : '十分之一' }),
        ...(zone.zone.areaKm2 ? { source: zone.zone.areaKm2.source } : {}),
      });
    }
    if (logistics.outcome === 'data-missing') concerns.push({ code: 'LOGISTICS_DATA_MISSING', message: message('logisticsMissing', language) });
    if (zone.catalogueOnly) {
      concerns.push({ code: 'CATALOGUE_ONLY', message: message('catalogueOnly', language, { cap: CATALOGUE_EVIDENCE_CAP }), source: zone.zone.sources[0] });
    } else if (zone.zone.completeness === 'minimal') concerns.push({ code: 'LIMITED_DATA', message: message('limitedData', language) });

    const top = industry.matched[0];
    const zoneName = zone.zone.name[language];
    const incentivePart = incentives.applicableCount > 0 ? message('summaryIncentives', language, { n: incentives.applicableCount }) : '';
    const partnerPart = cooperation.outcome === 'partner' ? message('summaryPartner', language, { country: profile.country ?? '' }) : '';
    const summary =
      top && industry.score >= STRONG_MATCH_THRESHOLD
        ? message('summaryStrong', language, { zone: zoneName, score: score.toFixed(1), relation: relationWord(top.relation, language), industry: top.industry, incentives: incentivePart, partner: partnerPart })
        : message('summaryWeak', language, { zone: zoneName, score: score.toFixed(1), incentives: incentivePart, partner: partnerPart });

    const result: RankedZone = {
      rank: i + 1,
      score,
      zone: { id: zone.id, name: zoneName, program: zone.zone.program, city: zone.zone.location.city[language] },
      components,
      penaltyFactor,
      explanation: {
        summary,
        matchedIndustries: industry.matched,
        matchedTechnologyTerms: technology,
        applicableIncentives: incentives.applicable,
        applicableIncentiveCount: incentives.applicableCount,
        concerns,
      },
    };
    return result;
  });
  return {
    engineVersion: ENGINE_VERSION,
    catalogVersion: index.catalogVersion,
    detectedConcepts: analysis.detected.map(({ id, label, matchedText }) => ({ id, label, matchedText })),
    candidates: scored.length,
    results,
  };
}
