/**
 * The ranking index: built once per catalog version, read by every ranking. Holds each zone
 * with its program facts resolved and weighted, the taxonomy relations, the concept matcher,
 * and the TF-IDF vectors of the zones' industry texts.
 */
import { createRequire } from 'node:module';
import { resolveCatalog, type ResolvedCatalog } from '../catalog/resolve.js';
import type { Catalog, Incentive, Industry, LocalizedText, Program, Restriction, SourceRef, Zone } from '../catalog/schema.js';
import { buildConceptMatcher, type ConceptMatcher } from './concept-matcher.js';
import { buildNegativeListIndex, type NegativeListIndex } from './negative-list.js';
import type { Taxonomy } from './taxonomy.js';
import { tokenize } from './text.js';
import { CATALOGUE_POSITION_WEIGHTS, INDUSTRY_WEIGHTS } from './weights.js';

// natural's modules are CommonJS; importing one directly avoids the package index, which loads
// storage back-ends and runs dotenv.
const require = createRequire(import.meta.url);
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => {
  addDocument(tokens: string[], key?: string): void;
  listTerms(d: number): { term: string; tfidf: number; idf: number }[];
  /** natural's idf cache, filled lazily by scanning every document per term. */
  _idfCache: Record<string, number>;
};

/** The program of zones known only from the 2018 national development-zone catalogue. */
export const CATALOGUE_PROGRAM_ID = 'national-catalogue';

/** Prefix of the pseudo-terms that carry taxonomy concepts into the TF-IDF vectors. */
export const CONCEPT_TERM = 'concept:';

export interface IndexedIndustry {
  industry: Industry;
  origin: 'zone' | 'program';
  /** From INDUSTRY_WEIGHTS by level and origin; for a catalogue zone, by its place in the list (CATALOGUE_POSITION_WEIGHTS). */
  weight: number;
  /** A catalogue industry's place in the zone's list of leading industries (1 = the first, its main industry). */
  position?: number;
  /** `industry.concepts` as taxonomy positions; a concept the taxonomy lacks relates to nothing and is left out. */
  conceptPositions: number[];
}

export interface IndexedIncentive {
  incentive: Incentive;
  origin: 'zone' | 'program';
}

export interface IndexedZone {
  id: string;
  zone: Zone;
  /** The zone's program and its ancestors, nearest first. */
  programs: Program[];
  industries: IndexedIndustry[];
  /**
   * The zone's own measures, then its programs'. Zones with no measures of their own and the same
   * programs share one list (the same array), so a ranking can score that list once.
   */
  incentives: readonly IndexedIncentive[];
  restrictions: { restriction: Restriction; origin: 'zone' | 'program' }[];
  partners: string[];
  /** The zone's data comes only from the 2018 national catalogue (program CATALOGUE_PROGRAM_ID). */
  catalogueOnly: boolean;
  /**
   * Who approved the zone, read from its 2018 catalogue code (G… State Council, S… province), and
   * when, where the catalog records it; absent without a code.
   */
  standing?: { level: 'national' | 'provincial'; code: string; source: SourceRef; year?: number };
  /** The province as the catalog names it in Chinese: the key of regional clusters. */
  province: string;
  /**
   * Areas of one program in one city share a group (e.g. Dalian's four areas); a catalogue zone,
   * which stands alone, has none.
   */
  group?: string;
  /** TF-IDF weight per term of the zone's industry text. */
  vector: Map<string, number>;
  /** Euclidean norm of `vector`. */
  norm: number;
  /** The zone's place in `ZoneIndex.zones`. */
  position: number;
}

/** The zones whose vector holds a term, with the term's weight in each (parallel arrays). */
export interface Posting {
  positions: number[];
  weights: number[];
}

export interface ZoneIndex {
  catalogVersion: string;
  /** Sorted by id, so iteration order never depends on catalog order. */
  zones: IndexedZone[];
  byId: Map<string, IndexedZone>;
  taxonomy: Taxonomy;
  matcher: ConceptMatcher;
  /** Inverse document frequency of every term in some zone text; unseen terms use `unseenIdf`. */
  idf: Map<string, number>;
  unseenIdf: number;
  /** Inverted index of the zone vectors: term → the zones holding it. */
  postings: Map<string, Posting>;
  /**
   * For each concept (by taxonomy position), how many zones per province list it or a concept
   * below it among their own industries: the regional clusters.
   */
  hosts: Map<string, number>[];
  /** For each concept (by taxonomy position), the zones (by position) with an industry, own or inherited, naming it. */
  industryPostings: number[][];
  /** The 2018 catalogue as a whole, when its zones are in the index: what cluster counts cite. */
  catalogueSource?: SourceRef;
  /** China's foreign-investment negative list, when the catalog carries one. */
  negativeList?: NegativeListIndex;
}

/** The catalogue file that codes cite; the same name `src/catalog/national/parse.ts` uses. */
const CATALOGUE_DOC = 'china-dev-zones-2018.csv';

/** Who approved a zone, from the first of its 2018 catalogue codes. */
function standingOf(zone: Zone): IndexedZone['standing'] {
  const code = zone.catalogueCodes?.[0];
  if (!code) return undefined;
  // A catalogue zone cites its own row; a reviewed zone that names its code cites the code.
  const source = zone.program === CATALOGUE_PROGRAM_ID && zone.sources[0] ? zone.sources[0] : { doc: CATALOGUE_DOC, section: `code ${code}` };
  const year = zone.approved ? Number(zone.approved.value.slice(0, 4)) : undefined;
  return { level: code.startsWith('G') ? 'national' : 'provincial', code, source: zone.approved?.source ?? source, ...(year ? { year } : {}) };
}

/** A catalogue industry's place in its zone's list, from its id (`leading-<n>`). */
function catalogueIndustryPosition(industry: Industry): number {
  const n = Number(/^leading-(\d+)$/.exec(industry.id)?.[1]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function industryWeight(industry: Industry, origin: 'zone' | 'program'): number {
  if (origin === 'zone') return industry.level === 'core' ? INDUSTRY_WEIGHTS.zoneCore : INDUSTRY_WEIGHTS.zoneSecondary;
  return industry.level === 'core' ? INDUSTRY_WEIGHTS.programCore : INDUSTRY_WEIGHTS.programSecondary;
}

const texts = (t: LocalizedText) => [t.en, t.ja, t.zh];

const conceptTermCache = new WeakMap<Taxonomy, Map<string, readonly string[]>>();

/** The pseudo-terms of one concept: its own first, then its ancestors', nearest first. Memoized. */
export function conceptTermsOf(taxonomy: Taxonomy, id: string): readonly string[] {
  let byId = conceptTermCache.get(taxonomy);
  if (!byId) conceptTermCache.set(taxonomy, (byId = new Map()));
  let terms = byId.get(id);
  if (!terms) byId.set(id, (terms = [id, ...(taxonomy.ancestors.get(id) ?? [])].map((c) => CONCEPT_TERM + c)));
  return terms;
}

/** Concept pseudo-terms for a set of concepts and their ancestors. */
export function conceptTerms(taxonomy: Taxonomy, ids: Iterable<string>): string[] {
  const terms: string[] = [];
  for (const id of ids) terms.push(...conceptTermsOf(taxonomy, id));
  return terms;
}

/**
 * Builds the index. Pure: the same catalog gives the same index whatever the order of its lists.
 * @param resolved the catalog resolved already (a caller that keeps it passes it, so it is resolved once)
 */
export function buildZoneIndex(catalog: Catalog, resolved: ResolvedCatalog = resolveCatalog(catalog)): ZoneIndex {
  const { taxonomy, programs } = resolved;
  const matcher = buildConceptMatcher(catalog.concepts);

  // Texts repeat across zones (the national catalogue's 7,000 industry phrases are 1,000 distinct
  // ones, each the same in three languages): tokenize each text once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (text: string) => {
    let tokens = tokenCache.get(text);
    if (!tokens) tokenCache.set(text, (tokens = tokenize(text)));
    return tokens;
  };
  const inheritedIncentives = new Map<string, readonly IndexedIncentive[]>();
  const tfidf = new TfIdf();
  const documentFrequency = new Map<string, number>();
  const indexed: IndexedZone[] = resolved.zones.map(({ zone, programs: chain }) => {
    const catalogueOnly = zone.program === CATALOGUE_PROGRAM_ID;
    const positions = (industry: Industry) => industry.concepts.flatMap((id) => taxonomy.position.get(id) ?? []);
    const industries: IndexedIndustry[] = [
      ...zone.industries.map((industry): IndexedIndustry => {
        if (!catalogueOnly) return { industry, origin: 'zone', weight: industryWeight(industry, 'zone'), conceptPositions: positions(industry) };
        const position = catalogueIndustryPosition(industry);
        const weight = INDUSTRY_WEIGHTS.zoneCore * CATALOGUE_POSITION_WEIGHTS[Math.min(position, CATALOGUE_POSITION_WEIGHTS.length) - 1]!;
        return { industry, origin: 'zone', weight, position, conceptPositions: positions(industry) };
      }),
      ...chain.flatMap((p) =>
        p.industries.map((industry) => ({
          industry,
          origin: 'program' as const,
          weight: industryWeight(industry, 'program'),
          conceptPositions: positions(industry),
        })),
      ),
    ];
    const chainKey = chain.map((p) => p.id).join('\u0000');
    const inherited =
      inheritedIncentives.get(chainKey) ?? chain.flatMap((p) => p.incentives.map((incentive): IndexedIncentive => ({ incentive, origin: 'program' })));
    inheritedIncentives.set(chainKey, inherited);
    const incentives =
      zone.incentives.length > 0 ? [...zone.incentives.map((incentive): IndexedIncentive => ({ incentive, origin: 'zone' })), ...inherited] : inherited;
    const restrictions = [
      ...zone.restrictions.map((restriction) => ({ restriction, origin: 'zone' as const })),
      ...chain.flatMap((p) => p.restrictions.map((restriction) => ({ restriction, origin: 'program' as const }))),
    ];
    const partners = [...new Set([...zone.partners, ...chain.flatMap((p) => p.partners)].map((p) => p.country))].sort();

    // The zone's own industries count twice in its text: they are what the zone is for.
    const tokens: string[] = [];
    for (const { industry, origin } of industries) {
      const words = [...texts(industry.name), ...industry.details.flatMap(texts)].flatMap(tokensOf);
      const concepts = conceptTerms(taxonomy, industry.concepts);
      const repeat = origin === 'zone' ? 2 : 1;
      for (let i = 0; i < repeat; i++) tokens.push(...words, ...concepts);
    }
    tfidf.addDocument(tokens, zone.id);
    for (const term of new Set(tokens)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    const standing = standingOf(zone);
    return {
      id: zone.id,
      zone,
      programs: chain,
      industries,
      incentives,
      restrictions,
      partners,
      catalogueOnly,
      ...(standing ? { standing } : {}),
      province: zone.location.province.zh,
      ...(catalogueOnly ? {} : { group: `${zone.program}\u0000${zone.location.city.en}` }),
      vector: new Map(),
      norm: 0,
      position: 0,
    };
  });

  // natural computes each term's idf by scanning every document, which takes seconds over the
  // 2,500 zones of the national catalogue; the same formula from counts taken above is instant.
  const idfCache: Record<string, number> = Object.create(null);
  for (const [term, df] of documentFrequency) idfCache[term] = 1 + Math.log(indexed.length / (1 + df));
  tfidf._idfCache = idfCache;

  const idf = new Map<string, number>();
  const postings = new Map<string, Posting>();
  indexed.forEach((entry, d) => {
    entry.position = d;
    for (const { term, tfidf: weight, idf: termIdf } of tfidf.listTerms(d)) {
      entry.vector.set(term, weight);
      idf.set(term, termIdf);
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { positions: [], weights: [] }));
      posting.positions.push(d);
      posting.weights.push(weight);
    }
    entry.norm = Math.hypot(...entry.vector.values());
  });

  return {
    catalogVersion: catalog.version,
    hosts: countHosts(taxonomy, indexed),
    industryPostings: postIndustries(taxonomy, indexed),
    ...(programs.get(CATALOGUE_PROGRAM_ID)?.sources[0] ? { catalogueSource: programs.get(CATALOGUE_PROGRAM_ID)!.sources[0]! } : {}),
    ...(catalog.negativeList ? { negativeList: buildNegativeListIndex(catalog.negativeList) } : {}),
    zones: indexed,
    byId: new Map(indexed.map((z) => [z.id, z])),
    taxonomy,
    matcher,
    idf,
    // natural's formula for a term no document holds: 1 + ln(N / (1 + 0)).
    unseenIdf: 1 + Math.log(Math.max(1, indexed.length)),
    postings,
  };
}

/**
 * How many zones per province (or per other area, `areaOf`) list each concept or one below it
 * among their own industries. A zone counts once per concept however many of its industries fall under it.
 */
export function countHosts(
  taxonomy: Taxonomy,
  zones: readonly IndexedZone[],
  areaOf: (zone: IndexedZone) => string = (zone) => zone.province,
): Map<string, number>[] {
  const hosts = Array.from({ length: taxonomy.position.size }, () => new Map<string, number>());
  const ids = [...taxonomy.position.keys()];
  for (const zone of zones) {
    const hosted = new Set<number>();
    for (const { origin, conceptPositions } of zone.industries) {
      if (origin !== 'zone') continue;
      for (const p of conceptPositions) {
        hosted.add(p);
        for (const ancestor of taxonomy.ancestors.get(ids[p]!) ?? []) hosted.add(taxonomy.position.get(ancestor)!);
      }
    }
    const area = areaOf(zone);
    for (const p of hosted) hosts[p]!.set(area, (hosts[p]!.get(area) ?? 0) + 1);
  }
  return hosts;
}

/** For each concept position, the positions of the zones whose industries (own or inherited) name it, each once. */
function postIndustries(taxonomy: Taxonomy, zones: readonly IndexedZone[]): number[][] {
  const postings = Array.from({ length: taxonomy.position.size }, (): number[] => []);
  for (const zone of zones) {
    for (const { conceptPositions } of zone.industries) {
      for (const p of conceptPositions) if (postings[p]!.at(-1) !== zone.position) postings[p]!.push(zone.position);
    }
  }
  return postings;
}
