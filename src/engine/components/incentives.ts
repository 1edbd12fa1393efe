/**
 * Incentives: the zone's own and inherited measures whose structured eligibility the profile
 * meets. A qualifying measure is worth INCENTIVE_STATUS_VALUE × INCENTIVE_RELEVANCE, halved
 * (INCENTIVE_OPEN_FACTOR) when it is open to everyone and serves none of the profile's needs.
 * Sorted by value, the k-th measure adds INCENTIVE_DECAY^k of its value to the points; the
 * component is points / INCENTIVE_SATURATION, capped at 1. A zone the catalog lists no measure
 * for (own or inherited) scores NEUTRAL and carries NO_INCENTIVE_DATA.
 */
import type { Incentive, Need } from '../../catalog/schema.js';
import { joinList, message, needLabels, stageLabels } from '../messages.js';
import { isWithin } from '../taxonomy.js';
import type { ApplicableIncentive } from '../types.js';
import { INCENTIVE_DECAY, INCENTIVE_OPEN_FACTOR, INCENTIVE_RELEVANCE, INCENTIVE_SATURATION, INCENTIVE_STATUS_VALUE, NEUTRAL } from '../weights.js';
import type { ScoringContext } from './context.js';

export interface IncentiveScore {
  score: number;
  points: number;
  /** The qualifying measures, most valuable first; only the first `reported` (see scoreIncentives). */
  applicable: ApplicableIncentive[];
  /** How many measures qualify, reported or not. */
  applicableCount: number;
  /** Some measures qualify and every one of them is only proposed. */
  onlyProposed: boolean;
  /** Profile needs that no qualifying measure serves. */
  unservedNeeds: Need[];
  /** The catalog holds no measure for this zone or its programs: the score is NEUTRAL, not 0. */
  noData: boolean;
}

/** The reasons the profile qualifies, or undefined when it does not. */
export function qualify(ctx: ScoringContext, incentive: Incentive): readonly string[] | undefined {
  const { reasons } = ctx.analysis;
  if (reasons.has(incentive)) return reasons.get(incentive);
  const why = judge(ctx, incentive, true);
  reasons.set(incentive, why);
  return why;
}

/** The same conditions as `qualify`, without the words. */
function qualifies(ctx: ScoringContext, incentive: Incentive): boolean {
  let yes = ctx.analysis.qualifies.get(incentive);
  if (yes === undefined) ctx.analysis.qualifies.set(incentive, (yes = meets(ctx, incentive)));
  return yes;
}

const meets = (ctx: ScoringContext, incentive: Incentive): boolean => judge(ctx, incentive, false) !== undefined;

/** Shared by every call that writes no reasons: never pushed to. */
const NO_REASONS: string[] = [];

/**
 * The one list of eligibility conditions: undefined when the profile fails one, else the reasons
 * it meets them — written only when `explain` is true (the scoring path gets an empty list).
 */
function judge(ctx: ScoringContext, incentive: Incentive, explain: boolean): string[] | undefined {
  const { profile, analysis, index, language } = ctx;
  const e = incentive.eligibility;
  const why: string[] = explain ? [] : NO_REASONS;
  if (e.countries) {
    if (!profile.country || !e.countries.includes(profile.country)) return undefined;
    if (explain) why.push(message('whyCountry', language, { countries: joinList(language, e.countries), country: profile.country }));
  }
  if (e.excludeCountries) {
    if (profile.country && e.excludeCountries.includes(profile.country)) return undefined;
    if (explain) why.push(message('whyNotExcluded', language, { countries: joinList(language, e.excludeCountries) }));
  }
  if (e.concepts) {
    const hits = analysis.concepts.filter((c) => e.concepts!.some((target) => isWithin(index.taxonomy, c.id, target)));
    if (hits.length === 0) return undefined;
    if (explain) {
      const labels = hits.slice(0, 3).map((c) => index.taxonomy.concepts.get(c.id)?.labels[language] ?? c.id);
      why.push(message('whyConcepts', language, { concepts: joinList(language, labels) }));
    }
  }
  if (e.stages) {
    if (!profile.stage || !e.stages.includes(profile.stage)) return undefined;
    if (explain) why.push(message('whyStage', language, { stage: stageLabels([profile.stage], language) }));
  }
  if (e.highTech) {
    if (profile.attributes.highTech !== true) return undefined;
    if (explain) why.push(message('whyHighTech', language));
  }
  if (e.minRdIntensityPct !== undefined) {
    const value = profile.attributes.rdIntensityPct;
    if (value === undefined || value < e.minRdIntensityPct) return undefined;
    if (explain) why.push(message('whyRd', language, { value, min: e.minRdIntensityPct }));
  }
  if (e.minExportSharePct !== undefined) {
    const value = profile.attributes.exportSharePct;
    if (value === undefined || value < e.minExportSharePct) return undefined;
    if (explain) why.push(message('whyExport', language, { value, min: e.minExportSharePct }));
  }
  if (explain && why.length === 0) why.push(message('whyOpen', language));
  return why;
}

/** True when a measure sets no eligibility condition (open to any company in the zone). */
function hasNoConditions(eligibility: Incentive['eligibility']): boolean {
  for (const _ in eligibility) return false;
  return true;
}

/** The value of one qualifying measure for this profile (see the module comment). */
function valueOf(incentive: Incentive, needs: readonly Need[], servesCount: number): number {
  const relevance = needs.length === 0 ? INCENTIVE_RELEVANCE.noNeedsGiven : servesCount > 0 ? INCENTIVE_RELEVANCE.servesNeed : INCENTIVE_RELEVANCE.otherNeed;
  const open = hasNoConditions(incentive.eligibility);
  return INCENTIVE_STATUS_VALUE[incentive.status] * relevance * (open && servesCount === 0 ? INCENTIVE_OPEN_FACTOR : 1);
}

/**
 * Whether the profile meets a measure the zone lists. A zone's own measures are met once per
 * ranking; only inherited ones, which every zone of the program shares, are worth remembering.
 */
const isMet = (ctx: ScoringContext, incentive: Incentive, origin: 'zone' | 'program') => (origin === 'program' ? qualifies(ctx, incentive) : meets(ctx, incentive));

/** The same score as the explaining path, without writing reasons; once per list of measures. */
function incentivesScoreOnly(ctx: ScoringContext): number {
  const { incentiveScores } = ctx.analysis;
  let score = incentiveScores.get(ctx.zone.incentives);
  if (score === undefined) incentiveScores.set(ctx.zone.incentives, (score = scoreList(ctx)));
  return score;
}

/** The score of the zone's list of measures, worked out. */
function scoreList(ctx: ScoringContext): number {
  const { profile, zone } = ctx;
  const values: number[] = [];
  for (const { incentive, origin } of zone.incentives) {
    if (!isMet(ctx, incentive, origin)) continue;
    let servesCount = 0;
    for (const n of incentive.serves) if (profile.needs.includes(n)) servesCount++;
    values.push(valueOf(incentive, profile.needs, servesCount));
  }
  values.sort((a, b) => b - a);
  let points = 0;
  for (let k = 0; k < values.length; k++) points += values[k]! * INCENTIVE_DECAY ** k;
  return Math.min(1, points / INCENTIVE_SATURATION);
}

/**
 * @param explain false to compute the score alone (ranking many zones); true to also list the
 *   applicable measures with their reasons (the results returned). The score is the same either way.
 * @param reported how many of the applicable measures to write out, most valuable first; the
 *   rest are still scored and counted. Writing the reasons is the costly part.
 */
export function scoreIncentives(ctx: ScoringContext, explain = true, reported = Infinity): IncentiveScore {
  const { zone } = ctx;
  // No documented measure is an absence of evidence, not evidence against the zone.
  if (zone.incentives.length === 0) return { score: NEUTRAL, points: 0, applicable: [], applicableCount: 0, onlyProposed: false, unservedNeeds: [], noData: true };
  if (!explain) return { score: incentivesScoreOnly(ctx), points: 0, applicable: [], applicableCount: 0, onlyProposed: false, unservedNeeds: [], noData: false };
  // Zones that inherit the same list of measures get the same explanation: written once, each
  // result given its own copy.
  const { incentiveExplanations } = ctx.analysis;
  let written = incentiveExplanations.get(zone.incentives);
  if (written?.reported !== reported) incentiveExplanations.set(zone.incentives, (written = { reported, score: explainIncentives(ctx, reported) }));
  const { score } = written;
  return { ...score, applicable: score.applicable.map((a) => ({ ...a })), unservedNeeds: [...score.unservedNeeds] };
}

/** The explained score of the zone's list of measures, worked out. */
function explainIncentives(ctx: ScoringContext, reported: number): IncentiveScore {
  const { profile, zone, language } = ctx;
  const needs = new Set(profile.needs);
  const served = new Set<Need>();
  const ranked: { value: number; incentive: Incentive; origin: 'zone' | 'program'; serves: Need[] }[] = [];

  for (const { incentive, origin } of zone.incentives) {
    if (!isMet(ctx, incentive, origin)) continue;
    const serves = incentive.serves.filter((n) => needs.has(n));
    serves.forEach((n) => served.add(n));
    ranked.push({ value: valueOf(incentive, profile.needs, serves.length), incentive, origin, serves });
  }
  ranked.sort((a, b) => b.value - a.value || (a.incentive.id < b.incentive.id ? -1 : 1));
  const points = ranked.reduce((sum, r, k) => sum + r.value * INCENTIVE_DECAY ** k, 0);
  const applicable = ranked.slice(0, reported).map(({ incentive, origin, serves }): ApplicableIncentive => {
    const why = [...qualify(ctx, incentive)!];
    if (serves.length > 0) why.push(message('whyServes', language, { needs: needLabels(serves, language) }));
    if (incentive.status === 'proposed') why.push(message('whyProposed', language));
    return {
      id: incentive.id,
      title: incentive.title[language],
      type: incentive.type,
      status: incentive.status,
      origin,
      why: why.join(language === 'en' ? '; ' : '；'),
      source: incentive.source,
    };
  });
  return {
    score: Math.min(1, points / INCENTIVE_SATURATION),
    points: Math.round(points * 1000) / 1000,
    applicable,
    applicableCount: ranked.length,
    onlyProposed: ranked.length > 0 && ranked.every((r) => r.incentive.status === 'proposed'),
    unservedNeeds: profile.needs.filter((n) => !served.has(n)),
    noData: false,
  };
}
