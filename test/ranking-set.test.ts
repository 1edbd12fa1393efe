/**
 * The ranking set against the real catalog: for each profile, the zone an analyst chose from the
 * documents (see test/ranking-set/profiles.ts, where every case says why) must come among the
 * first three, and first for at least 85% of the cases; one company written in three languages
 * must get the same first zone and at least two of the same first three.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { normalizeProfile } from '../src/services/profile-normalizer.js';
import { RANKING_SET, type RankingCase } from './ranking-set/profiles.js';

const catalog = loadCatalog();
const index = buildZoneIndex(catalog);
const zoneIds = new Set(catalog.zones.map((z) => z.id));

const topZones = (c: RankingCase, n: number) => rankZones(index, normalizeProfile(c.profile), { limit: n, language: c.language }).results.map((r) => r.zone.id);

/** Cases whose ids differ only in the language suffix: one company written three times. */
function companiesInThreeLanguages(): [string, RankingCase[]][] {
  const byStem = new Map<string, RankingCase[]>();
  for (const c of RANKING_SET) {
    const match = /^(.*)-(en|ja|zh)$/.exec(c.id);
    if (!match || match[2] !== c.language) continue;
    byStem.set(match[1]!, [...(byStem.get(match[1]!) ?? []), c]);
  }
  return [...byStem].filter(([, cases]) => new Set(cases.map((c) => c.language)).size === 3);
}

describe('the ranking set itself', () => {
  it('has at least 45 cases with unique ids', () => {
    expect(RANKING_SET.length).toBeGreaterThanOrEqual(45);
    expect(new Set(RANKING_SET.map((c) => c.id)).size).toBe(RANKING_SET.length);
  });

  it('has roughly a third of its cases in each of English, Japanese and Chinese', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      const share = RANKING_SET.filter((c) => c.language === language).length / RANKING_SET.length;
      expect(share, language).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('names only zones that exist in the catalog', () => {
    const unknown = RANKING_SET.flatMap((c) => [c.expectedTop, ...(c.alsoRelevant ?? [])]).filter((id) => !zoneIds.has(id));
    expect(unknown).toEqual([]);
  });

  it("never lists a case's expected top zone among its other relevant zones", () => {
    expect(RANKING_SET.filter((c) => c.alsoRelevant?.includes(c.expectedTop)).map((c) => c.id)).toEqual([]);
  });

  it('names every catalog zone as the expected top result of some case', () => {
    const covered = new Set(RANKING_SET.map((c) => c.expectedTop));
    expect([...zoneIds].filter((id) => !covered.has(id)).sort()).toEqual([]);
  });

  it('has at least five companies written in all three languages', () => {
    expect(companiesInThreeLanguages().length).toBeGreaterThanOrEqual(5);
  });

  it('gives each company the same expected top zone in all three languages', () => {
    for (const [stem, cases] of companiesInThreeLanguages()) {
      expect(new Set(cases.map((c) => c.expectedTop)).size, stem).toBe(1);
    }
  });
});

/**
 * Cases where fit gating keeps the analyst's zone out of the first three, each with why. The
 * analyst chose the HK–Shenzhen park for a Hong Kong fintech start-up for its cross-boundary
 * measures (context); the park's fintech is only a platform of its program, weaker industry
 * evidence than the Shanghai districts that list financial services themselves, and context may
 * not outweigh fit. docs/design.md discusses it.
 */
const KNOWN_MISSES_AT_3: Record<string, string> = {
  'hk-fintech-en': 'fintech is a program-level platform of the HK–Shenzhen park; Huangpu and Hongkou list financial services themselves',
};

describe('the engine on the ranking set', () => {
  // Every analyst's choice must be among the first three, but for the known misses above; most
  // must be first. The cases the engine ranks second or third are listed by `npm run eval`.
  it.for(RANKING_SET.filter((c) => !(c.id in KNOWN_MISSES_AT_3)).map((c) => [c.expectedTop, c.id, c] as const))(
    'ranks %s among the first three for the %s profile',
    ([, , c]) => {
      expect(topZones(c, 3), `${c.id}: expected ${c.expectedTop} because ${c.why}`).toContain(c.expectedTop);
    },
  );

  it.for(Object.keys(KNOWN_MISSES_AT_3))("still ranks the analyst's zone among the first five for the known miss %s", (id) => {
    const c = RANKING_SET.find((x) => x.id === id)!;
    expect(topZones(c, 5)).toContain(c.expectedTop);
    // A known miss that the engine now gets right should leave the list.
    expect(topZones(c, 3)).not.toContain(c.expectedTop);
  });

  it('ranks the expected zone first for at least 85% of the profiles', () => {
    const misses = RANKING_SET.filter((c) => topZones(c, 1)[0] !== c.expectedTop).map((c) => `${c.id} → ${topZones(c, 1)[0]}`);
    expect(1 - misses.length / RANKING_SET.length, misses.join(', ')).toBeGreaterThanOrEqual(0.85);
  });

  // The third place often falls between near-tied areas of one program (Dalian's four share
  // its program-wide industries), so the first three must share at least two zones, not all three.
  it.for(companiesInThreeLanguages())(
    'ranks the same first zone, and mostly the same first three, for the %s company in English, Japanese and Chinese',
    ([, cases]) => {
      const tops = cases.map((c) => topZones(c, 3));
      expect(new Set(tops.map((t) => t[0])).size, JSON.stringify(tops)).toBe(1);
      for (const a of tops) for (const b of tops) expect(a.filter((id) => b.includes(id)).length, JSON.stringify(tops)).toBeGreaterThanOrEqual(2);
    },
  );
});
