/**
 * Cooperation: the company's country against the zone's partner countries (own and inherited),
 * e.g. a Japanese company and the China-Japan zones, a Hong Kong company and the mainland–HK
 * measures. Scores from COOPERATION_SCORES.
 */
import { COOPERATION_SCORES } from '../weights.js';
import type { ScoringContext } from './context.js';

export interface CooperationEvidence {
  score: number;
  outcome: keyof typeof COOPERATION_SCORES;
}

/** One shared evidence object per outcome: most of the 2,500 catalogue zones share one. */
const OUTCOMES = Object.fromEntries(
  (Object.keys(COOPERATION_SCORES) as CooperationEvidence['outcome'][]).map((outcome) => [
    outcome,
    Object.freeze({ score: COOPERATION_SCORES[outcome], outcome }),
  ]),
) as Record<CooperationEvidence['outcome'], CooperationEvidence>;

export function evaluateCooperation(ctx: ScoringContext): CooperationEvidence {
  const { profile, zone } = ctx;
  if (zone.partners.length === 0) return OUTCOMES.openZone;
  if (!profile.country) return OUTCOMES.unknownCountry;
  return zone.partners.includes(profile.country) ? OUTCOMES.partner : OUTCOMES.otherPartner;
}
