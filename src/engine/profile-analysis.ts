/**
 * What the engine reads out of a profile once per ranking: the taxonomy concepts it names
 * (with the words that named them and the field they came from) and its TF-IDF vector.
 */
import type { Language } from '../catalog/schema.js';
import { conceptsForIsic } from './taxonomy.js';
import { normalizeText, tokenize } from './text.js';
import type { DetectedConcept, EngineProfile, ProfileField } from './types.js';
import { FIELD_WEIGHTS } from './weights.js';
import { conceptTerms, type ZoneIndex } from './zone-index.js';

export interface ProfileConcept {
  id: string;
  /** The highest field weight among the fields that named it. */
  weight: number;
  field: ProfileField;
  matchedTexts: string[];
}

export interface ProfileAnalysis {
  concepts: ProfileConcept[];
  detected: DetectedConcept[];
  /** TF-IDF weight per term. */
  vector: Map<string, number>;
  norm: number;
  /** A readable surface form for each term of the vector (the profile's own words). */
  surfaces: Map<string, string>;
}

const FIELD_ORDER: ProfileField[] = ['sector', 'isic', 'products', 'technologies', 'description'];

export function analyzeProfile(index: ZoneIndex, profile: EngineProfile, language: Language): ProfileAnalysis {
  const texts: Record<Exclude<ProfileField, 'isic'>, string[]> = {
    sector: [profile.sector],
    products: profile.products,
    technologies: profile.technologies,
    description: profile.description ? [profile.description] : [],
  };

  const byId = new Map<string, ProfileConcept>();
  const detected: DetectedConcept[] = [];
  const note = (id: string, field: ProfileField, matchedText: string) => {
    const weight = FIELD_WEIGHTS[field];
    const existing = byId.get(id);
    if (!existing) byId.set(id, { id, weight, field, matchedTexts: [matchedText] });
    else {
      if (weight > existing.weight) Object.assign(existing, { weight, field });
      if (!existing.matchedTexts.includes(matchedText)) existing.matchedTexts.push(matchedText);
    }
    if (!detected.some((d) => d.id === id && d.matchedText === matchedText)) {
      const label = index.taxonomy.concepts.get(id)?.labels[language] ?? id;
      detected.push({ id, label, matchedText, field });
    }
  };

  for (const field of FIELD_ORDER) {
    if (field === 'isic') {
      if (profile.isic) for (const id of [...conceptsForIsic(index.taxonomy, profile.isic)].sort()) note(id, 'isic', profile.isic);
      continue;
    }
    for (const text of texts[field]) {
      // By position, then id: a surface shared by two concepts must not depend on taxonomy order.
      const matches = index.matcher.detect(text).sort((a, b) => a.start - b.start || (a.conceptId < b.conceptId ? -1 : 1));
      for (const match of matches) note(match.conceptId, field, match.matchedText);
    }
  }

  // Term counts of the profile's words and concepts, weighted by TF-IDF like the zone texts.
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const allTexts = [...texts.sector, ...texts.products, ...texts.technologies, ...texts.description];
  for (const text of allTexts) {
    for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const word of normalizeText(text).match(/[\p{L}\p{N}][\p{L}\p{N}+&/.-]*/gu) ?? []) {
      for (const token of tokenize(word)) if (!surfaces.has(token)) surfaces.set(token, word);
    }
  }
  for (const concept of byId.values()) {
    for (const term of conceptTerms(index.taxonomy, [concept.id])) counts.set(term, (counts.get(term) ?? 0) + 1);
    const label = index.taxonomy.concepts.get(concept.id)?.labels[language];
    if (label) surfaces.set(`concept:${concept.id}`, label);
  }
  const vector = new Map<string, number>();
  let sumSquares = 0;
  for (const [term, count] of counts) {
    const weight = count * (index.idf.get(term) ?? index.unseenIdf);
    vector.set(term, weight);
    sumSquares += weight * weight;
  }

  const concepts = mostSpecific(index, [...byId.values()]).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return { concepts, detected, vector, norm: Math.sqrt(sumSquares), surfaces };
}

/**
 * Drops a concept when the profile also names one below it ("new materials" beside "fine
 * ceramics"): the broader word says nothing the narrower one does not, and keeping it would let
 * a zone that lists only the umbrella industry match as well as one that names the specialty.
 * The narrower concepts take over the broader one's field weight and words.
 */
function mostSpecific(index: ZoneIndex, concepts: ProfileConcept[]): ProfileConcept[] {
  const kept = concepts.map((c) => ({ ...c, matchedTexts: [...c.matchedTexts] }));
  const isAncestor = (a: ProfileConcept) => kept.some((d) => d !== a && index.taxonomy.ancestors.get(d.id)?.includes(a.id));
  const broader = kept.filter(isAncestor);
  const narrow = kept.filter((c) => !broader.includes(c));
  for (const b of broader) {
    for (const d of narrow) {
      if (!index.taxonomy.ancestors.get(d.id)?.includes(b.id)) continue;
      if (b.weight > d.weight) Object.assign(d, { weight: b.weight, field: b.field });
    }
  }
  return narrow;
}
