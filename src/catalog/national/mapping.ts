/**
 * Maps the catalogue's leading-industry phrases to taxonomy concepts with the engine's own
 * concept detection, so a phrase maps exactly when a company profile using the same words would
 * detect the same concepts. Phrases that name no concept are kept, and counted by
 * `computeCoverage`, so the taxonomy can grow where the catalogue needs it.
 */
import type { ConceptMatcher } from '../../engine/concept-matcher.js';
import { splitLeadingIndustries, type CatalogueRow } from './parse.js';

export interface MappedPhrase {
  text: string;
  /** Concept ids detected in the phrase, in order of appearance; empty when unmapped. */
  concepts: string[];
}

export interface MappedRow {
  phrases: MappedPhrase[];
  /** Union of the phrases' concepts, in phrase order. */
  conceptIds: string[];
  unmappedPhrases: string[];
}

export function mapPhrase(matcher: ConceptMatcher, phrase: string): string[] {
  return [...new Set(matcher.detect(phrase).map((m) => m.conceptId))];
}

/** Splits a row's leading industries and maps each phrase. */
export function mapCatalogueRow(matcher: ConceptMatcher, row: Pick<CatalogueRow, 'leadingIndustries'>): MappedRow {
  const phrases = splitLeadingIndustries(row.leadingIndustries).map((text) => ({ text, concepts: mapPhrase(matcher, text) }));
  return {
    phrases,
    conceptIds: [...new Set(phrases.flatMap((p) => p.concepts))],
    unmappedPhrases: phrases.filter((p) => p.concepts.length === 0).map((p) => p.text),
  };
}

export interface CoverageReport {
  zones: number;
  /** Phrase occurrences over all zones (a phrase used by 300 zones counts 300 times). */
  phrases: number;
  mappedPhrases: number;
  /** mappedPhrases / phrases, rounded to 4 decimals. */
  share: number;
  distinctPhrases: number;
  distinctMapped: number;
  /** Zones whose every phrase maps to at least one concept. */
  zonesFullyMapped: number;
  /** Zones with no concept at all (including those whose industries say only `在建`). */
  zonesWithoutConcepts: number;
  /** The most frequent unmapped phrases, most frequent first, ties by phrase. */
  topUnmapped: { phrase: string; zones: number }[];
}

/** Coverage over mapped rows; `top` limits the unmapped list. */
export function computeCoverage(rows: readonly Pick<MappedRow, 'phrases' | 'conceptIds'>[], top = 30): CoverageReport {
  let phrases = 0;
  let mapped = 0;
  let fullyMapped = 0;
  let withoutConcepts = 0;
  const distinct = new Map<string, boolean>();
  const unmapped = new Map<string, number>();
  for (const row of rows) {
    for (const p of row.phrases) {
      phrases++;
      const isMapped = p.concepts.length > 0;
      if (isMapped) mapped++;
      else unmapped.set(p.text, (unmapped.get(p.text) ?? 0) + 1);
      distinct.set(p.text, isMapped);
    }
    if (row.phrases.length > 0 && row.phrases.every((p) => p.concepts.length > 0)) fullyMapped++;
    if (row.conceptIds.length === 0) withoutConcepts++;
  }
  return {
    zones: rows.length,
    phrases,
    mappedPhrases: mapped,
    share: phrases === 0 ? 0 : Math.round((mapped / phrases) * 10_000) / 10_000,
    distinctPhrases: distinct.size,
    distinctMapped: [...distinct.values()].filter(Boolean).length,
    zonesFullyMapped: fullyMapped,
    zonesWithoutConcepts: withoutConcepts,
    topUnmapped: [...unmapped]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, top)
      .map(([phrase, zones]) => ({ phrase, zones })),
  };
}

/** A catalogue zone as stored: the CSV row plus its mapped leading industries. */
export interface CatalogueZoneRecord extends CatalogueRow {
  phrases: MappedPhrase[];
  conceptIds: string[];
  unmappedPhrases: string[];
}
