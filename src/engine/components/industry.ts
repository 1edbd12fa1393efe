/**
 * Industry fit: the profile's concepts against the zone's priority-industry concepts through the
 * taxonomy. score = BEST_MATCH_SHARE × best single match + (1 − share) × weighted coverage of
 * the profile's concepts; a match's strength is RELATION_STRENGTH × the industry's weight, decayed
 * by RELATION_LEVEL_DECAY for each level beyond the first between the two concepts.
 */
import type { Relation } from '../taxonomy.js';
import { levelsBetween, relationOf, type Taxonomy } from '../taxonomy.js';
import type { MatchedIndustry } from '../types.js';
import { BEST_MATCH_SHARE, RELATION_LEVEL_DECAY, RELATION_STRENGTH } from '../weights.js';
import type { ScoringContext } from './context.js';

export interface IndustryScore {
  score: number;
  matched: MatchedIndustry[];
}

const RELATION_RANK: Record<Relation, number> = { same: 4, narrower: 3, broader: 2, field: 1 };

/** How one profile concept relates to every taxonomy concept, by taxonomy position. */
interface LinkRow {
  /** 0 where unrelated, else the index of the relation in RELATIONS. */
  relation: Uint8Array;
  /** RELATION_STRENGTH decayed by the levels between the two concepts (0 where unrelated). */
  strength: Float64Array;
}

const RELATIONS = [undefined, 'same', 'narrower', 'broader', 'field'] as const;

// Every ranking relates its few concepts to every concept of every zone: relate each profile
// concept to the whole taxonomy once, into flat tables, and look relations up by position.
const linkRows = new WeakMap<Taxonomy, Map<string, LinkRow>>();

function linkRow(taxonomy: Taxonomy, p: string): LinkRow {
  let rows = linkRows.get(taxonomy);
  if (!rows) linkRows.set(taxonomy, (rows = new Map()));
  let row = rows.get(p);
  if (!row) {
    const size = taxonomy.position.size;
    row = { relation: new Uint8Array(size), strength: new Float64Array(size) };
    for (const [z, i] of taxonomy.position) {
      const relation = relationOf(taxonomy, p, z);
      if (!relation) continue;
      const levels = relation === 'narrower' || relation === 'broader' ? levelsBetween(taxonomy, p, z) : 1;
      row.relation[i] = RELATIONS.indexOf(relation);
      row.strength[i] = RELATION_STRENGTH[relation] * RELATION_LEVEL_DECAY ** (levels - 1);
    }
    rows.set(p, row);
  }
  return row;
}

/** The best match found so far for one of the zone's industries (explaining path). */
interface IndustryMatch {
  strength: number;
  relation: Relation;
  /** The profile's words behind it, repeats possible. */
  terms: string[];
}

/**
 * @param explain false to compute the score alone (ranking many zones); true to also list the
 *   matched industries (the results returned). The score is the same either way.
 * @param reported how many matched industries to write out, strongest first.
 */
export function scoreIndustry(ctx: ScoringContext, explain = true, reported = Infinity): IndustryScore {
  const { analysis, zone, index, language } = ctx;
  if (analysis.concepts.length === 0) return { score: 0, matched: [] };

  let best = 0;
  let covered = 0;
  let total = 0;
  const perIndustry = new Map<number, IndustryMatch>();

  for (const concept of analysis.concepts) {
    let conceptBest = 0;
    const row = linkRow(index.taxonomy, concept.id);
    for (let i = 0; i < zone.industries.length; i++) {
      const entry = zone.industries[i]!;
      for (const z of entry.conceptPositions) {
        const code = row.relation[z]!;
        if (code === 0) continue;
        const relation = RELATIONS[code]!;
        const strength = row.strength[z]! * entry.weight;
        conceptBest = Math.max(conceptBest, strength);
        best = Math.max(best, strength * concept.weight);
        if (!explain) continue;
        const seen = perIndustry.get(i);
        if (!seen || strength > seen.strength || (strength === seen.strength && RELATION_RANK[relation] > RELATION_RANK[seen.relation])) {
          perIndustry.set(i, { strength, relation, terms: [...(seen && seen.strength === strength ? seen.terms : []), ...concept.matchedTexts] });
        } else if (strength === seen.strength) {
          for (const t of concept.matchedTexts) if (!seen.terms.includes(t)) seen.terms.push(t);
        }
      }
    }
    covered += concept.weight * conceptBest;
    total += concept.weight;
  }

  const coverage = total > 0 ? covered / total : 0;
  const score = BEST_MATCH_SHARE * best + (1 - BEST_MATCH_SHARE) * coverage;
  if (!explain) return { score: clamp01(score), matched: [] };
  const industryId = (i: number) => zone.industries[i]!.industry.id;
  const matched = [...perIndustry]
    .map(([i, m]) => ({ i, strength: round3(m.strength), relation: m.relation, terms: m.terms }))
    .sort((a, b) => b.strength - a.strength || RELATION_RANK[b.relation] - RELATION_RANK[a.relation] || industryId(a.i).localeCompare(industryId(b.i)))
    .slice(0, reported)
    .map(({ i, strength, relation, terms }): MatchedIndustry => {
      const { industry, origin } = zone.industries[i]!;
      return {
        industry: industry.name[language],
        industryId: industry.id,
        level: industry.level,
        origin,
        relation,
        strength,
        matchedTerms: [...new Set(terms)],
        source: industry.source,
      };
    });
  return { score: clamp01(score), matched };
}

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
