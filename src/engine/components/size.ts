/**
 * Size: headcount, stage, planned investment and land need against the zone's kind and planned
 * area. Start-ups lean towards innovation districts, large plants towards industrial parks with
 * land and room to grow: a large company's area factor grows with the logarithm of the zone's
 * planned area up to LARGE_COMPANY_AREA_KM2. The score is the mean of the factors the profile
 * gives; NEUTRAL when it gives none.
 */
import type { Stage } from '../../catalog/schema.js';
import { HEADCOUNT_STAGE_LIMITS, LARGE_COMPANY_AREA_KM2, LARGE_INVESTMENT_USD, LARGE_LAND_NEED_M2, NEUTRAL, STAGE_KIND_FIT } from '../weights.js';
import type { ScoringContext } from './context.js';

export interface SizeEvidence {
  score: number;
  factors: { name: 'stage' | 'land' | 'investment' | 'area'; score: number }[];
  /** Set when the land need is more than a tenth of the zone's planned area. */
  landShare?: { needKm2: number; areaKm2: number };
  /** Set for a large company: the zone's planned area, and whether it is small for it (a tenth of LARGE_COMPANY_AREA_KM2 or less). */
  area?: { km2: number; small: boolean };
}

/** The stage stated, else one read from headcount. */
export function effectiveStage(employees: number | undefined, stage: Stage | undefined): Stage | undefined {
  if (stage) return stage;
  if (employees === undefined) return undefined;
  if (employees < HEADCOUNT_STAGE_LIMITS.startup) return 'startup';
  return employees < HEADCOUNT_STAGE_LIMITS.sme ? 'sme' : 'large';
}

const NO_SIZE: SizeEvidence = Object.freeze({ score: NEUTRAL, factors: [] });

export function evaluateSize(ctx: ScoringContext): SizeEvidence {
  const { profile, zone } = ctx;
  const { employees, landAreaM2, plannedInvestmentUsd } = profile.size;
  if (employees === undefined && landAreaM2 === undefined && plannedInvestmentUsd === undefined && !profile.stage && !profile.needs.includes('land'))
    return NO_SIZE;
  const kind = zone.zone.kind;
  const factors: SizeEvidence['factors'] = [];
  let landShare: SizeEvidence['landShare'];
  let area: SizeEvidence['area'];

  const stage = effectiveStage(profile.size.employees, profile.stage);
  if (stage) factors.push({ name: 'stage', score: STAGE_KIND_FIT[stage][kind] });

  const land = profile.size.landAreaM2;
  const areaKm2 = zone.zone.areaKm2?.value;
  if (land !== undefined && land > 0) {
    let score: number;
    if (areaKm2 !== undefined && land > 0.1 * areaKm2 * 1e6) {
      score = 0.1;
      landShare = { needKm2: land / 1e6, areaKm2 };
    } else if (kind === 'industrial_park') score = 1;
    else if (land > LARGE_LAND_NEED_M2) score = 0.3;
    else score = 0.7;
    factors.push({ name: 'land', score });
  } else if (profile.needs.includes('land')) {
    factors.push({ name: 'land', score: kind === 'industrial_park' ? 1 : 0.5 });
  }

  const investment = profile.size.plannedInvestmentUsd;
  const largeProject = investment !== undefined && investment >= LARGE_INVESTMENT_USD;
  if (largeProject) factors.push({ name: 'investment', score: kind === 'industrial_park' ? 1 : kind === 'high_tech_zone' ? 0.7 : 0.5 });

  if ((largeProject || stage === 'large' || stage === 'listed') && areaKm2 !== undefined) {
    const score = Math.min(1, Math.log1p(areaKm2) / Math.log1p(LARGE_COMPANY_AREA_KM2));
    factors.push({ name: 'area', score });
    area = { km2: areaKm2, small: areaKm2 <= LARGE_COMPANY_AREA_KM2 / 10 };
  }

  const score = factors.length === 0 ? NEUTRAL : factors.reduce((s, f) => s + f.score, 0) / factors.length;
  return { score, factors, ...(landShare ? { landShare } : {}), ...(area ? { area } : {}) };
}
