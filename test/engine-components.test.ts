import { describe, expect, it } from 'vitest';
import { scoreCooperation } from '../src/engine/components/cooperation.js';
import type { ScoringContext } from '../src/engine/components/context.js';
import { scoreIndustry } from '../src/engine/components/industry.js';
import { scoreIncentives } from '../src/engine/components/incentives.js';
import { scoreLogistics } from '../src/engine/components/logistics.js';
import { scoreSize } from '../src/engine/components/size.js';
import { scoreTechnology, technologyTerms } from '../src/engine/components/technology.js';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { analyzeProfile } from '../src/engine/profile-analysis.js';
import type { EngineProfile } from '../src/engine/types.js';
import { miniCatalog, miniProfile } from './fixtures/mini-catalog.js';

const index = buildZoneIndex(miniCatalog());
const profile = miniProfile;
const ctx = (zoneId: string, p: EngineProfile): ScoringContext => ({
  index,
  profile: p,
  analysis: analyzeProfile(index, p, 'en'),
  zone: index.byId.get(zoneId)!,
  language: 'en',
});

describe('industry component', () => {
  it('scores an exact match with a zone\'s own core industry 1', () => {
    const result = scoreIndustry(ctx('zone-a', profile()));
    expect(result.score).toBe(1);
    expect(result.matched[0]).toMatchObject({ industryId: 'batteries', relation: 'same', strength: 1, origin: 'zone', level: 'core', matchedTerms: ['ev batteries'] });
  });

  it('scores a broader profile concept 0.6 (broader relation × core weight)', () => {
    // best = 0.6 × 1, coverage = 0.6 → 0.6 × 0.6 + 0.4 × 0.6
    expect(scoreIndustry(ctx('zone-a', profile({ sector: 'new energy vehicles' }))).score).toBeCloseTo(0.6, 10);
  });

  it('mixes the best match and the coverage of all profile concepts', () => {
    const p = profile({ description: 'We also offer financial services.' });
    // concepts: nev-batteries (sector, 1), finance (description, 0.6)
    // zone-a: best 1; coverage (1×1 + 0.6×0) / 1.6 = 0.625 → 0.6 + 0.25 = 0.85
    expect(scoreIndustry(ctx('zone-a', p)).score).toBeCloseTo(0.85, 10);
    // zone-b: best 1 × 0.6 = 0.6; coverage (0 + 0.6 × 1) / 1.6 = 0.375 → 0.36 + 0.15 = 0.51
    expect(scoreIndustry(ctx('zone-b', p)).score).toBeCloseTo(0.51, 10);
  });

  it('counts an inherited secondary industry at its program weight', () => {
    // polymer-materials is narrower than the program's secondary new-materials: 0.85 × 0.5
    expect(scoreIndustry(ctx('zone-a', profile({ sector: 'polymer materials' }))).score).toBeCloseTo(0.425, 10);
  });

  it('decays a narrower match by RELATION_LEVEL_DECAY for each level beyond the first', () => {
    const catalog = miniCatalog();
    catalog.concepts.push({ id: 'lfp-cells', parent: 'nev-batteries', labels: { en: 'LFP cells', ja: 'LFPセル', zh: '磷酸铁锂电芯' }, synonyms: { en: [], ja: [], zh: [] } });
    catalog.zones[0]!.industries[0]!.concepts = ['nev'];
    const deep = buildZoneIndex(catalog);
    const p = profile({ sector: 'LFP cells' });
    const result = scoreIndustry({ index: deep, profile: p, analysis: analyzeProfile(deep, p, 'en'), zone: deep.byId.get('zone-a')!, language: 'en' });
    // lfp-cells lies two levels below nev: 0.85 × 0.85 × core weight 1, as best match and as coverage
    expect(result.score).toBeCloseTo(0.7225, 10);
    expect(result.matched[0]?.relation).toBe('narrower');
    expect(result.matched[0]?.strength).toBeCloseTo(0.7225, 2); // reported to three decimals
  });

  it('drops a profile concept when the profile also names a narrower one, passing on its field weight', () => {
    const analysis = analyzeProfile(index, profile({ sector: 'new materials', description: 'We make polymer materials.' }), 'en');
    expect(analysis.concepts).toEqual([{ id: 'polymer-materials', weight: 1, field: 'sector', matchedTexts: ['polymer materials'] }]);
    // Both stay visible to the client as detected words.
    expect(analysis.detected.map((d) => d.id)).toEqual(['new-materials', 'polymer-materials']);
  });

  it('scores 0 when the profile names no concept', () => {
    expect(scoreIndustry(ctx('zone-a', profile({ sector: 'bakery' })))).toEqual({ score: 0, matched: [] });
  });
});

describe('incentives component', () => {
  it('values qualifying measures by status, relevance and aim, with diminishing returns', () => {
    // No needs given: tax (aimed at nev ⊇ nev-batteries) 1 × 0.7 = 0.7; land (open, serves no need) 1 × 0.7 × 0.5 = 0.35
    // points = 0.7 + 0.6 × 0.35 = 0.91 → 0.91 / 2
    const none = scoreIncentives(ctx('zone-a', profile()));
    expect(none.points).toBeCloseTo(0.91, 10);
    expect(none.score).toBeCloseTo(0.455, 10);
    // Needs [land]: land serves it, 1 × 1 = 1; tax serves another need, 1 × 0.4 = 0.4 → 1 + 0.6 × 0.4 = 1.24
    const land = scoreIncentives(ctx('zone-a', profile({ needs: ['land'] })));
    expect(land.points).toBeCloseTo(1.24, 10);
    expect(land.score).toBeCloseTo(0.62, 10);
    expect(land.applicable.map((i) => i.id)).toEqual(['zone-a-land', 'prog-a-tax']);
    expect(land.applicable[0]?.why).toBe('open to any company in the zone; serves your need: land');
    expect(land.applicable[1]?.why).toBe('covers your field (Power batteries)');
    expect(land.unservedNeeds).toEqual([]);
    expect(land.applicableCount).toBe(2);
    expect(land.onlyProposed).toBe(false);
  });

  it('writes out only the reported measures, and still scores and counts them all', () => {
    const all = scoreIncentives(ctx('zone-a', profile({ needs: ['land'] })));
    const first = scoreIncentives(ctx('zone-a', profile({ needs: ['land'] })), true, 1);
    expect(first.applicable).toEqual(all.applicable.slice(0, 1));
    expect(first.applicableCount).toBe(2);
    expect(first.points).toBe(all.points);
    expect(first.score).toBe(all.score);
    expect(first.unservedNeeds).toEqual(all.unservedNeeds);
  });

  it('is neutral and says so when the catalog lists no measure for the zone or its program', () => {
    const result = scoreIncentives(ctx('zone-b', profile({ sector: 'financial services', needs: ['listing'] })));
    expect(result).toEqual({ score: 0.5, points: 0, applicable: [], applicableCount: 0, onlyProposed: false, unservedNeeds: [], noData: true });
    const ranked = rankZones(index, profile({ sector: 'financial services' }), { limit: 2, language: 'en', zones: ['zone-b'] }).results[0]!;
    expect(ranked.components.incentives.score).toBe(0.5);
    expect(ranked.explanation.concerns.map((c) => c.code)).toContain('NO_INCENTIVE_DATA');
  });

  it('excludes a measure whose concept condition the profile does not meet', () => {
    const result = scoreIncentives(ctx('zone-a', profile({ sector: 'financial services', needs: ['listing'] })));
    expect(result.applicable.map((i) => i.id)).toEqual(['zone-a-land']);
    // open, serves another need: 1 × 0.4 × 0.5
    expect(result.points).toBeCloseTo(0.2, 10);
    expect(result.unservedNeeds).toEqual(['listing']);
  });
});

describe('cooperation component', () => {
  it.each([
    ['JP', 'zone-a', 1, 'partner'],
    ['US', 'zone-a', 0.25, 'otherPartner'],
    [undefined, 'zone-a', 0.5, 'unknownCountry'],
    ['JP', 'zone-b', 0.5, 'openZone'],
  ] as const)('scores country %s in %s as %d', (country, zone, score, outcome) => {
    expect(scoreCooperation(ctx(zone, profile(country ? { country } : {})))).toEqual({ score, outcome });
  });
});

describe('size component', () => {
  const plant = profile({ stage: 'large', size: { landAreaM2: 80_000, plannedInvestmentUsd: 120_000_000 } });
  it('sends a large plant to the industrial park', () => {
    expect(scoreSize(ctx('zone-a', plant)).score).toBe(1);
  });
  it('scores a large plant in an innovation district as the mean of stage, land and investment', () => {
    // (0.45 + 0.3 + 0.5) / 3
    expect(scoreSize(ctx('zone-b', plant)).score).toBeCloseTo(1.25 / 3, 10);
  });
  it('flags a land need above a tenth of the planned area', () => {
    const result = scoreSize(ctx('zone-a', profile({ size: { landAreaM2: 3_000_000 } })));
    expect(result.factors).toEqual([{ name: 'land', score: 0.1 }]);
    expect(result.landShare).toEqual({ needKm2: 3, areaKm2: 28 });
  });
  it('is neutral without any size information', () => {
    expect(scoreSize(ctx('zone-a', profile())).score).toBe(0.5);
  });
  it('reads the stage from headcount when none is stated', () => {
    expect(scoreSize(ctx('zone-b', profile({ size: { employees: 12 } }))).factors).toEqual([{ name: 'stage', score: 1 }]);
  });
});

describe('logistics component', () => {
  it('uses the nearer of port and airport for an export-oriented profile', () => {
    // airport 15 km → 1 − 15/150 = 0.9; port 35 km → 0.7667
    expect(scoreLogistics(ctx('zone-a', profile({ attributes: { exportSharePct: 40 } })))).toEqual({ score: 0.9, outcome: 'distances', portKm: 35, airportKm: 15 });
  });
  it('is neutral and says so when the documents give no distance', () => {
    expect(scoreLogistics(ctx('zone-b', profile({ needs: ['export_logistics'] })))).toEqual({ score: 0.5, outcome: 'data-missing' });
  });
  it('is neutral for a profile that does not export', () => {
    expect(scoreLogistics(ctx('zone-a', profile())).outcome).toBe('not-export-oriented');
  });
});

describe('technology component', () => {
  it('finds the shared words across languages through concepts and reports them', () => {
    const en = scoreTechnology(ctx('zone-a', profile({ technologies: ['lithium battery cells'] })));
    expect(en.score).toBeGreaterThan(0);
    expect(technologyTerms(ctx('zone-a', profile({ technologies: ['lithium battery cells'] })))).toContain('lithium');
    const unrelated = scoreTechnology(ctx('zone-b', profile({ technologies: ['lithium battery cells'] })));
    expect(unrelated.score).toBeLessThan(en.score);
    const ja = scoreTechnology(ctx('zone-a', profile({ sector: '動力電池', technologies: ['リチウム電池セル'] })));
    expect(ja.score).toBeGreaterThan(unrelated.score);
  });
  it('is 0, not NaN, when nothing is shared', () => {
    expect(scoreTechnology(ctx('zone-b', profile({ sector: 'bakery' })))).toEqual({ score: 0, cosine: 0 });
    expect(technologyTerms(ctx('zone-b', profile({ sector: 'bakery' })))).toEqual([]);
  });
});

describe('ranking', () => {
  it('adds the weighted components into the score and ranks by it', () => {
    const result = rankZones(index, profile({ country: 'JP', needs: ['land'] }), { limit: 10, language: 'en' });
    expect(result.results.map((r) => r.zone.id)).toEqual(['zone-a', 'zone-b']);
    for (const r of result.results) {
      const sum = Object.values(r.components).reduce((s, c) => s + c.contribution, 0);
      expect(Math.round(sum * 10) / 10).toBe(r.score);
    }
    const a = result.results[0]!;
    expect(a.components.industry).toEqual({ score: 1, weight: 0.4, contribution: 40 });
    expect(a.components.cooperation).toEqual({ score: 1, weight: 0.1, contribution: 10 });
    expect(a.explanation.summary).toMatch(/^Zone A scores \d+\.\d\/100: exact fit with its industry "Power batteries", 2 applicable incentives, partner country JP\.$/);
  });

  it('scales every component down where the documents curb an energy-intensive project', () => {
    const clean = rankZones(index, profile(), { limit: 10, language: 'en', zones: ['zone-a'] }).results[0]!;
    const heavy = rankZones(index, profile({ attributes: { energyIntensive: true } }), { limit: 10, language: 'en', zones: ['zone-a'] }).results[0]!;
    expect(heavy.penaltyFactor).toBe(0.6);
    expect(heavy.components.industry.contribution).toBe(24);
    expect(heavy.score).toBeLessThan(clean.score);
    expect(heavy.explanation.concerns[0]).toMatchObject({ code: 'HIGH_ENERGY_HIGH_EMISSION', source: { doc: '000_e949d19d91dea074.txt' } });
  });

  it('gives a profile that fits nothing low scores and NO_STRONG_MATCH, not an error', () => {
    const result = rankZones(index, profile({ sector: 'bakery', description: 'Croissants and bread' }), { limit: 10, language: 'ja' });
    for (const r of result.results) {
      expect(r.score).toBeLessThan(30);
      expect(r.explanation.concerns[0]?.code).toBe('NO_STRONG_MATCH');
    }
  });

  it('breaks ties by zone id', () => {
    const result = rankZones(index, profile({ sector: 'bakery' }), { limit: 10, language: 'en', weights: { industry: 0, technology: 0, incentives: 0, cooperation: 0, size: 1, logistics: 0 } });
    expect(result.results.map((r) => [r.zone.id, r.score])).toEqual([
      ['zone-a', 50],
      ['zone-b', 50],
    ]);
  });

  it('rejects weights that are all zero or negative', () => {
    expect(() => rankZones(index, profile(), { limit: 5, language: 'en', weights: { industry: 0, technology: 0, incentives: 0, cooperation: 0, size: 0, logistics: 0 } })).toThrow(
      'at least one weight must be above zero',
    );
    expect(() => rankZones(index, profile(), { limit: 5, language: 'en', weights: { size: -1 } })).toThrow('weight size must be a non-negative number');
  });

  it('maps an ISIC code to the concepts that carry it', () => {
    const result = rankZones(index, profile({ sector: 'manufacturer', isic: '2720' }), { limit: 1, language: 'en' });
    expect(result.detectedConcepts).toEqual([{ id: 'nev-batteries', label: 'Power batteries', matchedText: '2720' }]);
  });
});
