import { describe, expect, it } from 'vitest';
import type { Catalog, Incentive, Zone } from '../src/catalog/schema.js';
import { evaluateActivity } from '../src/engine/components/activity.js';
import { evaluateCluster, placeOf } from '../src/engine/components/cluster.js';
import type { ScoringContext } from '../src/engine/components/context.js';
import { evaluateCooperation } from '../src/engine/components/cooperation.js';
import { describeIndustries, evaluateIndustry } from '../src/engine/components/industry.js';
import { describeIncentives, evaluateIncentives } from '../src/engine/components/incentives.js';
import { evaluateLogistics } from '../src/engine/components/logistics.js';
import { evaluateSize } from '../src/engine/components/size.js';
import { evaluateStanding } from '../src/engine/components/standing.js';
import { technologyScores, technologyTerms } from '../src/engine/components/technology.js';
import { buildZoneIndex, rankZones, type ZoneIndex } from '../src/engine/index.js';
import { analyzeProfile } from '../src/engine/profile-analysis.js';
import type { EngineProfile } from '../src/engine/types.js';
import { miniCatalog, miniProfile } from './fixtures/mini-catalog.js';

const index = buildZoneIndex(miniCatalog());
const profile = miniProfile;
const ctx = (zoneId: string, p: EngineProfile, on: ZoneIndex = index): ScoringContext => ({
  index: on,
  profile: p,
  analysis: analyzeProfile(on, p, 'en'),
  zone: on.byId.get(zoneId)!,
  language: 'en',
});
const src = { doc: '000_e949d19d91dea074.txt', section: 'test' };
const t = (en: string) => ({ en, ja: en, zh: en });

/** The mini catalog with changes made to a copy. */
function edited(change: (catalog: Catalog) => void): ZoneIndex {
  const catalog = miniCatalog();
  change(catalog);
  return buildZoneIndex(catalog);
}

describe('industry component', () => {
  it("scores an exact match with a zone's own core industry 1 and opens the gate", () => {
    const result = evaluateIndustry(ctx('zone-a', profile()));
    expect(result.score).toBe(1);
    expect(result.strong).toBe(true);
    expect(describeIndustries(result, ctx('zone-a', profile()))).toEqual([
      {
        industry: 'Power batteries',
        industryId: 'batteries',
        level: 'core',
        origin: 'zone',
        relation: 'same',
        strength: 1,
        matchedTerms: ['ev batteries'],
        source: src,
      },
    ]);
  });

  it('scores a broader profile concept 0.6 (broader relation × core weight), still a strong match one level away', () => {
    // best = 0.6 × 1, coverage = 0.6 → 0.6 × 0.6 + 0.4 × 0.6
    const result = evaluateIndustry(ctx('zone-a', profile({ sector: 'new energy vehicles' })));
    expect(result.score).toBeCloseTo(0.6, 10);
    expect(result.strong).toBe(true);
  });

  it('mixes the best match and the coverage of all profile concepts', () => {
    const p = profile({ description: 'We also offer financial services.' });
    // concepts: nev-batteries (sector, 1), finance (description, 0.6)
    // zone-a: best 1; coverage (1×1 + 0.6×0) / 1.6 = 0.625 → 0.6 + 0.25 = 0.85
    expect(evaluateIndustry(ctx('zone-a', p)).score).toBeCloseTo(0.85, 10);
    // zone-b: best 1 × 0.6 = 0.6; coverage (0 + 0.6 × 1) / 1.6 = 0.375 → 0.36 + 0.15 = 0.51
    expect(evaluateIndustry(ctx('zone-b', p)).score).toBeCloseTo(0.51, 10);
  });

  it('does not let words of the description alone open the gate', () => {
    const p = profile({ description: 'We also offer financial services.' });
    expect(evaluateIndustry(ctx('zone-b', p)).strong).toBe(false);
    expect(evaluateIndustry(ctx('zone-b', profile({ sector: 'financial services' }))).strong).toBe(true);
  });

  it('counts an inherited secondary industry at its program weight, and lets it open the gate one level away', () => {
    // polymer-materials is narrower than the program's secondary new-materials: 0.85 × 0.6
    const result = evaluateIndustry(ctx('zone-a', profile({ sector: 'polymer materials' })));
    expect(result.score).toBeCloseTo(0.51, 10);
    expect(result.strong).toBe(true);
  });

  it('decays a narrower match by RELATION_LEVEL_DECAY for each level beyond the first', () => {
    const deep = edited((catalog) => {
      catalog.concepts.push({
        id: 'lfp-cells',
        parent: 'nev-batteries',
        labels: { en: 'LFP cells', ja: 'LFPセル', zh: '磷酸铁锂电芯' },
        synonyms: { en: [], ja: [], zh: [] },
      });
      catalog.zones[0]!.industries[0]!.concepts = ['nev'];
    });
    const c = ctx('zone-a', profile({ sector: 'LFP cells' }), deep);
    const result = evaluateIndustry(c);
    // lfp-cells lies two levels below nev: 0.85 × 0.7 × core weight 1, as best match and as coverage
    expect(result.score).toBeCloseTo(0.595, 10);
    expect(result.strong).toBe(true);
    expect(describeIndustries(result, c)[0]).toMatchObject({ relation: 'narrower', strength: 0.595 });
  });

  it('keeps the gate shut for a program industry two levels away: written for many zones, it covers too much', () => {
    const deep = edited((catalog) => {
      catalog.concepts.push({ id: 'pet-film', parent: 'polymer-materials', labels: t('PET film'), synonyms: { en: [], ja: [], zh: [] } });
    });
    const result = evaluateIndustry(ctx('zone-a', profile({ sector: 'PET film' }), deep));
    // new-materials (program, secondary 0.6) is two levels above pet-film: 0.85 × 0.7 × 0.6
    expect(result.score).toBeCloseTo(0.357, 10);
    expect(result.strong).toBe(false);
  });

  it('does not match concepts that only share a top-level field', () => {
    // connected-vehicles and nev-batteries are siblings under nev
    expect(evaluateIndustry(ctx('zone-a', profile({ sector: 'connected vehicles' })))).toEqual({ score: 0, strong: false, matches: [] });
  });

  it('drops a profile concept when the profile also names a narrower one, passing on its field weight', () => {
    const analysis = analyzeProfile(index, profile({ sector: 'new materials', description: 'We make polymer materials.' }), 'en');
    expect(analysis.concepts).toEqual([{ id: 'polymer-materials', weight: 1, field: 'sector', matchedTexts: ['polymer materials'] }]);
    // Both stay visible to the client as detected words.
    expect(analysis.detected.map((d) => d.id)).toEqual(['new-materials', 'polymer-materials']);
  });

  it('scores 0 when the profile names no concept', () => {
    expect(evaluateIndustry(ctx('zone-a', profile({ sector: 'bakery' })))).toEqual({ score: 0, strong: false, matches: [] });
  });
});

describe('incentives component', () => {
  it('values qualifying measures by status, relevance and aim, with diminishing returns', () => {
    // No needs given: tax (names nev ⊇ nev-batteries) 1 × 0.7 × 1.3 = 0.91; land (open, serves no need) 1 × 0.7 × 0.5 = 0.35
    // points = 0.91 + 0.6 × 0.35 = 1.12 → 1.12 / 2
    const none = evaluateIncentives(ctx('zone-a', profile()));
    expect(none.score).toBeCloseTo(0.56, 10);
    expect(none.met.map((m) => [m.incentive.id, m.value])).toEqual([
      ['prog-a-tax', expect.closeTo(0.91, 10)],
      ['zone-a-land', expect.closeTo(0.35, 10)],
    ]);
    // Needs [land]: land serves it, 1 × 1 = 1; tax serves none of them but names the industry,
    // so it counts as if no needs were given: 0.7 × 1.3 = 0.91 → 1 + 0.6 × 0.91 = 1.546
    const c = ctx('zone-a', profile({ needs: ['land'] }));
    const land = evaluateIncentives(c);
    expect(land.score).toBeCloseTo(0.773, 10);
    const described = describeIncentives(land, c);
    expect(described.applicable.map((i) => [i.id, i.why])).toEqual([
      ['zone-a-land', 'open to any company in the zone; serves your need: land'],
      ['prog-a-tax', 'covers your field (Power batteries)'],
    ]);
    expect(described).toMatchObject({ applicableCount: 2, moreIncentives: [], notEligible: [], unservedNeeds: [], onlyProposed: false });
  });

  it('lets types take turns, lists at most two measures of a type and counts the rest by type, unless every measure is asked for', () => {
    const visa = (n: number): Incentive => ({
      id: `visa-${n}`,
      type: 'talent_visa',
      title: t(`Visa measure ${n}`),
      summary: t('Visas'),
      eligibility: {},
      serves: ['talent'],
      status: 'stated',
      source: src,
    });
    const many = edited((catalog) => catalog.zones[0]!.incentives.push(visa(1), visa(2), visa(3), visa(4)));
    const c = ctx('zone-a', profile({ needs: ['land', 'talent'] }), many);
    const top = describeIncentives(evaluateIncentives(c), c);
    // visa-1 (1), then land (1) before visa-2 (1 × 0.5), then the tax measure (0.91), then visa-2
    expect(top.applicable.map((i) => i.id)).toEqual(['visa-1', 'zone-a-land', 'prog-a-tax', 'visa-2']);
    expect(top.applicableCount).toBe(6);
    expect(top.moreIncentives).toEqual([{ type: 'talent_visa', count: 2, label: '2 more talent and visa measures' }]);
    const all = describeIncentives(evaluateIncentives(c), c, 'all');
    expect(all.applicable.map((i) => i.id)).toEqual(['visa-1', 'zone-a-land', 'prog-a-tax', 'visa-2', 'visa-3', 'visa-4']);
    expect(all.moreIncentives).toEqual([]);
  });

  it('says why a useful measure missed by one condition does not apply, in the answer language', () => {
    const hk = edited((catalog) =>
      catalog.zones[0]!.incentives.push(
        {
          id: 'hk-land',
          type: 'land',
          title: t('Land for Hong Kong firms'),
          summary: t('Land'),
          eligibility: { countries: ['HK'] },
          serves: ['land'],
          status: 'stated',
          source: src,
        },
        {
          id: 'rd-grant',
          type: 'finance_subsidy',
          title: t('R&D grant'),
          summary: t('Grant'),
          eligibility: { minRdIntensityPct: 5, concepts: ['nev'] },
          serves: [],
          status: 'stated',
          source: src,
        },
        {
          id: 'hk-other',
          type: 'tax',
          title: t('Unrelated HK measure'),
          summary: t('Tax'),
          eligibility: { countries: ['HK'] },
          serves: ['listing'],
          status: 'stated',
          source: src,
        },
      ),
    );
    const c = ctx('zone-a', profile({ country: 'JP', needs: ['land'] }), hk);
    expect(describeIncentives(evaluateIncentives(c), c).notEligible).toEqual([
      {
        id: 'hk-land',
        title: 'Land for Hong Kong firms',
        type: 'land',
        reason: 'not eligible because it applies only to companies from Hong Kong SAR China',
        source: src,
      },
      {
        id: 'rd-grant',
        title: 'R&D grant',
        type: 'finance_subsidy',
        reason: 'not eligible because it requires R&D intensity of at least 5% (yours: not stated)',
        source: src,
      },
    ]);
    const ja = { ...c, language: 'ja' as const };
    expect(describeIncentives(evaluateIncentives(ja), ja).notEligible[0]?.reason).toBe('対象外：中華人民共和国香港特別行政区の企業のみが対象です');
  });

  it('is neutral and says so when the catalog lists no measure for the zone or its program', () => {
    expect(evaluateIncentives(ctx('zone-b', profile({ sector: 'financial services', needs: ['listing'] })))).toEqual({ score: 0.5, met: [], noData: true });
    const ranked = rankZones(index, profile({ sector: 'financial services' }), { limit: 2, language: 'en', zones: ['zone-b'] }).results[0]!;
    expect(ranked.components.incentives.score).toBe(0.5);
    expect(ranked.explanation.concerns.map((c) => c.code)).toContain('NO_INCENTIVE_DATA');
  });

  it('excludes a measure whose concept condition the profile does not meet', () => {
    const c = ctx('zone-a', profile({ sector: 'financial services', needs: ['listing'] }));
    const result = evaluateIncentives(c);
    expect(result.met.map((m) => m.incentive.id)).toEqual(['zone-a-land']);
    // open, serves another need: 1 × 0.4 × 0.5
    expect(result.score).toBeCloseTo(0.1, 10);
    expect(describeIncentives(result, c).unservedNeeds).toEqual(['listing']);
  });
});

describe('cooperation component', () => {
  it.each([
    ['JP', 'zone-a', 1, 'partner'],
    ['US', 'zone-a', 0.25, 'otherPartner'],
    [undefined, 'zone-a', 0.5, 'unknownCountry'],
    ['JP', 'zone-b', 0.5, 'openZone'],
  ] as const)('scores country %s in %s as %d', (country, zone, score, outcome) => {
    expect(evaluateCooperation(ctx(zone, profile(country ? { country } : {})))).toEqual({ score, outcome });
  });
});

describe('size component', () => {
  const plant = profile({ stage: 'large', size: { landAreaM2: 80_000, plannedInvestmentUsd: 120_000_000 } });
  it('sends a large plant to a large industrial park', () => {
    // stage 1, land 1, investment 1, area 28 km² ≥ 20 km² → 1
    expect(evaluateSize(ctx('zone-a', plant))).toEqual({
      score: 1,
      factors: [
        { name: 'stage', score: 1 },
        { name: 'land', score: 1 },
        { name: 'investment', score: 1 },
        { name: 'area', score: 1 },
      ],
      area: { km2: 28, small: false },
    });
  });
  it('scores a large plant in an innovation district as the mean of stage, land and investment', () => {
    // (0.45 + 0.3 + 0.5) / 3; zone-b has no recorded area
    expect(evaluateSize(ctx('zone-b', plant)).score).toBeCloseTo(1.25 / 3, 10);
  });
  it('grows the area factor with the logarithm of the area and flags a small zone for a large company', () => {
    const small = edited((catalog) => (catalog.zones[0]!.areaKm2 = { value: 1.5, source: src }));
    const result = evaluateSize(ctx('zone-a', profile({ stage: 'listed' }), small));
    expect(result.factors).toEqual([
      { name: 'stage', score: 0.9 },
      { name: 'area', score: expect.closeTo(Math.log1p(1.5) / Math.log1p(20), 10) },
    ]);
    expect(result.area).toEqual({ km2: 1.5, small: true });
    const ranked = rankZones(small, profile({ stage: 'listed' }), { limit: 1, language: 'en', zones: ['zone-a'] }).results[0]!;
    expect(ranked.explanation.concerns).toContainEqual({
      code: 'AREA_SMALL_FOR_COMPANY',
      message: "Its planned area is only 1.5 km², small for a large company's site.",
      source: src,
    });
  });
  it('flags a land need above a tenth of the planned area', () => {
    const result = evaluateSize(ctx('zone-a', profile({ size: { landAreaM2: 3_000_000 } })));
    expect(result.factors).toEqual([{ name: 'land', score: 0.1 }]);
    expect(result.landShare).toEqual({ needKm2: 3, areaKm2: 28 });
  });
  it('is neutral without any size information', () => {
    expect(evaluateSize(ctx('zone-a', profile())).score).toBe(0.5);
  });
  it('reads the stage from headcount when none is stated', () => {
    expect(evaluateSize(ctx('zone-b', profile({ size: { employees: 12 } }))).factors).toEqual([{ name: 'stage', score: 1 }]);
  });
});

describe('logistics component', () => {
  it('uses the nearer of port and airport for an export-oriented profile', () => {
    // airport 15 km → 1 − 15/150 = 0.9; port 35 km → 0.7667
    expect(evaluateLogistics(ctx('zone-a', profile({ attributes: { exportSharePct: 40 } })))).toEqual({
      score: 0.9,
      outcome: 'distances',
      portKm: 35,
      airportKm: 15,
    });
  });
  it('is neutral and says so when the documents give no distance', () => {
    expect(evaluateLogistics(ctx('zone-b', profile({ needs: ['export_logistics'] })))).toEqual({ score: 0.5, outcome: 'data-missing' });
  });
  it('is neutral for a profile that does not export', () => {
    expect(evaluateLogistics(ctx('zone-a', profile())).outcome).toBe('not-export-oriented');
  });
});

describe('activity component', () => {
  it('reads a plant from the ISIC code of the industry and fits it to the zone kind', () => {
    expect(evaluateActivity(ctx('zone-a', profile()))).toEqual({ score: 1, activity: 'manufacturing' });
    expect(evaluateActivity(ctx('zone-b', profile()))).toEqual({ score: 0.35, activity: 'manufacturing' });
  });
  it('takes the stated activity, or words of research, before the industries', () => {
    const c = ctx('zone-b', profile({ activity: 'software' }));
    expect(c.analysis.activity).toEqual({ value: 'software', inferred: false });
    expect(evaluateActivity(c)).toEqual({ score: 1, activity: 'software' });
    expect(ctx('zone-b', profile({ sector: 'EV battery R&D centre' })).analysis.activity).toEqual({ value: 'rnd', inferred: true });
    expect(ctx('zone-b', profile({ sector: 'software house', isic: '6201' })).analysis.activity).toEqual({ value: 'software', inferred: true });
  });
  it('raises a concern where the zone kind seldom hosts the activity', () => {
    const ranked = rankZones(index, profile(), { limit: 2, language: 'en', zones: ['zone-b'] }).results[0]!;
    expect(ranked.explanation.concerns).toContainEqual({
      code: 'ACTIVITY_ZONE_MISMATCH',
      message: 'The zone is an innovation district, which is seldom where a production plant is set up.',
    });
  });
});

describe('standing component', () => {
  const coded = (code: string, approved: string) =>
    edited((catalog) => Object.assign(catalog.zones[0]!, { catalogueCodes: [code], approved: { value: approved, source: src } } satisfies Partial<Zone>));
  it('scores a national zone open twenty years or more 1, a provincial one opened in 2018 0.55 × 0.6', () => {
    expect(evaluateStanding(ctx('zone-a', profile(), coded('G211001', '1984.09')))).toMatchObject({
      score: 1,
      years: 34,
      standing: { level: 'national', code: 'G211001', year: 1984 },
    });
    expect(evaluateStanding(ctx('zone-a', profile(), coded('S217001', '2018.01'))).score).toBeCloseTo(0.33, 10);
    // national, 10 years: 1 × (0.6 + 0.4 × 0.5)
    expect(evaluateStanding(ctx('zone-a', profile(), coded('G211001', '2008'))).score).toBeCloseTo(0.8, 10);
  });
  it('gives a zone without a catalogue code the standing of an average catalogue zone', () => {
    expect(evaluateStanding(ctx('zone-a', profile()))).toEqual({ score: 0.65 });
  });
  it('states the approval in the evidence with its source', () => {
    const ranked = rankZones(coded('G211001', '1984.09'), profile(), { limit: 1, language: 'en', zones: ['zone-a'] }).results[0]!;
    expect(ranked.explanation.evidence).toContainEqual({
      component: 'standing',
      message: 'A national-level zone approved by the State Council in 1984 (catalogue code G211001).',
      source: src,
    });
  });
});

describe('cluster component', () => {
  /** The mini catalog plus `n` battery zones in Liaoning (`inDalian` of them in zone-a's city, Dalian) and 200 finance zones in Shanghai. */
  const clustered = (n: number, inDalian = 0) =>
    edited((catalog) => {
      const zone = (id: string, province: string, concept: string, city = province): Zone => ({
        ...catalog.zones[1]!,
        id,
        location: { province: t(province), city: city === 'Dalian' ? { en: 'Dalian', ja: '大連', zh: '大连' } : t(city) },
        industries: [{ id: 'i', name: t(concept), concepts: [concept], level: 'core', details: [], source: src }],
      });
      for (let i = 0; i < n; i++) catalog.zones.push(zone(`bat-${i}`, 'Liaoning', 'nev-batteries', i < inDalian ? 'Dalian' : 'Liaoning'));
      for (let i = 0; i < 200; i++) catalog.zones.push(zone(`fin-${i}`, 'Shanghai', 'finance'));
    });
  /** CLUSTER_CITY_SHARE (0.5) of the city's count, saturating at 4, and the rest of the province's, saturating at 12. */
  const mixed = (province: number, city: number) => 0.5 * Math.min(1, Math.log1p(province) / Math.log(13)) + 0.5 * Math.min(1, Math.log1p(city) / Math.log(5));
  it('counts the zones of the province and of the city that host the industry, each saturating', () => {
    // Liaoning: zone-a and 5 more list nev-batteries; in Dalian, zone-a alone.
    expect(evaluateCluster(ctx('zone-a', profile(), clustered(5)))).toEqual({
      score: expect.closeTo(mixed(6, 1), 10),
      own: 6,
      related: 0,
      conceptId: 'nev-batteries',
      city: { name: '大连', own: 1, related: 0 },
    });
    // Three of them in Dalian: the city part grows, the province part stays.
    expect(evaluateCluster(ctx('zone-a', profile(), clustered(5, 3))).score).toBeCloseTo(mixed(6, 4), 10);
    expect(evaluateCluster(ctx('zone-a', profile(), clustered(30, 10))).score).toBe(1);
    expect(evaluateCluster(ctx('zone-b', profile(), clustered(5)))).toEqual({ score: 0, own: 0, related: 0, city: { name: '上海', own: 0, related: 0 } });
    const ranked = rankZones(clustered(5, 3), profile(), { limit: 1, language: 'en', zones: ['zone-a'] }).results[0]!;
    expect(ranked.explanation.evidence).toContainEqual({
      component: 'cluster',
      message: '6 development zones in Liaoning list your industry "Power batteries": an existing cluster of suppliers and skills.',
    });
    expect(ranked.explanation.evidence).toContainEqual({
      component: 'cluster',
      message: 'In Dalian itself, 4 development zones list your industry "Power batteries": suppliers and skills within commuting distance.',
    });
  });
  it('counts a sibling industry under the same parent half', () => {
    // connected-vehicles: no zone lists it; 6 list its sibling nev-batteries under nev (not a top-level field? nev is top-level: no half count)
    expect(evaluateCluster(ctx('zone-a', profile({ sector: 'connected vehicles' }), clustered(5))).own).toBe(0);
  });
  it('says nothing (neutral) over a catalog of fewer than CLUSTER_MIN_ZONES zones', () => {
    expect(evaluateCluster(ctx('zone-a', profile()))).toEqual({ score: 0.5 });
  });
  it("reads a catalogue zone's city from its name when the catalog records none", () => {
    const zoneNamed = (name: string, province: string) =>
      ({
        zone: { name: t(name), location: { province: t(province), city: { en: 'city not recorded', ja: '市の記載なし', zh: '未载明城市' } } },
      }) as unknown as Parameters<typeof placeOf>[0];
    expect(placeOf(zoneNamed('苏州工业园区', '江苏省'))).toBe('苏州');
    expect(placeOf(zoneNamed('江苏武进经济开发区', '江苏省'))).toBe('武进');
    expect(placeOf(zoneNamed('江苏省太仓高新技术产业开发区', '江苏省'))).toBe('太仓');
    expect(placeOf(zoneNamed('中日（大连）地方发展合作示范区（西中岛片区）', '辽宁省'))).toBe('大连');
    expect(placeOf(zoneNamed('内蒙古包头稀土高新技术产业开发区', '内蒙古自治区'))).toBe('包头');
  });
});

describe('technology component', () => {
  const scoreTechnology = (c: ScoringContext) => technologyScores(c.index, c.analysis, [c.zone])(c.zone);
  it('finds the shared words across languages through concepts and reports them', () => {
    const en = scoreTechnology(ctx('zone-a', profile({ technologies: ['lithium battery cells'] })));
    expect(en).toBeGreaterThan(0);
    expect(technologyTerms(ctx('zone-a', profile({ technologies: ['lithium battery cells'] })))).toContain('lithium');
    const unrelated = scoreTechnology(ctx('zone-b', profile({ technologies: ['lithium battery cells'] })));
    expect(unrelated).toBeLessThan(en);
    const ja = scoreTechnology(ctx('zone-a', profile({ sector: '動力電池', technologies: ['リチウム電池セル'] })));
    expect(ja).toBeGreaterThan(unrelated);
  });
  it('is 0, not NaN, when nothing is shared', () => {
    expect(scoreTechnology(ctx('zone-b', profile({ sector: 'bakery' })))).toBe(0);
    expect(technologyTerms(ctx('zone-b', profile({ sector: 'bakery' })))).toEqual([]);
  });
});

describe('ranking', () => {
  it('adds the gate and the weighted components into the score, and the contributions add up', () => {
    const result = rankZones(index, profile({ country: 'JP', needs: ['land'] }), { limit: 10, language: 'en' });
    expect(result.results.map((r) => [r.zone.id, r.fit])).toEqual([
      ['zone-a', 'strong'],
      ['zone-b', 'weak'],
    ]);
    for (const r of result.results) {
      const sum = Object.values(r.components).reduce((s, c) => s + c.contribution, 0);
      expect(Math.round(sum * 10) / 10).toBe(r.score);
    }
    const a = result.results[0]!;
    // 50 gate points + 50 × 0.75 (fit share) × 0.75 / (0.75 + 0.25) × 1
    expect(a.components.industry).toEqual({ score: 1, weight: 0.75, contribution: 78.1 });
    // 50 × 0.25 (context share) × 0.1 / 1 (context weights sum) × 1
    expect(a.components.cooperation).toEqual({ score: 1, weight: 0.1, contribution: 1.3 });
    expect(a.explanation.summary).toMatch(
      /^Zone A scores \d+\.\d\/100, a strong industry fit: it lists "Power batteries", your own industry; 2 incentive measures apply to you; it is set up for cooperation with Japan\.$/,
    );
  });

  it('writes the same summary in Japanese and Chinese, with the country named, never its code', () => {
    const ja = rankZones(index, profile({ country: 'JP' }), { limit: 1, language: 'ja' }).results[0]!;
    expect(ja.explanation.summary).toMatch(
      /^A区は\d+\.\d点で、産業面の適合度は高い区です。貴社の産業である「動力電池」を重点産業に掲げています。適用可能な優遇策は2件です。日本との協力を掲げる区です。$/,
    );
    const zh = rankZones(index, profile({ country: 'JP' }), { limit: 1, language: 'zh' }).results[0]!;
    expect(zh.explanation.summary).toMatch(
      /^A区得分\d+\.\d，产业匹配度高：该区将贵公司所属的“动力电池”列为重点产业；可适用优惠政策2项；该区以与日本合作为方向。$/,
    );
  });

  it('never lifts a zone without a strong industry match above one with it, whatever its context', () => {
    // zone-b gets everything context can give; zone-a nothing but its industry
    const rich = edited((catalog) => {
      const b = catalog.zones[1]!;
      b.kind = 'industrial_park';
      b.industries.push({ id: 'x', name: t('Connected vehicles'), concepts: ['connected-vehicles'], level: 'core', details: [], source: src });
      b.incentives.push({ id: 'b-land', type: 'land', title: t('Land'), summary: t('Land'), eligibility: {}, serves: ['land'], status: 'stated', source: src });
      b.partners.push({ country: 'JP', source: src });
      catalog.zones[0]!.incentives = [];
      catalog.programs[0]!.incentives = [];
      catalog.programs[0]!.partners = [];
    });
    const ranked = rankZones(rich, profile({ country: 'JP', needs: ['land'] }), {
      limit: 2,
      language: 'en',
      weights: { industry: 0.01, technology: 0, incentives: 1000 },
    });
    expect(ranked.results.map((r) => [r.zone.id, r.fit])).toEqual([
      ['zone-a', 'strong'],
      ['zone-b', 'weak'],
    ]);
    expect(ranked.results[0]!.score).toBeGreaterThanOrEqual(50);
    expect(ranked.results[1]!.score).toBeLessThan(50);
  });

  it('scales the points above the gate down where the documents curb an energy-intensive project', () => {
    const clean = rankZones(index, profile(), { limit: 10, language: 'en', zones: ['zone-a'] }).results[0]!;
    const heavy = rankZones(index, profile({ attributes: { energyIntensive: true } }), { limit: 10, language: 'en', zones: ['zone-a'] }).results[0]!;
    expect(heavy.penaltyFactor).toBe(0.6);
    // 50 + 28.125 × 0.6
    expect(heavy.components.industry.contribution).toBe(66.9);
    expect(heavy.score).toBeLessThan(clean.score);
    expect(heavy.explanation.concerns[0]).toMatchObject({ code: 'HIGH_ENERGY_HIGH_EMISSION', source: { doc: '000_e949d19d91dea074.txt' } });
  });

  it('gives a profile that fits nothing scores under the gate and NO_STRONG_MATCH, not an error', () => {
    const result = rankZones(index, profile({ sector: 'bakery', description: 'Croissants and bread' }), { limit: 10, language: 'ja' });
    for (const r of result.results) {
      expect(r.score).toBeLessThan(50);
      expect(r.fit).toBe('weak');
      expect(r.explanation.concerns[0]?.code).toBe('NO_STRONG_MATCH');
    }
  });

  it('breaks ties by evidence before zone id: the larger zone first', () => {
    const twins = edited((catalog) => {
      catalog.zones.push({ ...catalog.zones[1]!, id: 'zone-c', areaKm2: { value: 3, source: src } });
      catalog.zones[1]!.areaKm2 = { value: 2, source: src };
    });
    const result = rankZones(twins, profile({ sector: 'financial services' }), { limit: 10, language: 'en', zones: ['zone-b', 'zone-c'] });
    expect(result.results.map((r) => [r.zone.id, r.score])).toEqual([
      ['zone-c', result.results[1]!.score],
      ['zone-b', result.results[0]!.score],
    ]);
  });

  it('folds areas of one program in one city beyond options.areasPerProgram into the best one', () => {
    const areas = edited((catalog) => {
      for (const id of ['zone-a2', 'zone-a3']) catalog.zones.push({ ...catalog.zones[0]!, id, name: t(id), incentives: [] });
    });
    const folded = rankZones(areas, profile(), { limit: 10, language: 'en' });
    expect(folded.results.map((r) => r.zone.id)).toEqual(['zone-a', 'zone-a2', 'zone-b']);
    expect(folded.results[0]!.explanation.otherAreas).toEqual([{ id: 'zone-a3', name: 'zone-a3', score: expect.any(Number) }]);
    expect(rankZones(areas, profile(), { limit: 10, language: 'en', areasPerProgram: 0 }).results.map((r) => r.zone.id)).toEqual([
      'zone-a',
      'zone-a2',
      'zone-a3',
      'zone-b',
    ]);
  });

  it('gives fit all the points above the gate when every context weight is zero', () => {
    const r = rankZones(index, profile(), {
      limit: 1,
      language: 'en',
      weights: { incentives: 0, cluster: 0, activity: 0, standing: 0, size: 0, cooperation: 0, logistics: 0 },
    }).results[0]!;
    // 50 + 50 × 0.75 / (0.75 + 0.25) × 1
    expect(r.components.industry.contribution).toBe(87.5);
    expect(r.components.incentives.contribution).toBe(0);
  });

  it('rejects weights that are all zero or negative', () => {
    const zero = { industry: 0, technology: 0, incentives: 0, cluster: 0, activity: 0, standing: 0, size: 0, cooperation: 0, logistics: 0 };
    expect(() => rankZones(index, profile(), { limit: 5, language: 'en', weights: zero })).toThrow('at least one weight must be above zero');
    expect(() => rankZones(index, profile(), { limit: 5, language: 'en', weights: { size: -1 } })).toThrow('weight size must be a non-negative number');
  });

  it('maps an ISIC code to the concepts that carry it', () => {
    const result = rankZones(index, profile({ sector: 'manufacturer', isic: '2720' }), { limit: 1, language: 'en' });
    expect(result.detectedConcepts).toEqual([{ id: 'nev-batteries', label: 'Power batteries', matchedText: '2720' }]);
  });
});
