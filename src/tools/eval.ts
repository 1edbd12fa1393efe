/**
 * `npm run eval`: how well the engine ranks, each figure beside a plain BM25 full-text baseline
 * over the same zone texts.
 *
 * 1. The seed ranking set (test/ranking-set/profiles.ts) over the 20 reviewed zones:
 *      hit@1, hit@3   the analyst's zone first / among the first three
 *      nDCG@5         graded relevance (expected 2, each `alsoRelevant` zone 1, log2 discount)
 * 2. The placements (test/ranking-set/placements.json): real foreign investments, over the seed
 *    zones plus the 2,543 zones of the 2018 catalogue, for the development and the test half
 *    apart: hit@10, hit@50 and MRR of the zone where the plant was built (or a zone recorded as
 *    sharing the site). Only the development half's misses are listed: the test half is never
 *    looked at case by case.
 * 3. Industry precision@10 over the same national catalogue: of the first ten zones for each
 *    placement profile, the share whose official leading-industries text names the company's
 *    industry (INDUSTRY_TERMS, a fixed list of Chinese terms per industry label; a reviewed zone
 *    counts through the catalogue rows it links to, or its own industries' Chinese names).
 *
 * The baseline (minisearch, Okapi BM25: k1 1.2, b 0.75) indexes, for each zone, its names, its
 * summary, and the names and details of its own and its programs' industries in all three
 * languages; the query is the profile's sector, technologies, products and description.
 * Deterministic: no clock, no randomness; ties are broken by zone id.
 *
 *   npm run eval              everything
 *   npm run eval -- --seed    the seed ranking set only
 *   npm run eval -- --dev     leave out the test half of the placements (while working on the engine)
 */
import MiniSearch from 'minisearch';
import { loadCatalog } from '../catalog/load.js';
import { resolveCatalog } from '../catalog/resolve.js';
import type { Catalog, LocalizedText } from '../catalog/schema.js';
import { mapCatalogue } from '../catalog/national/import.js';
import { readCatalogueFile } from '../catalog/national/parse.js';
import { withNationalCatalogue } from '../catalog/national/zones.js';
import { buildZoneIndex, ENGINE_VERSION, rankZones, scoreZones, type EngineProfile } from '../engine/index.js';
import type { ProfileInput } from '../schemas/recommendation-dto.js';
import { normalizeProfile } from '../services/profile-normalizer.js';
import { RANKING_SET, type RankingCase } from '../../test/ranking-set/profiles.js';
import { PLACEMENTS, toProfileInput, type Placement, type Split } from '../../test/ranking-set/placements.js';
import { INDUSTRY_TERMS } from '../../test/ranking-set/industry-terms.js';

const LANGUAGES = ['en', 'ja', 'zh'] as const;
const CUTOFF = 5;

// ─── the baseline ───

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

/** Zone ids best first for a profile. */
type Ranker = (profile: ProfileInput, language: RankingCase['language']) => string[];

const all = (t: LocalizedText) => [t.en, t.ja, t.zh].join('\n');

function buildBaseline(catalog: Catalog): Ranker {
  const documents = resolveCatalog(catalog).zones.map(({ zone, industries }) => ({
    id: zone.id,
    names: all(zone.name),
    summary: all(zone.summary),
    industries: industries.flatMap((i) => [all(i.name), ...i.details.map(all)]).join('\n'),
  }));
  const search = new MiniSearch<(typeof documents)[number]>({
    fields: ['names', 'summary', 'industries'],
    tokenize: tokenizeForBaseline,
    processTerm: (term) => term,
    searchOptions: { tokenize: tokenizeForBaseline, processTerm: (term) => term, combineWith: 'OR', bm25: { k: 1.2, b: 0.75, d: 0 } },
  });
  search.addAll([...documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
  return (p) => {
    const query = [p.sector, ...(p.technologies ?? []), ...(p.products ?? []), p.description ?? ''].join('\n');
    return search
      .search(query)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => String(r.id));
  };
}

/** The engine's order: `rankZones` for a short list, `scoreZones` (the same scores, every zone) to find a zone far down. */
function buildEngine(catalog: Catalog, depth: 'page' | 'all'): Ranker {
  const index = buildZoneIndex(catalog);
  const limit = Math.min(50, catalog.zones.length);
  return (p, language) => {
    const profile: EngineProfile = normalizeProfile(p);
    if (depth === 'all') return scoreZones(index, profile, { language }).map((z) => z.zoneId);
    return rankZones(index, profile, { limit, language, areasPerProgram: 0 }).results.map((r) => r.zone.id);
  };
}

// ─── metrics ───

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const f3 = (x: number) => x.toFixed(3);
const row = (cells: string[], widths = [8, 6]) =>
  console.log(
    cells[0]!.padEnd(widths[0]!) +
      cells[1]!.padEnd(widths[1]!) +
      cells
        .slice(2)
        .map((c) => c.padStart(9))
        .join(''),
  );

const relevance = (c: RankingCase, zoneId: string) => (zoneId === c.expectedTop ? 2 : c.alsoRelevant?.includes(zoneId) ? 1 : 0);
const discount = (rank: number) => 1 / Math.log2(rank + 2); // rank from 0

export function ndcgAt(c: RankingCase, ranked: string[], k = CUTOFF): number {
  const dcg = ranked.slice(0, k).reduce((s, id, r) => s + relevance(c, id) * discount(r), 0);
  const ideal = [2, ...(c.alsoRelevant ?? []).map(() => 1)].slice(0, k).reduce((s, g, r) => s + g * discount(r), 0);
  return dcg / ideal;
}

// ─── 1. the seed ranking set ───

function seedSection(catalog: Catalog) {
  const systems: [string, Ranker][] = [
    ['engine', buildEngine(catalog, 'page')],
    ['bm25', buildBaseline(catalog)],
  ];
  const counts = LANGUAGES.map((l) => `${l} ${RANKING_SET.filter((c) => c.language === l).length}`).join(' · ');
  console.log(`1. Seed ranking set — ${RANKING_SET.length} cases (${counts}), ${catalog.zones.length} zones, catalog ${catalog.version}`);
  row(['system', 'set', 'n', 'hit@1', 'hit@3', 'nDCG@5']);
  const misses: string[] = [];
  for (const [name, ranker] of systems) {
    const outcomes = RANKING_SET.map((c) => {
      const ranked = ranker(c.profile, c.language);
      return { c, ranked, hit1: ranked[0] === c.expectedTop, hit3: ranked.slice(0, 3).includes(c.expectedTop), ndcg: ndcgAt(c, ranked) };
    });
    for (const set of ['all', ...LANGUAGES] as const) {
      const o = set === 'all' ? outcomes : outcomes.filter((x) => x.c.language === set);
      row([set === 'all' ? name : '', set, String(o.length), f3(mean(o.map((x) => +x.hit1))), f3(mean(o.map((x) => +x.hit3))), f3(mean(o.map((x) => x.ndcg)))]);
    }
    if (name === 'engine') {
      for (const o of outcomes.filter((x) => !x.hit1)) {
        const at = o.ranked.indexOf(o.c.expectedTop);
        misses.push(`  ${o.c.id.padEnd(28)} expected ${o.c.expectedTop} (${at < 0 ? 'not ranked' : `#${at + 1}`}), got ${o.ranked[0] ?? '(nothing)'}`);
      }
    }
  }
  console.log(`engine: wrong at @1 (${misses.length})`);
  for (const m of misses) console.log(m);
}

// ─── 2 and 3. placements and industry precision over the national catalogue ───

/** The ids of the zones that stand for a placement's site: the catalogue zone or the reviewed zone linking its code. */
function siteZones(catalog: Catalog, placement: Placement): Set<string> {
  const codes = new Set([placement.zoneCode, ...(placement.overlappingZoneCodes ?? [])]);
  return new Set(catalog.zones.filter((z) => z.catalogueCodes?.some((c) => codes.has(c))).map((z) => z.id));
}

/** Whether a zone's official leading industries (or a reviewed zone's industries) name one of `terms`. */
function namesIndustry(texts: Map<string, string>, zoneId: string, terms: readonly string[]): boolean {
  const text = texts.get(zoneId) ?? '';
  return terms.some((t) => text.includes(t));
}

/** Each zone's Chinese industry text: the catalogue rows it stands for, plus its industries' Chinese names. */
function industryTexts(catalog: Catalog): Map<string, string> {
  const rows = new Map(readCatalogueFile().map((r) => [r.code, r.leadingIndustries]));
  return new Map(
    catalog.zones.map((z) => [z.id, [...(z.catalogueCodes ?? []).map((c) => rows.get(c) ?? ''), ...z.industries.map((i) => i.name.zh)].join('、')]),
  );
}

function nationalSections(seed: Catalog) {
  const national = withNationalCatalogue(seed, mapCatalogue(seed.concepts));
  const systems: [string, Ranker][] = [
    ['engine', buildEngine(national, 'all')],
    ['bm25', buildBaseline(national)],
  ];
  const texts = industryTexts(national);
  // --dev: the development half alone, for working on the engine without seeing the test half.
  const splits: Split[] = process.argv.includes('--dev') ? ['dev'] : ['dev', 'test'];
  const placements = PLACEMENTS.filter((p) => splits.includes(p.split));
  const rankings = systems.map(([name, ranker]) => ({ name, ranked: new Map(placements.map((p) => [p.id, ranker(toProfileInput(p), 'en')])) }));

  console.log('');
  console.log(
    `2. Placements — ${placements.length} real investments (${splits.map((s) => `${s} ${PLACEMENTS.filter((p) => p.split === s).length}`).join(' · ')}), ${national.zones.length} zones (seed + 2018 catalogue)`,
  );
  row(['system', 'split', 'n', 'hit@10', 'hit@50', 'MRR']);
  for (const { name, ranked } of rankings) {
    for (const split of splits) {
      const ps = PLACEMENTS.filter((p) => p.split === split);
      const positions = ps.map((p) => {
        const sites = siteZones(national, p);
        const at = ranked.get(p.id)!.findIndex((id) => sites.has(id));
        return at < 0 ? Infinity : at + 1;
      });
      row([
        split === 'dev' ? name : '',
        split,
        String(ps.length),
        f3(mean(positions.map((r) => +(r <= 10)))),
        f3(mean(positions.map((r) => +(r <= 50)))),
        f3(mean(positions.map((r) => (Number.isFinite(r) ? 1 / r : 0)))),
      ]);
    }
  }
  const engine = rankings[0]!.ranked;
  console.log('engine, development half, where the site came:');
  for (const p of PLACEMENTS.filter((x) => x.split === 'dev')) {
    const sites = siteZones(national, p);
    const at = engine.get(p.id)!.findIndex((id) => sites.has(id));
    console.log(`  ${p.id.padEnd(44)} ${p.zoneCode} ${(at < 0 ? 'not ranked' : `#${at + 1}`).padStart(10)}   first: ${engine.get(p.id)![0]}`);
  }

  console.log('');
  console.log("3. Industry precision@10 — share of the first ten zones whose official leading industries name the company's industry");
  row(['system', 'split', 'n', 'P@10']);
  for (const { name, ranked } of rankings) {
    for (const split of splits) {
      const ps = PLACEMENTS.filter((p) => p.split === split);
      const precision = ps.map((p) =>
        mean(
          ranked
            .get(p.id)!
            .slice(0, 10)
            .map((id) => +namesIndustry(texts, id, INDUSTRY_TERMS[p.industry])),
        ),
      );
      row([split === 'dev' ? name : '', split, String(ps.length), f3(mean(precision))]);
    }
  }
}

const seed = loadCatalog();
console.log(`zonematch eval — engine ${ENGINE_VERSION}`);
console.log('');
seedSection(seed);
if (!process.argv.includes('--seed')) nationalSections(seed);
