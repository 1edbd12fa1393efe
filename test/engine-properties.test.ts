import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDS, STAGES } from '../src/catalog/schema.js';
import type { Catalog } from '../src/catalog/schema.js';
import { describeIncentives, evaluateIncentives } from '../src/engine/components/incentives.js';
import { sharedTerms, technologyScores } from '../src/engine/components/technology.js';
import { referenceTechnology } from './helpers/cosine-oracle.js';
import { buildZoneIndex, rankZones, scoreZones } from '../src/engine/index.js';
import { analyzeProfile } from '../src/engine/profile-analysis.js';
import type { EngineProfile } from '../src/engine/types.js';
import { loadCatalog } from '../src/catalog/load.js';
import { syntheticCatalog } from '../src/tools/synthetic-catalog.js';
import { miniCatalog } from './fixtures/mini-catalog.js';

const words = ['EV battery', 'finance', '新能源汽车', '新エネルギー自動車', '半導体', 'robot', 'polymer materials', '金融', 'bakery', 'AI', '集成电路'];
const text = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(' ')),
);

const profileArb: fc.Arbitrary<EngineProfile> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 20 }),
    sector: text,
    country: fc.option(fc.constantFrom('JP', 'HK', 'DE', 'US', 'CN'), { nil: undefined }),
    technologies: fc.array(text, { maxLength: 4 }),
    products: fc.array(text, { maxLength: 3 }),
    description: fc.option(text, { nil: undefined }),
    size: fc.record(
      {
        employees: fc.integer({ min: 0, max: 100_000 }),
        plannedInvestmentUsd: fc.integer({ min: 0, max: 2_000_000_000 }),
        landAreaM2: fc.integer({ min: 0, max: 50_000_000 }),
      },
      { requiredKeys: [] },
    ),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
    needs: fc.subarray([...NEEDS]),
    attributes: fc.record(
      { highTech: fc.boolean(), exportSharePct: fc.integer({ min: 0, max: 100 }), energyIntensive: fc.boolean(), highEmission: fc.boolean() },
      { requiredKeys: [] },
    ),
  })
  .map((p) => JSON.parse(JSON.stringify(p)) as EngineProfile);

const weightsArb = fc.option(
  fc.record({ industry: fc.double({ min: 0, max: 5, noNaN: true }), size: fc.double({ min: 0.01, max: 5, noNaN: true }) }, { requiredKeys: [] }),
  { nil: undefined },
);

function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe.each([
  ['the mini catalog', miniCatalog()],
  ['the real catalog', loadCatalog()],
  ['a synthetic catalog of 300 zones', syntheticCatalog(loadCatalog(), 300)],
] as [string, Catalog][])('ranking properties on %s', (_name, catalog) => {
  const index = buildZoneIndex(catalog);

  it('keeps every score within 0–100 with one decimal, and contributions summing to it', () => {
    fc.assert(
      fc.property(profileArb, weightsArb, fc.constantFrom('en', 'ja', 'zh' as const), (profile, weights, language) => {
        const result = rankZones(index, profile, { limit: 50, language, ...(weights ? { weights } : {}) });
        for (const r of result.results) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(Math.round(r.score * 10) / 10).toBe(r.score);
          const sum = Object.values(r.components).reduce((s, c) => s + c.contribution, 0);
          expect(Math.abs(sum - r.score)).toBeLessThan(1e-9);
          for (const c of Object.values(r.components)) {
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
          }
        }
        const scores = result.results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        // Fit gates context: every strong match first, at 50 points or more; every weak one under 50.
        const fits = result.results.map((r) => r.fit);
        expect(fits).toEqual([...fits].sort((a, b) => (a === b ? 0 : a === 'strong' ? -1 : 1)));
        for (const r of result.results) expect(r.fit === 'strong' ? r.score >= 50 : r.score <= 50).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same ranking whatever the order of the catalog's lists", () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 1e6 }), (profile, seed) => {
        const reordered: Catalog = {
          ...catalog,
          concepts: shuffled(catalog.concepts, seed),
          programs: shuffled(catalog.programs, seed + 1),
          zones: shuffled(catalog.zones, seed + 2),
        };
        const a = rankZones(index, profile, { limit: 50, language: 'en' });
        const b = rankZones(buildZoneIndex(reordered), profile, { limit: 50, language: 'en' });
        expect(b).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  // Phrases are analyzed once per index and cached; a cached analysis must read like a fresh one.
  it('gives the same answer whether other rankings warmed the phrase cache or not', () => {
    const language = fc.constantFrom('en', 'ja', 'zh' as const);
    fc.assert(
      fc.property(profileArb, language, fc.array(fc.tuple(profileArb, language), { maxLength: 5 }), (profile, lang, others) => {
        const cold = rankZones(buildZoneIndex(catalog), profile, { limit: 50, language: lang });
        for (const [other, otherLanguage] of others) rankZones(index, other, { limit: 5, language: otherLanguage });
        rankZones(index, profile, { limit: 3, language: lang === 'en' ? 'zh' : 'en' });
        expect(rankZones(index, profile, { limit: 50, language: lang })).toEqual(cold);
      }),
      { numRuns: 15 },
    );
  });

  it('scores a zone the same whether it is ranked alone, among all zones, or without explanations', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom('en', 'ja', 'zh' as const), (profile, language) => {
        const all = rankZones(index, profile, { limit: 50, language, areasPerProgram: 0 });
        const scores = scoreZones(index, profile, { language });
        expect(scores.slice(0, all.results.length)).toEqual(all.results.map((r) => ({ zoneId: r.zone.id, score: r.score })));
        for (const result of all.results.slice(0, 5)) {
          const [alone] = rankZones(index, profile, { limit: 1, language, zones: [result.zone.id] }).results;
          expect({ ...alone, rank: result.rank }).toEqual(result);
          expect(scoreZones(index, profile, { language, zones: [result.zone.id] })).toEqual([{ zoneId: result.zone.id, score: result.score }]);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('evaluates a list of measures that zones share once, and explains it as if each zone were alone', () => {
    // Zones without measures of their own inherit their programs' list, and share it.
    const byPrograms = new Map<string, (typeof index.zones)[number][]>();
    for (const zone of index.zones.filter((z) => z.zone.incentives.length === 0)) {
      const key = zone.programs.map((p) => p.id).join('/');
      byPrograms.set(key, [...(byPrograms.get(key) ?? []), zone]);
    }
    const sharing = [...byPrograms.values()].filter((zones) => zones.length > 1 && zones[0]!.incentives.length > 0);
    for (const zones of sharing) for (const zone of zones) expect(zone.incentives).toBe(zones[0]!.incentives);
    if (_name === 'the real catalog') expect(sharing.length).toBeGreaterThan(0);

    fc.assert(
      fc.property(profileArb, fc.constantFrom('en', 'ja', 'zh' as const), (profile, language) => {
        const analysis = analyzeProfile(index, profile, language);
        const earlier = new Map<unknown, ReturnType<typeof describeIncentives>>();
        for (const zone of index.zones) {
          const ctx = { index, profile, analysis, zone, language };
          const alone = { ...ctx, analysis: analyzeProfile(index, profile, language) };
          const evidence = evaluateIncentives(ctx);
          expect(evidence).toEqual(evaluateIncentives(alone));
          const explained = describeIncentives(evidence, ctx);
          expect(explained).toEqual(describeIncentives(evaluateIncentives(alone), alone));
          expect(describeIncentives(evidence, ctx, 'all')).toEqual(describeIncentives(evaluateIncentives(alone), alone, 'all'));
          // Each result owns its explanation: nothing in one answer is the same object as in another.
          const before = earlier.get(zone.incentives);
          if (before) {
            expect(explained).toEqual(before);
            expect(explained.applicable).not.toBe(before.applicable);
            explained.applicable.forEach((measure, i) => expect(measure).not.toBe(before.applicable[i]));
          }
          earlier.set(zone.incentives, explained);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('computes the same technology scores over the postings as zone by zone', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const analysis = analyzeProfile(index, profile, 'en');
        const technology = technologyScores(index, analysis);
        const shared = sharedTerms(index, analysis, index.zones);
        for (const zone of index.zones) {
          const ctx = { index, profile, analysis, zone, language: 'en' as const };
          // The inverted index against ml-distance's cosine on the zone's own vector, and against
          // the direct lookup used for a single candidate: that one bit for bit.
          expect(technology(zone)).toBeCloseTo(referenceTechnology(ctx).score, 12);
          expect(technologyScores(index, analysis, [zone])(zone)).toBe(technology(zone));
          // The shared terms found over the postings for every zone, and looked up for this one alone.
          expect(shared[zone.position]).toEqual(sharedTerms(index, analysis, [zone])[0]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
