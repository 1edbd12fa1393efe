/**
 * Technology fit: cosine similarity between the TF-IDF vector of the profile's
 * sector, technologies, products and description and that of the zone's industry texts, both
 * carrying concept pseudo-terms so that different languages meet. A cosine of
 * TECHNOLOGY_FULL_COSINE or more counts as a full match.
 */
import type { ProfileAnalysis } from '../profile-analysis.js';
import { CONCEPT_TERM, type IndexedZone, type ZoneIndex } from '../zone-index.js';
import { TECHNOLOGY_FULL_COSINE } from '../weights.js';
import type { ScoringContext } from './context.js';
import { clamp01 } from './industry.js';

/** Most shared terms to report. */
const REPORTED_TERMS = 6;

/**
 * The technology scores of the candidate zones, as a lookup: the cosine of the two vectors (dot
 * product over the norms). For many candidates it is accumulated over the
 * inverted index, so that the cost follows the postings of the profile's terms rather than
 * zones × terms; for a few (leads score one zone at a time) each zone's vector is looked up
 * directly. Both add the same products in the same order (the profile's terms), so they give
 * the same numbers bit for bit; a test holds them to ml-distance's cosine on every zone.
 */
export function technologyScores(index: ZoneIndex, analysis: ProfileAnalysis, candidates: readonly IndexedZone[] = index.zones): (zone: IndexedZone) => number {
  const scoreOf = (dot: number, zone: IndexedZone) => {
    const denominator = analysis.norm * zone.norm;
    return denominator > 0 ? clamp01(dot / denominator / TECHNOLOGY_FULL_COSINE) : 0;
  };
  if (candidates.length * FEW_CANDIDATES_SHARE < index.zones.length) {
    return (zone) => {
      let dot = 0;
      for (const [term, weight] of analysis.vector) {
        const w = zone.vector.get(term);
        if (w !== undefined) dot += weight * w;
      }
      return scoreOf(dot, zone);
    };
  }
  const dots = new Float64Array(index.zones.length);
  for (const [term, weight] of analysis.vector) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const { positions, weights } = posting;
    for (let i = 0; i < positions.length; i++) dots[positions[i]!]! += weight * weights[i]!;
  }
  return (zone) => scoreOf(dots[zone.position]!, zone);
}

/** Below one candidate in this many zones, looking up each candidate beats walking the postings. */
const FEW_CANDIDATES_SHARE = 8;

/** The terms a profile shares with one zone, and the product of their two weights (parallel arrays). */
export interface SharedTerms {
  terms: string[];
  products: number[];
}

/** What `zone` shares with the profile, looked up in the zone's vector. */
function sharedWith(analysis: ProfileAnalysis, zone: IndexedZone): SharedTerms {
  const shared: SharedTerms = { terms: [], products: [] };
  for (const [term, weight] of analysis.vector) {
    const z = zone.vector.get(term);
    if (z !== undefined) {
      shared.terms.push(term);
      shared.products.push(weight * z);
    }
  }
  return shared;
}

/**
 * The terms each of `zones` shares with the profile. For a good share of the catalog's zones (a
 * ranking's results on a small catalog) one walk over the postings of the profile's terms finds
 * them all, reading arrays rather than each zone's large term map; for a few zones among many
 * (the national catalogue) each zone's vector is looked up directly, like technologyScores.
 */
export function sharedTerms(index: ZoneIndex, analysis: ProfileAnalysis, zones: readonly IndexedZone[]): SharedTerms[] {
  if (zones.length * FEW_CANDIDATES_SHARE < index.zones.length) return zones.map((zone) => sharedWith(analysis, zone));
  const slot = new Int32Array(index.zones.length).fill(-1);
  zones.forEach((zone, i) => (slot[zone.position] = i));
  const shared: SharedTerms[] = zones.map(() => ({ terms: [], products: [] }));
  for (const [term, weight] of analysis.vector) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const { positions, weights } = posting;
    for (let k = 0; k < positions.length; k++) {
      const i = slot[positions[k]!]!;
      if (i < 0) continue;
      shared[i]!.terms.push(term);
      shared[i]!.products.push(weight * weights[k]!);
    }
  }
  return shared;
}

/**
 * The shared terms that weigh most in the cosine, in the profile's own words (for explanations).
 * @param shared what the zone shares with the profile, when the caller found it already (sharedTerms)
 */
export function technologyTerms(ctx: ScoringContext, shared: SharedTerms = sharedWith(ctx.analysis, ctx.zone)): string[] {
  const { analysis, index, language } = ctx;
  const { terms, products } = shared;
  // Heaviest first (on equal weight, by term), picked one at a time: a handful of picks usually
  // fills the list, where sorting every shared term cost more than the rest of the explanation.
  const taken = new Uint8Array(terms.length);
  const matchedTerms: string[] = [];
  for (let picks = 0; picks < terms.length && matchedTerms.length < REPORTED_TERMS; picks++) {
    let best = -1;
    for (let i = 0; i < terms.length; i++) {
      if (taken[i] === 1) continue;
      if (best < 0 || products[i]! > products[best]! || (products[i] === products[best] && terms[i]! < terms[best]!)) best = i;
    }
    taken[best] = 1;
    const term = terms[best]!;
    let surface = analysis.surfaces.get(term);
    if (!surface && term.startsWith(CONCEPT_TERM)) surface = index.taxonomy.concepts.get(term.slice(CONCEPT_TERM.length))?.labels[language];
    surface ??= term;
    // A character bigram inside a word already reported adds nothing.
    if (matchedTerms.some((m) => m.includes(surface!) || surface!.includes(m))) continue;
    matchedTerms.push(surface);
  }
  return matchedTerms;
}
