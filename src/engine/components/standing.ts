/**
 * Standing: who approved the zone, and how long it has been open. National-level zones (approved
 * by the State Council: economic-technological development zones, high-tech zones, bonded
 * zones…) are where most foreign plants are built; provincial zones score less
 * (STANDING_SCORES). A zone that has been open longer has the utilities, suppliers and
 * experience with foreign investors that a new one is still building: the level's score is
 * scaled from STANDING_NEW_ZONE_FACTOR for a zone approved in the catalogue's year up to 1 for
 * one open STANDING_MATURE_YEARS or more by then. A zone without a catalogue code scores
 * STANDING_SCORES.unknown.
 */
import { CATALOGUE_YEAR, STANDING_MATURE_YEARS, STANDING_NEW_ZONE_FACTOR, STANDING_SCORES } from '../weights.js';
import type { IndexedZone } from '../zone-index.js';
import type { ScoringContext } from './context.js';

export interface StandingEvidence {
  score: number;
  standing?: IndexedZone['standing'];
  /** Years the zone had been open at the catalogue's review, where the approval date is known. */
  years?: number;
}

// Standing depends on the zone alone: worked out once per zone.
const evaluated = new WeakMap<IndexedZone, StandingEvidence>();

export function evaluateStanding(ctx: ScoringContext): StandingEvidence {
  let evidence = evaluated.get(ctx.zone);
  if (!evidence) evaluated.set(ctx.zone, (evidence = Object.freeze(standingOf(ctx.zone))));
  return evidence;
}

function standingOf(zone: IndexedZone): StandingEvidence {
  const { standing } = zone;
  if (!standing) return { score: STANDING_SCORES.unknown };
  const level = STANDING_SCORES[standing.level];
  if (standing.year === undefined) return { score: level, standing };
  const years = Math.max(0, CATALOGUE_YEAR - standing.year);
  const maturity = Math.min(1, years / STANDING_MATURE_YEARS);
  return { score: level * (STANDING_NEW_ZONE_FACTOR + (1 - STANDING_NEW_ZONE_FACTOR) * maturity), standing, years };
}
