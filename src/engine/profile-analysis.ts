/**
 * What the engine reads out of a profile once per ranking: the taxonomy concepts it names
 * (with the words that named them and the field they came from) and its TF-IDF vector.
 */
import { LRUCache } from 'lru-cache';
import type { Language } from '../catalog/schema.js';
import { inferActivity } from './components/activity.js';
import { clusterLookup } from './components/cluster.js';
import type { ProfileAnalysis, ProfileConcept } from './analysis.js';
import { conceptsForIsic } from './taxonomy.js';
import { tokenizeWords } from './text.js';
import type { DetectedConcept, EngineProfile, ProfileField } from './types.js';
import { FIELD_WEIGHTS, PHRASE_CACHE_SIZE } from './weights.js';
import { conceptTermsOf, type ZoneIndex } from './zone-index.js';

export type { ProfileAnalysis, ProfileConcept } from './analysis.js';

const FIELD_ORDER: ProfileField[] = ['sector', 'isic', 'products', 'technologies', 'description'];

/** What the engine reads out of one text of a profile. */
interface TextAnalysis {
  /** tokenize(text), repeats included. */
  terms: readonly string[];
  /** term → the first word of the text that gave it. */
  surfaces: ReadonlyMap<string, string>;
  /** The concepts the text names, by position, then id (a surface two concepts share must not depend on taxonomy order). */
  matches: readonly { conceptId: string; matchedText: string }[];
}

/**
 * Sector, product and technology entries are short phrases that recur from company to company
 * ("lithium battery materials", "半導体"), and segmenting CJK text is the costliest step of a
 * ranking: each phrase is analyzed once per index and kept, least recently used first out.
 * Descriptions are prose, rarely the same twice, and are analyzed every time. Cached per index,
 * since the concepts found depend on its taxonomy; a new catalog version starts empty.
 */
const phraseCaches = new WeakMap<ZoneIndex, LRUCache<string, TextAnalysis>>();

function analyzeText(index: ZoneIndex, text: string): TextAnalysis {
  const { terms, surfaces } = tokenizeWords(text);
  const matches = index.matcher
    .detect(text)
    .sort((a, b) => a.start - b.start || (a.conceptId < b.conceptId ? -1 : 1))
    .map(({ conceptId, matchedText }) => ({ conceptId, matchedText }));
  return { terms, surfaces, matches };
}

function analyzePhrase(index: ZoneIndex, phrase: string): TextAnalysis {
  let cache = phraseCaches.get(index);
  if (!cache) phraseCaches.set(index, (cache = new LRUCache({ max: PHRASE_CACHE_SIZE })));
  let analysis = cache.get(phrase);
  if (!analysis) cache.set(phrase, (analysis = analyzeText(index, phrase)));
  return analysis;
}

export function analyzeProfile(index: ZoneIndex, profile: EngineProfile, language: Language): ProfileAnalysis {
  const texts: Record<Exclude<ProfileField, 'isic'>, string[]> = {
    sector: [profile.sector],
    products: profile.products,
    technologies: profile.technologies,
    description: profile.description ? [profile.description] : [],
  };

  const byId = new Map<string, ProfileConcept>();
  // One entry per concept, in the order first named (FIELD_ORDER, then position in the text).
  const detected: DetectedConcept[] = [];
  const note = (id: string, field: ProfileField, matchedText: string) => {
    const weight = FIELD_WEIGHTS[field];
    const existing = byId.get(id);
    if (!existing) {
      const concept: ProfileConcept = { id, weight, field, matchedTexts: [matchedText] };
      byId.set(id, concept);
      const label = index.taxonomy.concepts.get(id)?.labels[language] ?? id;
      // The same list: the words that named the concept, gathered once.
      detected.push({ id, label, matchedText, matchedTexts: concept.matchedTexts, field });
    } else {
      if (weight > existing.weight) Object.assign(existing, { weight, field });
      if (!existing.matchedTexts.includes(matchedText)) existing.matchedTexts.push(matchedText);
    }
  };

  const analyses = new Map<Exclude<ProfileField, 'isic'>, TextAnalysis[]>();
  for (const field of FIELD_ORDER) {
    if (field === 'isic') {
      if (profile.isic) for (const id of [...conceptsForIsic(index.taxonomy, profile.isic)].sort()) note(id, 'isic', profile.isic);
      continue;
    }
    const analyzed = texts[field].map((text) => (field === 'description' ? analyzeText(index, text) : analyzePhrase(index, text)));
    analyses.set(field, analyzed);
    for (const { matches } of analyzed) for (const match of matches) note(match.conceptId, field, match.matchedText);
  }

  // Term counts of the profile's words and concepts, weighted by TF-IDF like the zone texts.
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  // In FIELD_ORDER (sector first): a term's surface is its first word in that order.
  for (const analyzed of analyses.values()) {
    for (const text of analyzed) {
      for (const term of text.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, word] of text.surfaces) if (!surfaces.has(term)) surfaces.set(term, word);
    }
  }
  for (const concept of byId.values()) {
    const terms = conceptTermsOf(index.taxonomy, concept.id);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const label = index.taxonomy.concepts.get(concept.id)?.labels[language];
    if (label) surfaces.set(terms[0]!, label);
  }
  const vector = new Map<string, number>();
  let sumSquares = 0;
  for (const [term, count] of counts) {
    const weight = count * (index.idf.get(term) ?? index.unseenIdf);
    vector.set(term, weight);
    sumSquares += weight * weight;
  }

  const concepts = mostSpecific(index, [...byId.values()]).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return {
    concepts,
    detected,
    vector,
    norm: Math.sqrt(sumSquares),
    surfaces,
    activity: inferActivity(index, profile, concepts),
    cluster: clusterLookup(index, concepts),
    failedConditions: new Map(),
    metEntries: new Map(),
    incentives: new Map(),
  };
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
