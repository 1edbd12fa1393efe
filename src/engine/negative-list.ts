/**
 * Checks a profile against China's foreign-investment negative list (the reviewed mapping in
 * seeds/negative-list.json): a company from outside mainland China whose sector, products or
 * ISIC code fall under a measure gets a warning naming the measure. Pure: the list comes in with
 * the catalog.
 *
 * A measure applies when
 *   - the sector or a product names one of its keywords (matched like taxonomy synonyms: case-,
 *     width- and inflection-insensitive, CJK anywhere in the phrase), or a taxonomy concept it
 *     lists (or one below it);
 *   - the ISIC code is one of its classes, or a class of one of its divisions.
 * The description and technologies are not read: prose names customers and suppliers as often as
 * the company's own business, and a warning must rest on what the company says it does.
 */
import { LRUCache } from 'lru-cache';
import type { Concept, Language, NegativeList, NegativeListMeasure, SourceRef } from '../catalog/schema.js';
import { buildConceptMatcher, type ConceptMatch, type ConceptMatcher } from './concept-matcher.js';
import { message } from './messages.js';
import { isWithin, type Taxonomy } from './taxonomy.js';
import { PHRASE_CACHE_SIZE } from './weights.js';
import type { DetectedConcept, EngineProfile, NegativeListWarning } from './types.js';

/**
 * Countries whose companies invest as domestic investors: mainland China only. Hong Kong, Macao
 * and Taiwan investors are administered by reference to the Foreign Investment Law, so the list
 * applies to them (with CEPA and other openings outside it), as to any other foreign investor.
 */
export const DOMESTIC_COUNTRIES: readonly string[] = ['CN'];

export interface NegativeListIndex {
  doc: string;
  measures: readonly NegativeListMeasure[];
  /** Keywords of every measure; a match's concept id is the measure number. */
  keywords: ConceptMatcher;
  /**
   * What the keywords found in each sector and product phrase seen: phrases recur from company to
   * company, and matching one costs as much as the rest of a ranking on the seed catalog.
   */
  found: LRUCache<string, ConceptMatch[]>;
}

/** Builds the keyword matcher once per catalog. */
export function buildNegativeListIndex(list: NegativeList): NegativeListIndex {
  const entries: Concept[] = list.measures.map((m) => {
    const { en, ja, zh } = m.appliesTo.keywords;
    // The matcher reads labels and synonyms alike; an empty label would never match.
    return { id: String(m.measure), parent: null, labels: { en: en[0] ?? m.sector, ja: ja[0] ?? m.sector, zh: zh[0] ?? m.sector }, synonyms: { en, ja, zh } };
  });
  return { doc: list.document.doc, measures: list.measures, keywords: buildConceptMatcher(entries), found: new LRUCache({ max: PHRASE_CACHE_SIZE }) };
}

/** True for a company the list applies to: one not from mainland China (a missing country counts as foreign). */
export function isForeignInvestor(country: string | undefined): boolean {
  return !DOMESTIC_COUNTRIES.includes((country ?? '').toUpperCase());
}

const isicUnder = (isic: string, codes: readonly string[]) => codes.some((code) => isic === code || (code.length === 2 && isic.startsWith(code)));

type Match = NegativeListWarning['matchedBy'];

/** What in the profile puts it under each measure, first found first (sector, ISIC, then products). */
function matchMeasures(index: NegativeListIndex, taxonomy: Taxonomy, profile: EngineProfile, detected: readonly DetectedConcept[]): Map<number, Match> {
  const found = new Map<number, Match>();
  const note = (measure: number, match: Match) => {
    if (!found.has(measure)) found.set(measure, match);
  };
  const byKeyword = (field: 'sector' | 'products', text: string) => {
    let hits = index.found.get(text);
    if (!hits) index.found.set(text, (hits = index.keywords.detect(text)));
    for (const hit of hits) note(Number(hit.conceptId), { field, text: hit.matchedText });
  };
  const byConcept = (field: 'sector' | 'products') => {
    for (const concept of detected) {
      if (concept.field !== field) continue;
      for (const m of index.measures) {
        if (m.appliesTo.concepts.some((c) => isWithin(taxonomy, concept.id, c))) note(m.measure, { field, text: concept.matchedText });
      }
    }
  };
  byKeyword('sector', profile.sector);
  byConcept('sector');
  const isic = profile.isic;
  if (isic) for (const m of index.measures) if (isicUnder(isic, m.appliesTo.isic)) note(m.measure, { field: 'isic', text: isic });
  for (const product of profile.products) byKeyword('products', product);
  byConcept('products');
  return found;
}

/**
 * The negative-list measures a profile falls under, by measure number, in the answer's language;
 * none for a mainland Chinese company or without a list.
 */
export function negativeListWarnings(
  index: NegativeListIndex | undefined,
  taxonomy: Taxonomy,
  profile: EngineProfile,
  detected: readonly DetectedConcept[],
  language: Language,
): NegativeListWarning[] {
  if (!index || !isForeignInvestor(profile.country)) return [];
  const found = matchMeasures(index, taxonomy, profile, detected);
  return index.measures
    .filter((m) => found.has(m.measure))
    .sort((a, b) => a.measure - b.measure)
    .map((m) => {
      const prohibited = m.kind === 'prohibited';
      const text = m.text[language];
      const source: SourceRef = { doc: index.doc, section: m.section };
      return {
        code: prohibited ? 'NEGATIVE_LIST_PROHIBITED' : 'NEGATIVE_LIST_RESTRICTED',
        measure: m.measure,
        kind: m.kind,
        transcribed: m.transcribed,
        text,
        message: message(m.transcribed ? 'negativeList' : 'negativeListTopic', language, {
          measure: m.measure,
          sector: m.sector,
          prohibited: prohibited ? 1 : '',
          text,
        }),
        matchedBy: found.get(m.measure)!,
        source,
      };
    });
}
