/**
 * Technology fit: cosine similarity (ml-distance) between the TF-IDF vector of the profile's
 * sector, technologies, products and description and that of the zone's industry texts, both
 * carrying concept pseudo-terms so that different languages meet. A cosine of
 * TECHNOLOGY_FULL_COSINE or more counts as a full match.
 */
import { similarity } from 'ml-distance';
import { CONCEPT_TERM } from '../zone-index.js';
import { TECHNOLOGY_FULL_COSINE } from '../weights.js';
import type { ScoringContext } from './context.js';
import { clamp01 } from './industry.js';

export interface TechnologyScore {
  score: number;
  cosine: number;
  matchedTerms: string[];
}

/** Most shared terms to report. */
const REPORTED_TERMS = 6;

export function scoreTechnology(ctx: ScoringContext): TechnologyScore {
  const { analysis, zone, index, language } = ctx;
  const shared: { term: string; product: number }[] = [];
  for (const [term, weight] of analysis.vector) {
    const z = zone.vector.get(term);
    if (z !== undefined) shared.push({ term, product: weight * z });
  }
  if (shared.length === 0) return { score: 0, cosine: 0, matchedTerms: [] };

  // Dense vectors over the union of both vectors' terms, as ml-distance expects.
  const terms = [...new Set([...analysis.vector.keys(), ...zone.vector.keys()])];
  const p = terms.map((t) => analysis.vector.get(t) ?? 0);
  const z = terms.map((t) => zone.vector.get(t) ?? 0);
  const raw = similarity.cosine(p, z);
  const cosine = Number.isFinite(raw) ? raw : 0; // ml-distance gives NaN for a zero vector

  shared.sort((a, b) => b.product - a.product || (a.term < b.term ? -1 : 1));
  const matchedTerms: string[] = [];
  for (const { term } of shared) {
    let surface = analysis.surfaces.get(term);
    if (!surface && term.startsWith(CONCEPT_TERM)) surface = index.taxonomy.concepts.get(term.slice(CONCEPT_TERM.length))?.labels[language];
    surface ??= term;
    // A character bigram inside a word already reported adds nothing.
    if (matchedTerms.some((m) => m.includes(surface!) || surface!.includes(m))) continue;
    matchedTerms.push(surface);
    if (matchedTerms.length >= REPORTED_TERMS) break;
  }
  return { score: clamp01(cosine / TECHNOLOGY_FULL_COSINE), cosine, matchedTerms };
}
