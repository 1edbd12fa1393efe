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

export function evaluateCooperation(ctx: ScoringContext): CooperationEvidence {
  const { profile, zone } = ctx;
  if (zone.partners.length === 0) return { score: COOPERATION_SCORES.openZone, outcome: 'openZone' };
  if (!profile.country) return { score: COOPERATION_SCORES.unknownCountry, outcome: 'unknownCountry' };
  if (zone.partners.includes(profile.country)) return { score: COOPERATION_SCORES.partner, outcome: 'partner' };
  return { score: COOPERATION_SCORES.otherPartner, outcome: 'otherPartner' };
}
