/**
 * Industry fit: the profile's concepts against the zone's priority-industry concepts through the
 * taxonomy. score = BEST_MATCH_SHARE × best single match + (1 − share) × weighted coverage of
 * the profile's concepts; a match's strength is RELATION_STRENGTH × the industry's weight, decayed
 * by RELATION_LEVEL_DECAY for each level beyond the first between the two concepts. Concepts that
 * only share a top-level field do not match.
 */
import { levelsBetween, relationOf, type Taxonomy } from '../taxonomy.js';
import type { ProfileAnalysis } from '../profile-analysis.js';
import type { MatchedIndustry } from '../types.js';
import type { ZoneIndex } from '../zone-index.js';
import { BEST_MATCH_SHARE, GATE_LEVELS, RELATION_LEVEL_DECAY, RELATION_STRENGTH } from '../weights.js';
import type { ScoringContext } from './context.js';

type MatchRelation = MatchedIndustry['relation'];

const RELATION_RANK: Record<MatchRelation, number> = { same: 3, narrower: 2, broader: 1 };

/** How one profile concept relates to every taxonomy concept, by taxonomy position. */
interface LinkRow {
  /** 0 where unrelated, else the index of the relation in RELATIONS. */
  relation: Uint8Array;
  /** RELATION_STRENGTH decayed by the levels between the two concepts (0 where unrelated). */
  strength: Float64Array;
  /** Levels between the two concepts on one branch (0 for the same concept). */
  levels: Uint8Array;
  /** The positions where `relation` is not 0. */
  related: number[];
}

const RELATIONS = [undefined, 'same', 'narrower', 'broader'] as const;

// Every ranking relates its few concepts to every concept of every zone: relate each profile
// concept to the whole taxonomy once, into flat tables, and look relations up by position.
const linkRows = new WeakMap<Taxonomy, Map<string, LinkRow>>();

function linkRow(taxonomy: Taxonomy, p: string): LinkRow {
  let rows = linkRows.get(taxonomy);
  if (!rows) linkRows.set(taxonomy, (rows = new Map()));
  let row = rows.get(p);
  if (!row) {
    const size = taxonomy.position.size;
    row = { relation: new Uint8Array(size), strength: new Float64Array(size), levels: new Uint8Array(size), related: [] };
    for (const [z, i] of taxonomy.position) {
      const relation = relationOf(taxonomy, p, z);
      if (!relation || relation === 'field') continue;
      const levels = relation === 'same' ? 0 : levelsBetween(taxonomy, p, z);
      row.relation[i] = RELATIONS.indexOf(relation);
      row.strength[i] = RELATION_STRENGTH[relation] * RELATION_LEVEL_DECAY ** Math.max(0, levels - 1);
      row.levels[i] = Math.min(levels, 255);
      row.related.push(i);
    }
    rows.set(p, row);
  }
  return row;
}

/** One of the zone's industries that a profile concept matches, at its best. */
export interface IndustryMatch {
  /** Index into the zone's `industries`. */
  industry: number;
  strength: number;
  relation: MatchRelation;
  /** The profile's words behind it. */
  terms: string[];
}

export interface IndustryEvidence {
  score: number;
  /** The zone has a strong industry match (see GATE_LEVELS). */
  strong: boolean;
  /** Every matched industry of the zone, unordered; `describeIndustries` orders and words them. */
  matches: IndustryMatch[];
}

/**
 * How well the zone's industries cover the profile's concepts, with the matches behind it.
 * Evaluated once per zone; `describeIndustries` turns the matches into words.
 */
/**
 * The zones (by index position) with an industry related to one of the profile's concepts: the
 * only ones `evaluateIndustry` can find a match in. Read from the index's concept postings, so a
 * ranking over 2,500 zones looks at the few hundred that matter.
 */
export function zonesWithRelatedIndustries(index: ZoneIndex, analysis: ProfileAnalysis): Uint8Array {
  const touched = new Uint8Array(index.zones.length);
  for (const concept of analysis.concepts) {
    for (const p of linkRow(index.taxonomy, concept.id).related) for (const z of index.industryPostings[p]!) touched[z] = 1;
  }
  return touched;
}

/** The evidence of a zone with no industry related to the profile. */
export const NO_MATCH: IndustryEvidence = Object.freeze({ score: 0, strong: false, matches: Object.freeze([]) as unknown as IndustryMatch[] });

export function evaluateIndustry(ctx: ScoringContext): IndustryEvidence {
  const { analysis, zone, index } = ctx;
  if (analysis.concepts.length === 0) return NO_MATCH;

  let strong = false;
  let best = 0;
  let covered = 0;
  let total = 0;
  let matches: IndustryMatch[] | undefined;

  for (const concept of analysis.concepts) {
    let conceptBest = 0;
    const row = linkRow(index.taxonomy, concept.id);
    const describedOnly = concept.field === 'description';
    for (let i = 0; i < zone.industries.length; i++) {
      const entry = zone.industries[i]!;
      for (const z of entry.conceptPositions) {
        const code = row.relation[z]!;
        if (code === 0) continue;
        const relation = RELATIONS[code]!;
        if (!describedOnly && row.levels[z]! <= GATE_LEVELS[entry.origin]) strong = true;
        const strength = row.strength[z]! * entry.weight;
        if (strength > conceptBest) conceptBest = strength;
        if (strength * concept.weight > best) best = strength * concept.weight;
        matches ??= [];
        const seen = matches.find((m) => m.industry === i);
        if (!seen) matches.push({ industry: i, strength, relation, terms: [...concept.matchedTexts] });
        else if (strength > seen.strength || (strength === seen.strength && RELATION_RANK[relation] > RELATION_RANK[seen.relation])) {
          const terms = strength === seen.strength ? seen.terms : [];
          for (const t of concept.matchedTexts) if (!terms.includes(t)) terms.push(t);
          Object.assign(seen, { strength, relation, terms });
        } else if (strength === seen.strength) {
          for (const t of concept.matchedTexts) if (!seen.terms.includes(t)) seen.terms.push(t);
        }
      }
    }
    covered += concept.weight * conceptBest;
    total += concept.weight;
  }

  if (!matches) return NO_MATCH;
  const coverage = total > 0 ? covered / total : 0;
  return { score: clamp01(BEST_MATCH_SHARE * best + (1 - BEST_MATCH_SHARE) * coverage), strong, matches };
}

/** The matched industries, strongest first (then the zone's own order), `reported` at most, in the context's language. */
export function describeIndustries(evidence: IndustryEvidence, ctx: ScoringContext, reported = Infinity): MatchedIndustry[] {
  const { zone, language } = ctx;
  return [...evidence.matches]
    .sort((a, b) => b.strength - a.strength || RELATION_RANK[b.relation] - RELATION_RANK[a.relation] || a.industry - b.industry)
    .slice(0, reported)
    .map(({ industry: i, strength, relation, terms }): MatchedIndustry => {
      const { industry, origin, position } = zone.industries[i]!;
      return {
        industry: industry.name[language],
        industryId: industry.id,
        level: industry.level,
        origin,
        relation,
        strength: round3(strength),
        ...(position !== undefined ? { position } : {}),
        matchedTerms: [...terms],
        source: industry.source,
      };
    });
}

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
