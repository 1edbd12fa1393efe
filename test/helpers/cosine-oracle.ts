/**
 * The technology cosine computed independently of the engine, with ml-distance over dense
 * vectors: the oracle the engine's sparse dot products are held to.
 */
import { similarity } from 'ml-distance';
import type { ScoringContext } from '../../src/engine/components/context.js';
import { clamp01 } from '../../src/engine/components/industry.js';
import { TECHNOLOGY_FULL_COSINE } from '../../src/engine/weights.js';

export interface TechnologyScore {
  score: number;
  cosine: number;
}

export function referenceTechnology(ctx: ScoringContext): TechnologyScore {
  const { analysis, zone } = ctx;
  // ml-distance wants dense vectors. Over the shared terms plus two extra dimensions holding the
  // rest of each side's norm, the cosine is exactly that of the full vectors, at the cost of
  // walking the smaller of the two sparse vectors rather than their union.
  const p: number[] = [];
  const z: number[] = [];
  let pShared = 0;
  let zShared = 0;
  const profileIsSmaller = analysis.vector.size <= zone.vector.size;
  const small = profileIsSmaller ? analysis.vector : zone.vector;
  const large = profileIsSmaller ? zone.vector : analysis.vector;
  for (const [term, a] of small) {
    const b = large.get(term);
    if (b === undefined) continue;
    const pw = profileIsSmaller ? a : b;
    const zw = profileIsSmaller ? b : a;
    p.push(pw);
    z.push(zw);
    pShared += pw * pw;
    zShared += zw * zw;
  }
  if (p.length === 0) return { score: 0, cosine: 0 };
  p.push(Math.sqrt(Math.max(0, analysis.norm * analysis.norm - pShared)), 0);
  z.push(0, Math.sqrt(Math.max(0, zone.norm * zone.norm - zShared)));
  const raw = similarity.cosine(p, z);
  const cosine = Number.isFinite(raw) ? raw : 0; // ml-distance gives NaN for a zero vector
  return { score: clamp01(cosine / TECHNOLOGY_FULL_COSINE), cosine };
}
