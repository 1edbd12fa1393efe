/**
 * `npm run eval`: how well the engine ranks the ranking set (test/ranking-set/profiles.ts),
 * against a plain BM25 full-text baseline over the same zone texts.
 *
 * Metrics, over all cases and per language:
 *   hit@1   the expected zone is ranked first
 *   hit@3   the expected zone is among the first three
 *   nDCG@5  graded relevance (expected top 2, each `alsoRelevant` zone 1, linear gains,
 *           log2 discount), normalized by the ideal ordering of the case's relevant zones
 *
 * The baseline (minisearch, Okapi BM25: k1 1.2, b 0.75, no BM25+ term) indexes, for each zone,
 * its names, its summary, and the names and details of its own and its programs' industries in
 * all three languages. Query: the profile's sector, technologies, products and description,
 * OR-combined; minisearch multiplies a result's score by the number of distinct query terms it
 * matched (its coordination factor), which is kept.
 * Both index and query go through one CJK-aware tokenizer: NFKC and lower case; Latin and digit
 * words as they are (no stemming, no stop words); runs of Han or kana give their Intl.Segmenter
 * words plus their character bigrams. A zone the query shares no term with is not ranked.
 *
 * Deterministic: no clock, no randomness; ties are broken by zone id.
 */
import MiniSearch from 'minisearch';
import { loadCatalog } from '../catalog/load.js';
import type { Catalog, LocalizedText } from '../catalog/schema.js';
import { buildZoneIndex, ENGINE_VERSION, rankZones } from '../engine/index.js';
import { normalizeProfile } from '../services/profile-normalizer.js';
import { RANKING_SET, type RankingCase } from '../../test/ranking-set/profiles.js';

const LANGUAGES = ['en', 'ja', 'zh'] as const;
const CUTOFF = 5;

// ─── the baseline's tokenizer ───

const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+/gu;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}ー]/u;
const WORD = /[\p{L}\p{N}]+/gu;
const segmenters = { ja: new Intl.Segmenter('ja', { granularity: 'word' }), zh: new Intl.Segmenter('zh', { granularity: 'word' }) };

/** Index and query terms: lower-cased Latin words; Segmenter words plus character bigrams for Han/kana runs. */
export function tokenizeForBaseline(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const terms: string[] = [];
  const addWords = (stretch: string) => {
    for (const word of stretch.match(WORD) ?? []) terms.push(word);
  };
  let last = 0;
  for (const run of normalized.matchAll(CJK_RUN)) {
    addWords(normalized.slice(last, run.index));
    const chars = [...run[0]];
    const segmenter = KANA.test(run[0]) ? segmenters.ja : segmenters.zh;
    for (const { segment, isWordLike } of segmenter.segment(run[0])) if (isWordLike) terms.push(segment);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    last = run.index + run[0].length;
  }
  addWords(normalized.slice(last));
  return terms;
}

// ─── the two systems ───

type Ranker = (c: RankingCase) => string[];

const all = (t: LocalizedText) => [t.en, t.ja, t.zh].join('\n');

function buildBaseline(catalog: Catalog): Ranker {
  const programs = new Map(catalog.programs.map((p) => [p.id, p]));
  const documents = catalog.zones.map((zone) => {
    const industries = [...zone.industries];
    const seen = new Set<string>();
    for (let id: string | undefined = zone.program; id && !seen.has(id); id = programs.get(id)?.parent) {
      seen.add(id);
      industries.push(...(programs.get(id)?.industries ?? []));
    }
    return {
      id: zone.id,
      names: all(zone.name),
      summary: all(zone.summary),
      industries: industries.flatMap((i) => [all(i.name), ...i.details.map(all)]).join('\n'),
    };
  });
  const search = new MiniSearch<(typeof documents)[number]>({
    fields: ['names', 'summary', 'industries'],
    tokenize: tokenizeForBaseline,
    processTerm: (term) => term,
    searchOptions: { tokenize: tokenizeForBaseline, processTerm: (term) => term, combineWith: 'OR', bm25: { k: 1.2, b: 0.75, d: 0 } },
  });
  search.addAll([...documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
  return (c) => {
    const p = c.profile;
    const query = [p.sector, ...(p.technologies ?? []), ...(p.products ?? []), p.description ?? ''].join('\n');
    return search
      .search(query)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => String(r.id));
  };
}

function buildEngine(catalog: Catalog): Ranker {
  const index = buildZoneIndex(catalog);
  // Every zone, so that a miss can say how far down the expected zone came.
  const limit = Math.min(50, catalog.zones.length);
  return (c) => rankZones(index, normalizeProfile(c.profile), { limit, language: c.language }).results.map((r) => r.zone.id);
}

// ─── metrics ───

const relevance = (c: RankingCase, zoneId: string) => (zoneId === c.expectedTop ? 2 : c.alsoRelevant?.includes(zoneId) ? 1 : 0);
const discount = (rank: number) => 1 / Math.log2(rank + 2); // rank from 0

export function ndcgAt(c: RankingCase, ranked: string[], k = CUTOFF): number {
  const dcg = ranked.slice(0, k).reduce((s, id, r) => s + relevance(c, id) * discount(r), 0);
  const ideal = [2, ...(c.alsoRelevant ?? []).map(() => 1)].slice(0, k).reduce((s, g, r) => s + g * discount(r), 0);
  return dcg / ideal;
}

interface CaseOutcome {
  c: RankingCase;
  ranked: string[];
  hit1: boolean;
  hit3: boolean;
  ndcg: number;
}

function evaluate(ranker: Ranker): CaseOutcome[] {
  return RANKING_SET.map((c) => {
    const ranked = ranker(c);
    return { c, ranked, hit1: ranked[0] === c.expectedTop, hit3: ranked.slice(0, 3).includes(c.expectedTop), ndcg: ndcgAt(c, ranked) };
  });
}

function summarize(outcomes: CaseOutcome[]) {
  const n = outcomes.length;
  const mean = (f: (o: CaseOutcome) => number) => (n === 0 ? 0 : outcomes.reduce((s, o) => s + f(o), 0) / n);
  return { n, hit1: mean((o) => +o.hit1), hit3: mean((o) => +o.hit3), ndcg: mean((o) => o.ndcg) };
}

// ─── report ───

const catalog = loadCatalog();
const systems: [string, CaseOutcome[]][] = [
  ['engine', evaluate(buildEngine(catalog))],
  ['bm25', evaluate(buildBaseline(catalog))],
];

const counts = LANGUAGES.map((l) => `${l} ${RANKING_SET.filter((c) => c.language === l).length}`).join(' · ');
console.log(`zonematch eval — ${RANKING_SET.length} cases (${counts}), ${catalog.zones.length} zones, catalog ${catalog.version}, engine ${ENGINE_VERSION}`);
console.log('');
const f3 = (x: number) => x.toFixed(3);
const row = (cells: string[]) => console.log(cells[0]!.padEnd(8) + cells[1]!.padEnd(6) + cells.slice(2).map((c) => c.padStart(8)).join(''));
row(['system', 'set', 'n', 'hit@1', 'hit@3', 'nDCG@5']);
for (const [name, outcomes] of systems) {
  for (const set of ['all', ...LANGUAGES] as const) {
    const s = summarize(set === 'all' ? outcomes : outcomes.filter((o) => o.c.language === set));
    row([set === 'all' ? name : '', set, String(s.n), f3(s.hit1), f3(s.hit3), f3(s.ndcg)]);
  }
}

for (const [name, outcomes] of systems) {
  const wrong = outcomes.filter((o) => !o.hit1);
  console.log('');
  console.log(`${name}: wrong at @1 (${wrong.length})`);
  const width = Math.max(0, ...wrong.map((o) => o.c.id.length));
  for (const o of wrong) {
    const position = o.ranked.indexOf(o.c.expectedTop);
    const where = position < 0 ? 'not ranked' : `#${position + 1}`;
    console.log(`  ${o.c.id.padEnd(width)}  expected ${o.c.expectedTop} (${where}), got ${o.ranked[0] ?? '(nothing)'}`);
  }
}
