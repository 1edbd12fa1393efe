/**
 * `npm run eval:languages`: does the engine understand a company the same way whichever language
 * it is described in? Over the multilingual set (test/ranking-set/multilingual.ts: each company
 * written by hand in en, ja and zh), it reports
 *
 *   concepts    the taxonomy concepts the engine ranks with (`analyzeProfile(...).concepts`:
 *               detected, then reduced to the most specific), per version; agreement is the
 *               Jaccard index of the three sets, |en ∩ ja ∩ zh| / |en ∪ ja ∪ zh| (1 when all
 *               three are empty), with the concepts not found in every version
 *   first zone  over the seed catalogue, each version ranked in its own language: whether the
 *               three put the same zone first, and for the zone most versions put first (ties:
 *               the English one) the largest difference between the versions' scores for it
 *
 * Options: --json prints the measurement as JSON instead of tables.
 * Deterministic: no clock, no randomness.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { loadCatalog } from '../catalog/load.js';
import { buildZoneIndex, ENGINE_VERSION, rankZones, type ZoneIndex } from '../engine/index.js';
import { analyzeProfile } from '../engine/profile-analysis.js';
import { normalizeProfile } from '../services/profile-normalizer.js';
import { AGREEMENT_LANGUAGES, MULTILINGUAL_SET, type AgreementLanguage, type MultilingualCompany } from '../../test/ranking-set/multilingual.js';

type PerLanguage<T> = Record<AgreementLanguage, T>;

export interface CompanyAgreement {
  id: string;
  /** Concept ids per version, sorted. */
  concepts: PerLanguage<string[]>;
  /** Concepts every version found, sorted. */
  common: string[];
  /** Concepts some but not all versions found, with the versions that found them. */
  differences: { concept: string; languages: AgreementLanguage[] }[];
  jaccard: number;
  /** Each version's first zone (undefined when nothing was ranked). */
  firstZones: PerLanguage<string | undefined>;
  sameFirstZone: boolean;
  /** The zone most versions put first; on a tie, the English version's. */
  referenceZone: string | undefined;
  /** Each version's score for the reference zone (undefined when that version did not rank it). */
  referenceScores: PerLanguage<number | undefined>;
  /** Largest minus smallest of referenceScores; Infinity when a version did not rank the zone. */
  scoreSpread: number;
}

export interface AgreementSummary {
  companies: number;
  meanJaccard: number;
  /** Companies whose three versions found exactly the same concepts. */
  identicalConcepts: number;
  /** Companies whose three versions share at least one concept. */
  withCommonConcept: number;
  sameFirstZone: number;
  /** Companies whose reference-zone scores differ by at most 5 points. */
  spreadWithin5: number;
  meanScoreSpread: number;
  maxScoreSpread: number;
}

/** |∩| / |∪| of any number of sets; 1 when every set is empty. */
export function jaccard(sets: readonly (readonly string[])[]): number {
  const union = new Set(sets.flat());
  if (union.size === 0) return 1;
  const common = [...union].filter((x) => sets.every((s) => s.includes(x)));
  return common.length / union.size;
}

const byLanguage = <T>(f: (language: AgreementLanguage) => T): PerLanguage<T> =>
  Object.fromEntries(AGREEMENT_LANGUAGES.map((l) => [l, f(l)])) as PerLanguage<T>;

/** Measures one company's three versions against an index. */
export function measureCompany(index: ZoneIndex, company: MultilingualCompany): CompanyAgreement {
  const profiles = byLanguage((l) => normalizeProfile(company.profiles[l]));
  const concepts = byLanguage((l) =>
    analyzeProfile(index, profiles[l], l)
      .concepts.map((c) => c.id)
      .sort(),
  );
  const union = [...new Set(AGREEMENT_LANGUAGES.flatMap((l) => concepts[l]))].sort();
  const common = union.filter((id) => AGREEMENT_LANGUAGES.every((l) => concepts[l].includes(id)));
  const differences = union
    .filter((id) => !common.includes(id))
    .map((concept) => ({ concept, languages: AGREEMENT_LANGUAGES.filter((l) => concepts[l].includes(concept)) }));

  const limit = index.zones.length;
  // Every area listed: a zone folded into another of its program would look unranked.
  const rankings = byLanguage((l) => rankZones(index, profiles[l], { limit, language: l, areasPerProgram: 0 }).results);
  const firstZones = byLanguage((l) => rankings[l][0]?.zone.id);
  const votes = new Map<string, number>();
  for (const l of AGREEMENT_LANGUAGES) {
    const zone = firstZones[l];
    if (zone !== undefined) votes.set(zone, (votes.get(zone) ?? 0) + 1);
  }
  // Map order is insertion order, English first: the English zone wins a tie.
  let referenceZone: string | undefined;
  for (const [zone, count] of votes) if (referenceZone === undefined || count > votes.get(referenceZone)!) referenceZone = zone;
  const referenceScores = byLanguage((l) => rankings[l].find((r) => r.zone.id === referenceZone)?.score);
  const scores = AGREEMENT_LANGUAGES.map((l) => referenceScores[l]);
  const scoreSpread = scores.some((s) => s === undefined)
    ? Infinity
    : Math.round((Math.max(...(scores as number[])) - Math.min(...(scores as number[]))) * 10) / 10;
  const sameFirstZone = firstZones.en !== undefined && AGREEMENT_LANGUAGES.every((l) => firstZones[l] === firstZones.en);

  return {
    id: company.id,
    concepts,
    common,
    differences,
    jaccard: jaccard(AGREEMENT_LANGUAGES.map((l) => concepts[l])),
    firstZones,
    sameFirstZone,
    referenceZone,
    referenceScores,
    scoreSpread,
  };
}

export function measureAgreement(index: ZoneIndex, companies: readonly MultilingualCompany[] = MULTILINGUAL_SET): CompanyAgreement[] {
  return companies.map((c) => measureCompany(index, c));
}

export function summarizeAgreement(rows: readonly CompanyAgreement[]): AgreementSummary {
  const n = rows.length;
  const mean = (f: (r: CompanyAgreement) => number) => (n === 0 ? 0 : rows.reduce((s, r) => s + f(r), 0) / n);
  const count = (f: (r: CompanyAgreement) => boolean) => rows.filter(f).length;
  return {
    companies: n,
    meanJaccard: mean((r) => r.jaccard),
    identicalConcepts: count((r) => r.jaccard === 1),
    withCommonConcept: count((r) => r.common.length > 0),
    sameFirstZone: count((r) => r.sameFirstZone),
    spreadWithin5: count((r) => r.scoreSpread <= 5),
    meanScoreSpread: mean((r) => r.scoreSpread),
    maxScoreSpread: Math.max(0, ...rows.map((r) => r.scoreSpread)),
  };
}

// ─── report ───

const TABLE_STYLE = { head: [], border: [] };
// No rule between rows: one line per company.
const TABLE_CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
const f3 = (x: number) => x.toFixed(3);
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

function report(rows: CompanyAgreement[], header: string): string {
  const s = summarizeAgreement(rows);
  const lines = [
    header,
    '',
    `concepts    mean Jaccard ${f3(s.meanJaccard)}; identical in all three ${s.identicalConcepts}/${s.companies}; at least one in common ${s.withCommonConcept}/${s.companies}`,
    `first zone  same in all three ${s.sameFirstZone}/${s.companies}; score spread for it: mean ${f1(s.meanScoreSpread)}, max ${f1(s.maxScoreSpread)}, within 5 points ${s.spreadWithin5}/${s.companies}`,
    '',
  ];

  const all = new Table({ head: ['company', 'Jaccard', 'common', 'first zone en / ja / zh', 'spread'], chars: TABLE_CHARS, style: TABLE_STYLE });
  for (const r of rows) {
    const zones = r.sameFirstZone ? `${r.firstZones.en} (all)` : AGREEMENT_LANGUAGES.map((l) => r.firstZones[l] ?? '-').join(' / ');
    all.push([r.id, f3(r.jaccard), String(r.common.length), zones, f1(r.scoreSpread)]);
  }
  lines.push(all.toString(), '');

  const worst = [...rows].sort((a, b) => a.jaccard - b.jaccard || (a.id < b.id ? -1 : 1)).slice(0, 10);
  lines.push('worst 10 by concept agreement (concepts not found in every version, with the versions that found them):');
  const table = new Table({
    head: ['company', 'Jaccard', 'common', 'differences'],
    colWidths: [26, 9, 34, 70],
    wordWrap: true,
    chars: TABLE_CHARS,
    style: TABLE_STYLE,
  });
  for (const r of worst) {
    table.push([r.id, f3(r.jaccard), r.common.join(', ') || '(none)', r.differences.map((d) => `${d.concept} (${d.languages.join(' ')})`).join(', ') || '-']);
  }
  lines.push(table.toString());
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const catalog = loadCatalog();
  const index = buildZoneIndex(catalog);
  const rows = measureAgreement(index);
  if (values.json) console.log(JSON.stringify({ summary: summarizeAgreement(rows), companies: rows }, (_, v) => (v === Infinity ? null : v), 2));
  else {
    const header = `zonematch language agreement — ${rows.length} companies × en/ja/zh, seed catalog ${catalog.version} (${catalog.zones.length} zones), engine ${ENGINE_VERSION}`;
    console.log(report(rows, header));
  }
}
