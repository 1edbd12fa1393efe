/**
 * Activity: what the company will do at the site against the kind of zone. A plant belongs in a
 * development zone or industrial park, an R&D centre or a software house in a high-tech zone or
 * innovation district, a trading or logistics operation in a bonded zone (ACTIVITY_KIND_FIT).
 * The activity is the profile's own when it states one, else read from the ISIC codes of its
 * industries and from words such as "R&D centre".
 */
import type { ProfileAnalysis } from '../analysis.js';
import type { Activity, EngineProfile } from '../types.js';
import { ACTIVITY_KIND_FIT } from '../weights.js';
import type { ZoneIndex } from '../zone-index.js';
import type { ScoringContext } from './context.js';

export interface ActivityEvidence {
  score: number;
  activity: Activity;
}

/** One shared evidence object per activity and zone kind. */
const EVIDENCE = new Map<string, ActivityEvidence>();

export function evaluateActivity(ctx: ScoringContext): ActivityEvidence {
  const activity = ctx.analysis.activity.value;
  const kind = ctx.zone.zone.kind;
  const key = `${activity}:${kind}`;
  let evidence = EVIDENCE.get(key);
  if (!evidence) EVIDENCE.set(key, (evidence = Object.freeze({ score: ACTIVITY_KIND_FIT[activity][kind], activity })));
  return evidence;
}

/** ISIC Rev.4 divisions by what a site of that division does. */
function activityOfDivision(division: number): Activity {
  if (division <= 39) return 'manufacturing'; // agriculture, mining, manufacturing, utilities, waste
  if (division >= 45 && division <= 53) return 'trade_logistics';
  if (division >= 58 && division <= 63) return 'software'; // publishing, film, telecoms, software, information services
  if (division === 72) return 'rnd';
  return 'services';
}

// "R&D centre", "研发中心", "研究開発拠点": a company that says it sets up research does so whatever its industry.
const RESEARCH_WORDS =
  /\br\s*&\s*d\b|\bresearch (and|&) development\b|\bresearch (centre|center|institute|lab)|研发|研究開発|研究开发|開発拠点|研究所|研究院/iu;

/** The activity the profile states, else the one its sector and industries point to. */
export function inferActivity(index: ZoneIndex, profile: EngineProfile, concepts: ProfileAnalysis['concepts']): ProfileAnalysis['activity'] {
  if (profile.activity) return { value: profile.activity, inferred: false };
  if (RESEARCH_WORDS.test(profile.sector) || (profile.description !== undefined && RESEARCH_WORDS.test(profile.description)))
    return { value: 'rnd', inferred: true };
  const votes = new Map<Activity, number>();
  const vote = (code: string, weight: number) => {
    const activity = activityOfDivision(Number(code.slice(0, 2)));
    votes.set(activity, (votes.get(activity) ?? 0) + weight);
  };
  if (profile.isic) vote(profile.isic, 1);
  for (const concept of concepts) {
    const code = isicOf(index, concept.id);
    if (code) vote(code, concept.weight);
  }
  let best: Activity = 'manufacturing';
  for (const [activity, weight] of votes) if (weight > (votes.get(best) ?? 0)) best = activity;
  return { value: best, inferred: true };
}

/** A concept's first ISIC code, or its nearest ancestor's. */
function isicOf(index: ZoneIndex, id: string): string | undefined {
  for (const c of [id, ...(index.taxonomy.ancestors.get(id) ?? [])]) {
    const code = index.taxonomy.concepts.get(c)?.isic?.[0];
    if (code) return code;
  }
  return undefined;
}
