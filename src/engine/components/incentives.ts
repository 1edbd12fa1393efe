/**
 * Incentives: the zone's own and inherited measures whose structured eligibility the profile
 * meets. A qualifying measure is worth INCENTIVE_STATUS_VALUE × INCENTIVE_RELEVANCE (a measure
 * aimed at the company's industry never counts as serving "another need"), more
 * (INCENTIVE_NAMES_INDUSTRY) when its eligibility names the company's industry, halved
 * (INCENTIVE_OPEN_FACTOR) when it is open to everyone and serves none of the profile's needs.
 * Sorted by value, the k-th measure adds INCENTIVE_DECAY^k of its value to the points; the
 * component is points / INCENTIVE_SATURATION, capped at 1. A zone the catalog lists no measure
 * for (own or inherited) scores NEUTRAL and carries NO_INCENTIVE_DATA.
 *
 * `evaluateIncentives` judges a zone's list once and keeps what it found; `describeIncentives`
 * words it for the results returned.
 */
import type { Eligibility, Incentive, IncentiveType, Need } from '../../catalog/schema.js';
import { countryList, countryName, incentiveTypeLabel, joinList, message, needLabels, stageLabels } from '../messages.js';
import { isWithin } from '../taxonomy.js';
import type { ApplicableIncentive, IncentiveGroup, NearMiss } from '../types.js';
import {
  INCENTIVE_DECAY,
  INCENTIVE_NAMES_INDUSTRY,
  INCENTIVE_OPEN_FACTOR,
  INCENTIVE_RELEVANCE,
  INCENTIVE_SATURATION,
  INCENTIVE_STATUS_VALUE,
  NEUTRAL,
  REPORTED_INCENTIVES,
  REPORTED_NEAR_MISSES,
} from '../weights.js';
import type { IncentiveEvidence, MetIncentive } from '../analysis.js';
import type { ScoringContext } from './context.js';

export type { IncentiveEvidence, MetIncentive } from '../analysis.js';
import type { IndexedIncentive } from '../zone-index.js';

/** The eligibility conditions a measure can set, in the order they are judged and told. */
type Condition = 'countries' | 'excludeCountries' | 'concepts' | 'stages' | 'highTech' | 'minRdIntensityPct' | 'minExportSharePct';

/** Which of a measure's conditions the profile fails; empty when it qualifies. */
function failedConditions(ctx: ScoringContext, e: Eligibility): Condition[] {
  const { profile } = ctx;
  const failed: Condition[] = [];
  if (e.countries && (!profile.country || !e.countries.includes(profile.country))) failed.push('countries');
  if (e.excludeCountries && profile.country && e.excludeCountries.includes(profile.country)) failed.push('excludeCountries');
  if (e.concepts && industryHits(ctx, e.concepts).length === 0) failed.push('concepts');
  if (e.stages && (!profile.stage || !e.stages.includes(profile.stage))) failed.push('stages');
  if (e.highTech && profile.attributes.highTech !== true) failed.push('highTech');
  if (e.minRdIntensityPct !== undefined && !((profile.attributes.rdIntensityPct ?? -1) >= e.minRdIntensityPct)) failed.push('minRdIntensityPct');
  if (e.minExportSharePct !== undefined && !((profile.attributes.exportSharePct ?? -1) >= e.minExportSharePct)) failed.push('minExportSharePct');
  return failed;
}

/** The profile's concepts that fall within a measure's target concepts. */
function industryHits(ctx: ScoringContext, targets: readonly string[]) {
  return ctx.analysis.concepts.filter((c) => targets.some((target) => isWithin(ctx.index.taxonomy, c.id, target)));
}

/**
 * The conditions of a measure the profile fails. A program's measures are inherited by each of
 * its zones; remembered per ranking so each is judged once.
 */
function failed(ctx: ScoringContext, incentive: Incentive): readonly Condition[] {
  const { failedConditions: memo } = ctx.analysis;
  let conditions = memo.get(incentive) as Condition[] | undefined;
  if (!conditions) memo.set(incentive, (conditions = failedConditions(ctx, incentive.eligibility)));
  return conditions;
}

const meets = (ctx: ScoringContext, incentive: Incentive) => failed(ctx, incentive).length === 0;

/** True when a measure sets no eligibility condition (open to any company in the zone). */
function hasNoConditions(eligibility: Eligibility): boolean {
  for (const _ in eligibility) return false;
  return true;
}

/** The value of one qualifying measure for this profile (see the module comment). */
function measureValue(incentive: Incentive, needs: readonly Need[], servesCount: number, namesIndustry: boolean): number {
  // A measure aimed at the company's industry matters to it whatever needs it listed.
  const relevance =
    servesCount > 0 ? INCENTIVE_RELEVANCE.servesNeed : needs.length === 0 || namesIndustry ? INCENTIVE_RELEVANCE.noNeedsGiven : INCENTIVE_RELEVANCE.otherNeed;
  const open = hasNoConditions(incentive.eligibility);
  return (
    INCENTIVE_STATUS_VALUE[incentive.status] *
    relevance *
    (namesIndustry ? INCENTIVE_NAMES_INDUSTRY : 1) *
    (open && servesCount === 0 ? INCENTIVE_OPEN_FACTOR : 1)
  );
}

const NO_DATA: IncentiveEvidence = Object.freeze({ score: NEUTRAL, met: [], noData: true });

/**
 * One entry of a zone's list judged for the profile: undefined when the profile does not
 * qualify. Remembered per entry: a program's entries are shared by all its zones' lists.
 */
function judged(ctx: ScoringContext, entry: IndexedIncentive): MetIncentive | undefined {
  const { metEntries } = ctx.analysis;
  if (metEntries.has(entry)) return metEntries.get(entry);
  let met: MetIncentive | undefined;
  if (meets(ctx, entry.incentive)) {
    const { needs } = ctx.profile;
    const serves = entry.incentive.serves.filter((n) => needs.includes(n));
    const namesIndustry = entry.incentive.eligibility.concepts !== undefined;
    met = {
      incentive: entry.incentive,
      origin: entry.origin,
      serves,
      namesIndustry,
      value: measureValue(entry.incentive, needs, serves.length, namesIndustry),
    };
  }
  metEntries.set(entry, met);
  return met;
}

const byValue = (a: MetIncentive, b: MetIncentive) => b.value - a.value || (a.incentive.id < b.incentive.id ? -1 : 1);

/** The zone's qualifying measures and the score they give; zones that inherit the same list share one evaluation. */
export function evaluateIncentives(ctx: ScoringContext): IncentiveEvidence {
  const { zone, analysis } = ctx;
  // No documented measure is an absence of evidence, not evidence against the zone.
  if (zone.incentives.length === 0) return NO_DATA;
  let evidence = analysis.incentives.get(zone.incentives);
  if (evidence) return evidence;
  const met: MetIncentive[] = [];
  for (const entry of zone.incentives) {
    const m = judged(ctx, entry);
    if (m) met.push(m);
  }
  met.sort(byValue);
  let points = 0;
  for (let k = 0; k < met.length; k++) points += met[k]!.value * INCENTIVE_DECAY ** k;
  evidence = { score: Math.min(1, points / INCENTIVE_SATURATION), met, noData: false };
  analysis.incentives.set(zone.incentives, evidence);
  return evidence;
}

export interface IncentiveDescription {
  applicable: ApplicableIncentive[];
  applicableCount: number;
  moreIncentives: IncentiveGroup[];
  notEligible: NearMiss[];
  /** Some measures qualify and every one of them is only proposed. */
  onlyProposed: boolean;
  /** Profile needs that no qualifying measure serves. */
  unservedNeeds: Need[];
}

/** Listed measures of one type before the rest of that type is only counted (mode 'top'). */
const PER_TYPE = 2;

/** In the listing order, each measure already listed of a type discounts the next of that type by this. */
const SAME_TYPE_DISCOUNT = 0.5;

/**
 * The order to show measures in: by value, but each measure of a type already shown counts half,
 * so that the land measure comes before a third visa measure of the same value.
 */
function listingOrder(met: readonly MetIncentive[]): MetIncentive[] {
  const left = [...met];
  const order: MetIncentive[] = [];
  const shown = new Map<IncentiveType, number>();
  const worth = (m: MetIncentive) => m.value * SAME_TYPE_DISCOUNT ** (shown.get(m.incentive.type) ?? 0);
  while (left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) if (worth(left[i]!) > worth(left[best]!)) best = i;
    const [next] = left.splice(best, 1);
    order.push(next!);
    shown.set(next!.incentive.type, (shown.get(next!.incentive.type) ?? 0) + 1);
  }
  return order;
}

/**
 * The measures to show: in mode 'top' the most useful to this company, types taking turns (see
 * listingOrder), at most PER_TYPE of a type so that five visa measures do not hide the land
 * measure, REPORTED_INCENTIVES in all, and the rest counted by type; in mode 'all' every one, in
 * the same order. Also the measures missed by a single condition.
 */
export function describeIncentives(evidence: IncentiveEvidence, ctx: ScoringContext, mode: 'top' | 'all' = 'top'): IncentiveDescription {
  const { profile, language } = ctx;
  const listed: MetIncentive[] = [];
  const rest: MetIncentive[] = [];
  const perType = new Map<IncentiveType, number>();
  for (const m of listingOrder(evidence.met)) {
    const n = perType.get(m.incentive.type) ?? 0;
    if (mode === 'all' || (listed.length < REPORTED_INCENTIVES && n < PER_TYPE)) {
      listed.push(m);
      perType.set(m.incentive.type, n + 1);
    } else rest.push(m);
  }
  const groups = new Map<IncentiveType, number>();
  for (const m of rest) groups.set(m.incentive.type, (groups.get(m.incentive.type) ?? 0) + 1);
  const served = new Set(evidence.met.flatMap((m) => m.serves));
  return {
    applicable: listed.map((m) => applicableIncentive(ctx, m)),
    applicableCount: evidence.met.length,
    moreIncentives: [...groups].map(([type, count]) => ({
      type,
      count,
      label: message('moreIncentives', language, { n: count, type: incentiveTypeLabel(type, language, count) }),
    })),
    notEligible: evidence.noData ? [] : nearMisses(ctx),
    onlyProposed: evidence.met.length > 0 && evidence.met.every((m) => m.incentive.status === 'proposed'),
    unservedNeeds: evidence.noData ? [] : profile.needs.filter((n) => !served.has(n)),
  };
}

function applicableIncentive(ctx: ScoringContext, { incentive, origin, serves }: MetIncentive): ApplicableIncentive {
  const { language } = ctx;
  const why = reasonsMet(ctx, incentive.eligibility);
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
}

/** Why the profile meets a measure it qualifies for, condition by condition. */
function reasonsMet(ctx: ScoringContext, e: Eligibility): string[] {
  const { profile, index, language } = ctx;
  const why: string[] = [];
  if (e.countries)
    why.push(message('whyCountry', language, { countries: countryList(e.countries, language, 'or'), country: countryName(profile.country!, language) }));
  if (e.excludeCountries) why.push(message('whyNotExcluded', language, { countries: countryList(e.excludeCountries, language, 'or') }));
  if (e.concepts) {
    const labels = industryHits(ctx, e.concepts)
      .slice(0, 3)
      .map((c) => index.taxonomy.concepts.get(c.id)?.labels[language] ?? c.id);
    why.push(message('whyConcepts', language, { concepts: joinList(language, labels) }));
  }
  if (e.stages) why.push(message('whyStage', language, { stage: stageLabels([profile.stage!], language) }));
  if (e.highTech) why.push(message('whyHighTech', language));
  if (e.minRdIntensityPct !== undefined) why.push(message('whyRd', language, { value: profile.attributes.rdIntensityPct!, min: e.minRdIntensityPct }));
  if (e.minExportSharePct !== undefined) why.push(message('whyExport', language, { value: profile.attributes.exportSharePct!, min: e.minExportSharePct }));
  if (why.length === 0) why.push(message('whyOpen', language));
  return why;
}

/**
 * Measures the profile misses by exactly one condition and that would matter to it (they serve
 * one of its needs or name its industry), most relevant first: "not eligible because …".
 */
function nearMisses(ctx: ScoringContext): NearMiss[] {
  const { zone, profile, language } = ctx;
  const candidates: { entry: IndexedIncentive; failed: Condition; rank: number }[] = [];
  for (const entry of zone.incentives) {
    const e = entry.incentive.eligibility;
    const unmet = failed(ctx, entry.incentive);
    if (unmet.length !== 1 || unmet[0] === 'concepts' || unmet[0] === 'excludeCountries') continue;
    const serves = entry.incentive.serves.some((n) => profile.needs.includes(n));
    const namesIndustry = e.concepts !== undefined;
    if (!serves && !namesIndustry) continue;
    candidates.push({ entry, failed: unmet[0]!, rank: Number(serves) + Number(namesIndustry) });
  }
  candidates.sort((a, b) => b.rank - a.rank || (a.entry.incentive.id < b.entry.incentive.id ? -1 : 1));
  return candidates.slice(0, REPORTED_NEAR_MISSES).map(({ entry: { incentive }, failed }) => ({
    id: incentive.id,
    title: incentive.title[language],
    type: incentive.type,
    reason: message('notEligible', language, { because: unmet(ctx, incentive.eligibility, failed) }),
    source: incentive.source,
  }));
}

/** The one condition a near miss fails, in words. */
function unmet(ctx: ScoringContext, e: Eligibility, condition: Condition): string {
  const { profile, language } = ctx;
  switch (condition) {
    case 'countries':
      return message('missCountry', language, { countries: countryList(e.countries!, language, 'or') });
    case 'stages':
      return message('missStage', language, { stages: stageLabels(e.stages!, language) });
    case 'highTech':
      return message('missHighTech', language);
    case 'minRdIntensityPct':
      return message('missThreshold', language, {
        what: message('rdIntensity', language),
        min: e.minRdIntensityPct!,
        value: valueOrUnknown(profile.attributes.rdIntensityPct, language),
      });
    case 'minExportSharePct':
      return message('missThreshold', language, {
        what: message('exportShare', language),
        min: e.minExportSharePct!,
        value: valueOrUnknown(profile.attributes.exportSharePct, language),
      });
    default:
      return condition;
  }
}

const valueOrUnknown = (value: number | undefined, language: ScoringContext['language']) =>
  value === undefined ? message('notStated', language) : `${value}%`;
