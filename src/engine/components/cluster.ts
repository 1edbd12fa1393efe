/**
 * Cluster: how many zones in the zone's province host the company's industry. Agglomeration is
 * one of the best-documented drivers of where foreign investors go: suppliers, skilled workers
 * and customs experience gather where an industry already is. A zone counts fully when it lists
 * the company's concept or one below it, half when it lists only a sibling under the same parent
 * (not a whole top-level field). score = ln(1 + n) / ln(1 + CLUSTER_SATURATION), capped at 1,
 * for the profile's concept that gives the most (times its field weight). With fewer than
 * CLUSTER_MIN_ZONES zones in the index (the seed catalog alone) counts say nothing: NEUTRAL.
 */
import type { ProfileConcept } from '../profile-analysis.js';
import { CLUSTER_MIN_ZONES, CLUSTER_SATURATION, NEUTRAL } from '../weights.js';
import type { ZoneIndex } from '../zone-index.js';
import type { ScoringContext } from './context.js';

export interface ClusterEvidence {
  score: number;
  /** Zones in the province that list the industry or one below it; absent without data. */
  own?: number;
  /** Further zones there that list only a sibling under the same parent (counted half). */
  related?: number;
  /** The profile concept the counts are for. */
  conceptId?: string;
}

const NO_DATA: ClusterEvidence = Object.freeze({ score: NEUTRAL });

/** The zones of `province` hosting concept `id`, and those hosting only a sibling of it. */
function hostCounts(index: ZoneIndex, id: string, province: string): { own: number; related: number } {
  const { taxonomy, hosts } = index;
  const own = hosts[taxonomy.position.get(id)!]!.get(province) ?? 0;
  const parent = taxonomy.ancestors.get(id)?.[0];
  // A parent that is itself a top-level field would count a whole field ("new materials").
  if (!parent || (taxonomy.ancestors.get(parent)?.length ?? 0) === 0) return { own, related: 0 };
  const family = hosts[taxonomy.position.get(parent)!]!.get(province) ?? 0;
  return { own, related: Math.max(0, family - own) };
}

/** The cluster evidence of each province for one profile, worked out once per province. */
export function clusterLookup(index: ZoneIndex, concepts: readonly ProfileConcept[]): (province: string) => ClusterEvidence {
  if (index.zones.length < CLUSTER_MIN_ZONES || concepts.length === 0) return () => NO_DATA;
  const byProvince = new Map<string, ClusterEvidence>();
  const saturation = Math.log1p(CLUSTER_SATURATION);
  return (province) => {
    let evidence = byProvince.get(province);
    if (evidence) return evidence;
    evidence = { score: 0, own: 0, related: 0 };
    for (const concept of concepts) {
      const { own, related } = hostCounts(index, concept.id, province);
      const score = Math.min(1, Math.log1p(own + 0.5 * related) / saturation) * concept.weight;
      if (score > evidence.score) evidence = { score, own, related, conceptId: concept.id };
    }
    byProvince.set(province, evidence);
    return evidence;
  };
}

export function evaluateCluster(ctx: ScoringContext): ClusterEvidence {
  return ctx.analysis.cluster(ctx.zone.province);
}
