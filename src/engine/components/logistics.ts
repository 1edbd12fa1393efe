/**
 * Logistics: for an export-oriented profile (EXPORT_ORIENTED_PCT or an export/bonded need), the
 * stated distances to port and airport (score falls linearly to 0.1 at LOGISTICS_FAR_KM) and,
 * for bonded trade, a bonded zone or trade-logistics industry. NEUTRAL when the profile is not
 * export-oriented or the documents give no distance.
 */
import { isWithin } from '../taxonomy.js';
import { EXPORT_ORIENTED_PCT, LOGISTICS_FAR_KM, NEUTRAL } from '../weights.js';
import type { IndexedZone, ZoneIndex } from '../zone-index.js';
import type { ScoringContext } from './context.js';

export interface LogisticsEvidence {
  score: number;
  outcome: 'not-export-oriented' | 'distances' | 'bonded' | 'data-missing';
  portKm?: number;
  airportKm?: number;
}

const byDistance = (km: number) => Math.max(0.1, 1 - km / LOGISTICS_FAR_KM);

const NOT_EXPORT_ORIENTED: LogisticsEvidence = Object.freeze({ score: NEUTRAL, outcome: 'not-export-oriented' });
const DATA_MISSING: LogisticsEvidence = Object.freeze({ score: NEUTRAL, outcome: 'data-missing' });

// Whether a zone is a trade hub depends on the zone alone: worked out once per zone.
const tradeHubs = new WeakMap<IndexedZone, boolean>();

function isTradeHub(index: ZoneIndex, zone: IndexedZone): boolean {
  let hub = tradeHubs.get(zone);
  if (hub === undefined) {
    hub =
      zone.zone.kind === 'bonded_zone' ||
      zone.industries.some((i) => i.origin === 'zone' && i.industry.concepts.some((c) => isWithin(index.taxonomy, c, 'trade-logistics')));
    tradeHubs.set(zone, hub);
  }
  return hub;
}

export function evaluateLogistics(ctx: ScoringContext): LogisticsEvidence {
  const { profile, zone, index } = ctx;
  const exportOriented =
    (profile.attributes.exportSharePct ?? 0) >= EXPORT_ORIENTED_PCT || profile.needs.includes('export_logistics') || profile.needs.includes('bonded_trade');
  if (!exportOriented) return NOT_EXPORT_ORIENTED;

  const portKm = zone.zone.distancesKm?.port?.value;
  const airportKm = zone.zone.distancesKm?.airport?.value;
  const tradeHub = isTradeHub(index, zone);
  const scores = [portKm, airportKm].filter((d): d is number => d !== undefined).map(byDistance);
  if (tradeHub) scores.push(0.9);
  const distances = { ...(portKm !== undefined ? { portKm } : {}), ...(airportKm !== undefined ? { airportKm } : {}) };
  if (scores.length === 0) return DATA_MISSING;
  return { score: Math.max(...scores), outcome: tradeHub && scores.length === 1 ? 'bonded' : 'distances', ...distances };
}
