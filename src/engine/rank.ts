/**
 * Ranks the indexed zones for one profile. Fit gates context:
 *
 *   score = GATE_POINTS × [strong industry match (GATE_RELATION_STRENGTH)]
 *         + (100 − GATE_POINTS) × f × FIT_SHARE       × Σ_fit w_c s_c / Σ_fit w
 *         + (100 − GATE_POINTS) × f × (1 − FIT_SHARE) × Σ_ctx w_c s_c / Σ_ctx w
 *
 * where fit is industry and technology, context everything else, and f is RESTRICTION_FACTOR
 * where the zone's documents curb a project like the profile's, else 1. A zone with a strong
 * industry match scores at least GATE_POINTS; one without scores at most GATE_POINTS, and on equal
 * scores the strong match goes first — so context never lifts a zone without a real industry
 * match above one with it. Each component's contribution is rounded to one decimal and the score
 * is their sum (the gate counts in the industry contribution), so the parts add up exactly.
 *
 * Every component is evaluated once per zone and returns its evidence; the explanation of the
 * results returned is written from that evidence. Ties are broken by evidence (industry, then
 * standing, documentation and area, then technology), and only then by zone id: the zone's own
 * facts come before the profile's wording, which differs from one language to another.
 */
import { evaluateActivity, type ActivityEvidence } from './components/activity.js';
import { evaluateCluster, placeName, type ClusterEvidence } from './components/cluster.js';
import type { ScoringContext } from './components/context.js';
import { evaluateCooperation, type CooperationEvidence } from './components/cooperation.js';
import { describeIncentives, evaluateIncentives, type IncentiveEvidence } from './components/incentives.js';
import { describeIndustries, evaluateIndustry, NO_MATCH, round3, zonesWithRelatedIndustries, type IndustryEvidence } from './components/industry.js';
import { evaluateLogistics, type LogisticsEvidence } from './components/logistics.js';
import { evaluateSize, type SizeEvidence } from './components/size.js';
import { evaluateStanding, type StandingEvidence } from './components/standing.js';
import { sharedTerms, technologyScores, technologyTerms } from './components/technology.js';
import { activityLabel, countryList, countryName, kindLabel, message, needLabels, relationPhrase } from './messages.js';
import { negativeListWarnings } from './negative-list.js';
import { analyzeProfile, type ProfileAnalysis } from './profile-analysis.js';
import {
  COMPONENT_NAMES,
  type ComponentName,
  type Concern,
  type EngineProfile,
  type Evidence,
  type RankOptions,
  type RankResult,
  type RankedZone,
  type Weights,
} from './types.js';
import {
  AREAS_PER_PROGRAM,
  CATALOGUE_TECHNOLOGY_CAP,
  DEFAULT_WEIGHTS,
  ENGINE_VERSION,
  FIT_COMPONENTS,
  FIT_SHARE,
  GATE_POINTS,
  NEUTRAL,
  RESTRICTION_FACTOR,
} from './weights.js';
import type { IndexedZone, ZoneIndex } from './zone-index.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

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

/** Everything one zone's evaluation found: the component scores and the evidence behind them. */
interface ZoneEvaluation {
  zone: IndexedZone;
  ctx: ScoringContext;
  score: number;
  strong: boolean;
  scores: Record<ComponentName, number>;
  contributions: Record<ComponentName, number>;
  penaltyFactor: number;
  restriction: IndexedZone['restrictions'][number]['restriction'] | undefined;
  industry: IndustryEvidence;
  incentives: IncentiveEvidence;
  cooperation: CooperationEvidence;
  size: SizeEvidence;
  logistics: LogisticsEvidence;
  activity: ActivityEvidence;
  standing: StandingEvidence;
  cluster: ClusterEvidence;
}

/** Points per unit of each component's score: its share of the points above the gate. */
function pointsPerUnit(weights: Weights): Record<ComponentName, number> {
  const fit = new Set(FIT_COMPONENTS);
  const sum = (isFit: boolean) => COMPONENT_NAMES.filter((n) => fit.has(n) === isFit).reduce((s, n) => s + weights[n], 0);
  const fitSum = sum(true);
  const contextSum = sum(false);
  // With every weight of one group at zero, the other group earns all the points above the gate.
  const fitShare = contextSum === 0 ? 1 : fitSum === 0 ? 0 : FIT_SHARE;
  const above = 100 - GATE_POINTS;
  const points = {} as Record<ComponentName, number>;
  for (const name of COMPONENT_NAMES) {
    const isFit = fit.has(name);
    const groupSum = isFit ? fitSum : contextSum;
    points[name] = groupSum === 0 ? 0 : (above * (isFit ? fitShare : 1 - fitShare) * weights[name]) / groupSum;
  }
  return points;
}

/** Best first: by score, strong matches before weak on equal scores, then by evidence, then by id. */
function byEvidence(a: ZoneEvaluation, b: ZoneEvaluation): number {
  return (
    b.score - a.score ||
    Number(b.strong) - Number(a.strong) ||
    b.scores.industry - a.scores.industry ||
    b.scores.standing - a.scores.standing ||
    Number(a.zone.catalogueOnly) - Number(b.zone.catalogueOnly) ||
    (b.zone.zone.areaKm2?.value ?? 0) - (a.zone.zone.areaKm2?.value ?? 0) ||
    b.scores.technology - a.scores.technology ||
    (a.zone.id < b.zone.id ? -1 : a.zone.id > b.zone.id ? 1 : 0)
  );
}

/** What evaluating any zone for one ranking needs. */
interface Ranking {
  index: ZoneIndex;
  profile: EngineProfile;
  analysis: ProfileAnalysis;
  language: RankOptions['language'];
  weights: Weights;
  points: Record<ComponentName, number>;
  candidates: IndexedZone[];
  technologyOf: (zone: IndexedZone) => number;
}

function prepare(index: ZoneIndex, profile: EngineProfile, options: Omit<RankOptions, 'limit'>): Ranking {
  const weights = resolveWeights(options.weights);
  const analysis = analyzeProfile(index, profile, options.language);
  const candidates = candidateZones(index, options);
  return {
    index,
    profile,
    analysis,
    language: options.language,
    weights,
    points: pointsPerUnit(weights),
    candidates,
    technologyOf: technologyScores(index, analysis, candidates),
  };
}

/** Every component of one zone evaluated once, and the score they give. */
function evaluateZone(r: Ranking, zone: IndexedZone, industry: IndustryEvidence): ZoneEvaluation {
  const { profile, points } = r;
  const ctx: ScoringContext = { index: r.index, profile, analysis: r.analysis, zone, language: r.language };
  const incentives = evaluateIncentives(ctx);
  const cooperation = evaluateCooperation(ctx);
  const size = evaluateSize(ctx);
  const logistics = evaluateLogistics(ctx);
  const activity = evaluateActivity(ctx);
  const standing = evaluateStanding(ctx);
  const cluster = evaluateCluster(ctx);
  const technology = r.technologyOf(zone);
  const scores: Record<ComponentName, number> = {
    industry: industry.score,
    // A catalogue-only zone's text is a few words: a short profile matches it too easily.
    technology: zone.catalogueOnly ? Math.min(technology, CATALOGUE_TECHNOLOGY_CAP) : technology,
    incentives: incentives.score,
    cluster: cluster.score,
    activity: activity.score,
    standing: standing.score,
    size: size.score,
    cooperation: cooperation.score,
    logistics: logistics.score,
  };
  const restriction = zone.restrictions.find(
    ({ restriction: x }) =>
      (x.appliesTo.energyIntensive && profile.attributes.energyIntensive === true) || (x.appliesTo.highEmission && profile.attributes.highEmission === true),
  )?.restriction;
  const penaltyFactor = restriction ? RESTRICTION_FACTOR : 1;
  const { strong } = industry;
  const contributions = {} as Record<ComponentName, number>;
  let score = 0;
  for (const name of COMPONENT_NAMES) {
    contributions[name] = round1(points[name] * scores[name] * penaltyFactor + (name === 'industry' && strong ? GATE_POINTS : 0));
    score += contributions[name];
  }
  return {
    zone,
    ctx,
    score: round1(score),
    strong,
    scores,
    contributions,
    penaltyFactor,
    restriction,
    industry,
    incentives,
    cooperation,
    size,
    logistics,
    activity,
    standing,
    cluster,
  };
}

/** Zones and their industry evidence, as parallel lists. */
interface Gated {
  zones: IndexedZone[];
  industry: IndustryEvidence[];
}

/**
 * The candidates' industry evidence, strong matches and weak ones apart. Industry is evaluated
 * for every candidate; everything else only for the zones a ranking needs.
 */
function byGate(r: Ranking): { strong: Gated; weak: Gated } {
  const strong: Gated = { zones: [], industry: [] };
  const weak: Gated = { zones: [], industry: [] };
  // One context object, moved from zone to zone: evaluating industry keeps no reference to it.
  const ctx: ScoringContext = { index: r.index, profile: r.profile, analysis: r.analysis, zone: r.candidates[0]!, language: r.language };
  const related = zonesWithRelatedIndustries(r.index, r.analysis);
  for (const zone of r.candidates) {
    ctx.zone = zone;
    const industry = related[zone.position] === 1 ? evaluateIndustry(ctx) : NO_MATCH;
    const side = industry.strong ? strong : weak;
    side.zones.push(zone);
    side.industry.push(industry);
  }
  return { strong, weak };
}

const evaluateAll = (r: Ranking, { zones, industry }: Gated) => zones.map((zone, i) => evaluateZone(r, zone, industry[i]!)).sort(byEvidence);

/** What rounding each of the nine contributions to one decimal can add to a score, at most. */
const ROUNDING_MARGIN = 0.05 * COMPONENT_NAMES.length;

/**
 * The evaluations that can reach the first `k`, best first — the same as the first `k` of
 * `evaluateAll`. Zones are taken in the order of the most they could score (gate and fit points,
 * known already, plus every context point), and taking stops once that bound falls below the
 * k-th score found: no zone left could enter. Areas that may fold into others (zones with a
 * group) are always taken, so folding sees every one of them.
 */
function evaluateBest(r: Ranking, { zones, industry }: Gated, k: number): ZoneEvaluation[] {
  const { points } = r;
  const contextMax = COMPONENT_NAMES.filter((n) => !FIT_COMPONENTS.includes(n)).reduce((s, n) => s + points[n], 0);
  const technology = (zone: IndexedZone) => (zone.catalogueOnly ? Math.min(r.technologyOf(zone), CATALOGUE_TECHNOLOGY_CAP) : r.technologyOf(zone));
  const bound = zones.map(
    (zone, i) =>
      (industry[i]!.strong ? GATE_POINTS : 0) + points.industry * industry[i]!.score + points.technology * technology(zone) + contextMax + ROUNDING_MARGIN,
  );
  const evaluated: ZoneEvaluation[] = [];
  const rest: number[] = [];
  zones.forEach((zone, i) => (zone.group ? evaluated.push(evaluateZone(r, zone, industry[i]!)) : rest.push(i)));
  rest.sort((a, b) => bound[b]! - bound[a]!);
  // The k best scores so far, best first.
  const best = evaluated
    .map((e) => e.score)
    .sort((a, b) => b - a)
    .slice(0, k);
  for (const i of rest) {
    if (best.length >= k && bound[i]! < best[k - 1]!) break;
    const e = evaluateZone(r, zones[i]!, industry[i]!);
    evaluated.push(e);
    if (best.length < k || e.score > best[k - 1]!) {
      const at = best.findIndex((s) => e.score > s);
      best.splice(at < 0 ? best.length : at, 0, e.score);
      if (best.length > k) best.pop();
    }
  }
  return evaluated.sort(byEvidence);
}

/**
 * The scores `rankZones` would give, best first, without explanations or folding of areas: for
 * callers that score many profiles and explain only a few (leads). Same numbers as `rankZones`,
 * by the same code.
 */
export function scoreZones(index: ZoneIndex, profile: EngineProfile, options: Omit<RankOptions, 'limit'>): { zoneId: string; score: number }[] {
  const r = prepare(index, profile, options);
  if (r.candidates.length === 0) return [];
  const { strong, weak } = byGate(r);
  return [...evaluateAll(r, strong), ...evaluateAll(r, weak)].map(({ zone, score }) => ({ zoneId: zone.id, score }));
}

/**
 * Keeps at most `perGroup` areas of one program in one city, folding the others into the best
 * one of their group (its `otherAreas`); 0 keeps every area.
 */
function foldAreas(evaluated: readonly ZoneEvaluation[], perGroup: number, limit: number) {
  const shown: { evaluation: ZoneEvaluation; folded: ZoneEvaluation[] }[] = [];
  const byGroup = new Map<string, { evaluation: ZoneEvaluation; folded: ZoneEvaluation[] }[]>();
  for (const evaluation of evaluated) {
    const group = evaluation.zone.group;
    const members = group ? byGroup.get(group) : undefined;
    if (perGroup > 0 && group && members && members.length >= perGroup) {
      members[0]!.folded.push(evaluation);
      continue;
    }
    // Past the page, only zones that fold into a shown one still matter.
    if (shown.length >= limit) continue;
    const entry = { evaluation, folded: [] };
    shown.push(entry);
    if (group) byGroup.set(group, [...(members ?? []), entry]);
  }
  return shown;
}

/**
 * Ranks zones for a profile.
 * @param index from buildZoneIndex
 * @param profile a validated, normalized profile
 * @param options limit (1–50), language, optional weights, candidate restrictions, area folding and incentive listing
 */
export function rankZones(index: ZoneIndex, profile: EngineProfile, options: RankOptions): RankResult {
  const r = prepare(index, profile, options);
  const { analysis, weights } = r;
  const perGroup = options.areasPerProgram ?? AREAS_PER_PROGRAM;
  // Every strong match ranks above every weak one: the weak ones are evaluated only when the
  // strong ones do not fill the page.
  const none: Gated = { zones: [], industry: [] };
  const { strong, weak } = r.candidates.length > 0 ? byGate(r) : { strong: none, weak: none };
  // Folding can take grouped areas off the page: room for as many more.
  const k = options.limit + r.candidates.filter((z) => z.group).length;
  let evaluated = evaluateBest(r, strong, k);
  let shown = foldAreas(evaluated, perGroup, options.limit);
  if (shown.length < options.limit && weak.zones.length > 0) {
    evaluated = [...evaluated, ...evaluateBest(r, weak, k)];
    shown = foldAreas(evaluated, perGroup, options.limit);
  }
  const shared = sharedTerms(
    index,
    analysis,
    shown.map(({ evaluation }) => evaluation.zone),
  );
  const warnings = negativeListWarnings(index.negativeList, index.taxonomy, profile, analysis.detected, options.language);
  const listConcerns: Concern[] = warnings.map(({ code, message, source }) => ({ code, message, source }));
  const results = shown.map(({ evaluation, folded }, i) => explain(evaluation, folded, weights, shared[i]!, i + 1, options, listConcerns));
  return {
    engineVersion: ENGINE_VERSION,
    catalogVersion: index.catalogVersion,
    detectedConcepts: analysis.detected.map(({ id, label, matchedText }) => ({ id, label, matchedText })),
    activity: analysis.activity,
    candidates: r.candidates.length,
    results,
    warnings,
  };
}

/** One result, written from its evaluation's evidence. */
function explain(
  e: ZoneEvaluation,
  folded: readonly ZoneEvaluation[],
  weights: Weights,
  shared: Parameters<typeof technologyTerms>[1],
  rank: number,
  options: RankOptions,
  listConcerns: readonly Concern[],
): RankedZone {
  const { zone, ctx } = e;
  const { profile } = ctx;
  const language = options.language;
  const matchedIndustries = describeIndustries(e.industry, ctx, REPORTED_INDUSTRIES);
  const incentives = describeIncentives(e.incentives, ctx, options.incentives ?? 'top');
  const components = {} as RankedZone['components'];
  for (const name of COMPONENT_NAMES) components[name] = { score: round3(e.scores[name]), weight: weights[name], contribution: e.contributions[name] };

  // The negative list bars or limits the company wherever it goes: first among the concerns.
  const concerns: Concern[] = [...listConcerns];
  if (!e.strong) concerns.push({ code: 'NO_STRONG_MATCH', message: message('noStrongMatch', language, { score: round3(e.industry.score) }) });
  if (e.restriction)
    concerns.push({ code: e.restriction.code, message: message('restriction', language, { factor: RESTRICTION_FACTOR }), source: e.restriction.source });
  if (incentives.unservedNeeds.length > 0)
    concerns.push({ code: 'NEED_NOT_SERVED', message: message('needNotServed', language, { needs: needLabels(incentives.unservedNeeds, language) }) });
  if (e.incentives.noData && !zone.catalogueOnly)
    concerns.push({ code: 'NO_INCENTIVE_DATA', message: message('noIncentiveData', language, { neutral: NEUTRAL }) });
  if (incentives.onlyProposed) concerns.push({ code: 'ONLY_PROPOSED_MEASURES', message: message('onlyProposed', language) });
  if (e.cooperation.outcome === 'otherPartner') {
    concerns.push({
      code: 'PARTNER_COUNTRY_MISMATCH',
      message: message('partnerMismatch', language, { partners: countryList(zone.partners, language), country: countryName(profile.country!, language) }),
    });
  }
  if (e.size.landShare) {
    const { needKm2, areaKm2 } = e.size.landShare;
    concerns.push({
      code: 'LAND_NEED_EXCEEDS_AREA',
      message: message('landExceeds', language, {
        need: round3(needKm2),
        area: areaKm2,
        share: language === 'en' ? 'a tenth' : language === 'ja' ? '1割' : '十分之一',
      }),
      ...(zone.zone.areaKm2 ? { source: zone.zone.areaKm2.source } : {}),
    });
  }
  if (e.size.area?.small)
    concerns.push({
      code: 'AREA_SMALL_FOR_COMPANY',
      message: message('areaSmall', language, { area: round3(e.size.area.km2) }),
      ...(zone.zone.areaKm2 ? { source: zone.zone.areaKm2.source } : {}),
    });
  const kind = kindLabel(zone.zone.kind, language);
  const activity = activityLabel(e.activity.activity, language);
  if (e.activity.score <= 0.4) concerns.push({ code: 'ACTIVITY_ZONE_MISMATCH', message: message('activityMismatch', language, { kind, activity }) });
  if (e.logistics.outcome === 'data-missing') concerns.push({ code: 'LOGISTICS_DATA_MISSING', message: message('logisticsMissing', language) });
  if (zone.catalogueOnly) concerns.push({ code: 'CATALOGUE_ONLY', message: message('catalogueOnly', language), source: zone.zone.sources[0] });
  else if (zone.zone.completeness === 'minimal') concerns.push({ code: 'LIMITED_DATA', message: message('limitedData', language) });

  const evidence: Evidence[] = [];
  if (e.standing.standing) {
    const { level, code, source, year } = e.standing.standing;
    evidence.push({
      component: 'standing',
      message: message(level === 'national' ? 'evidenceNational' : 'evidenceProvincial', language, { code, year: year ?? '' }),
      source,
    });
  }
  const { own = 0, related = 0, conceptId } = e.cluster;
  if (own + related > 0 && conceptId) {
    const source = ctx.index.catalogueSource;
    const industry = ctx.index.taxonomy.concepts.get(conceptId)?.labels[language] ?? conceptId;
    const province = zone.zone.location.province[language];
    const counts = { own, province, industry, related, zones: own === 1 ? 'zone' : 'zones' };
    evidence.push({
      component: 'cluster',
      message: message(related > 0 ? 'evidenceClusterRelated' : 'evidenceCluster', language, counts),
      ...(source ? { source } : {}),
    });
    const city = e.cluster.city;
    if (city && city.own > 1 && city.own < own)
      evidence.push({
        component: 'cluster',
        message: message('evidenceClusterCity', language, { ...counts, city: placeName(zone, language), own: city.own, zones: 'zones' }),
        ...(source ? { source } : {}),
      });
  }
  if (e.activity.score >= 0.85) evidence.push({ component: 'activity', message: message('evidenceActivity', language, { kind, activity }) });
  if (e.size.area && !e.size.area.small && zone.zone.areaKm2)
    evidence.push({ component: 'size', message: message('evidenceArea', language, { area: round3(e.size.area.km2) }), source: zone.zone.areaKm2.source });

  const top = matchedIndustries[0];
  const zoneName = zone.zone.name[language];
  const incentivePart = incentives.applicableCount > 0 ? message('summaryIncentives', language, { n: incentives.applicableCount }) : '';
  const partnerPart = e.cooperation.outcome === 'partner' ? message('summaryPartner', language, { country: countryName(profile.country!, language) }) : '';
  const score = e.score.toFixed(1);
  const summary =
    e.strong && top
      ? message('summaryStrong', language, {
          zone: zoneName,
          score,
          relation: relationPhrase(top.relation, language, top.industry, top.position === 1),
          incentives: incentivePart,
          partner: partnerPart,
        })
      : message('summaryWeak', language, { zone: zoneName, score, incentives: incentivePart, partner: partnerPart });

  return {
    rank,
    score: e.score,
    zone: { id: zone.id, name: zoneName, program: zone.zone.program, city: zone.zone.location.city[language], province: zone.zone.location.province[language] },
    fit: e.strong ? 'strong' : 'weak',
    components,
    penaltyFactor: e.penaltyFactor,
    explanation: {
      summary,
      matchedIndustries,
      matchedTechnologyTerms: technologyTerms(ctx, shared),
      applicableIncentives: incentives.applicable,
      applicableIncentiveCount: incentives.applicableCount,
      moreIncentives: incentives.moreIncentives,
      notEligible: incentives.notEligible,
      evidence,
      concerns,
      otherAreas: folded.map((f) => ({ id: f.zone.id, name: f.zone.zone.name[language], score: f.score })),
    },
  };
}
