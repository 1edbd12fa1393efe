import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { buildZoneIndex } from '../src/engine/index.js';
import { jaccard, measureAgreement, summarizeAgreement } from '../src/tools/agreement.js';
import { AGREEMENT_LANGUAGES, MULTILINGUAL_SET } from './ranking-set/multilingual.js';

/**
 * `npm run eval:languages` measured, over the 45 companies on the seed catalogue, a mean concept
 * Jaccard of 0.956 (0.518 before the taxonomy and matcher work of issue 13, 0.800 before the
 * synonyms shared across languages), the same first zone for 40 companies (32 before) and a
 * spread of at most 5 points for every company's first zone (41 of 45 before). The floors sit at
 * or a little below those figures, so a change that makes understanding depend more on the
 * language fails here. Equal scores are broken by the zones' own facts before the wording (38
 * when technology came first); the 5 companies whose first zone still differs are areas of one
 * programme (Dalian) a few tenths of a point apart, separated by the words of each version.
 */
const MEAN_JACCARD_FLOOR = 0.94;
const SAME_FIRST_ZONE_FLOOR = 40;
const MAX_SCORE_SPREAD = 5;

describe('the multilingual set', () => {
  it('has at least 30 companies with distinct ids, each written in en, ja and zh', () => {
    expect(MULTILINGUAL_SET.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MULTILINGUAL_SET.map((c) => c.id)).size).toBe(MULTILINGUAL_SET.length);
    for (const c of MULTILINGUAL_SET) expect(Object.keys(c.profiles).sort()).toEqual([...AGREEMENT_LANGUAGES].sort());
  });

  it('differs between the versions of a company only in words', () => {
    for (const { id, profiles } of MULTILINGUAL_SET) {
      const facts = AGREEMENT_LANGUAGES.map((l) => {
        const { name, sector, technologies, products, description, ...rest } = profiles[l];
        return rest;
      });
      expect([id, facts[1]]).toEqual([id, facts[0]]);
      expect([id, facts[2]]).toEqual([id, facts[0]]);
      // No ISIC code: it would name the same concepts in every language and hide what the words do.
      expect([id, facts[0]!.isic]).toEqual([id, undefined]);
    }
  });
});

describe('agreement across languages', () => {
  const rows = measureAgreement(buildZoneIndex(loadCatalog()));

  it('computes Jaccard over three sets as shared over all', () => {
    expect(
      jaccard([
        ['a', 'b'],
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toBe(1);
    expect(jaccard([['a', 'b'], ['a'], ['a', 'c']])).toBeCloseTo(1 / 3, 10);
    expect(jaccard([['a'], ['b'], []])).toBe(0);
    expect(jaccard([[], [], []])).toBe(1);
  });

  it(`finds the same concepts in the three versions, a mean Jaccard of at least ${MEAN_JACCARD_FLOOR}`, () => {
    expect(summarizeAgreement(rows).meanJaccard).toBeGreaterThanOrEqual(MEAN_JACCARD_FLOOR);
  });

  it(`puts the same zone first in all three versions for at least ${SAME_FIRST_ZONE_FLOOR} companies`, () => {
    expect(summarizeAgreement(rows).sameFirstZone).toBeGreaterThanOrEqual(SAME_FIRST_ZONE_FLOOR);
  });

  it(`scores each company's first zone within ${MAX_SCORE_SPREAD} points in all three versions`, () => {
    const wide = rows.filter((r) => r.scoreSpread > MAX_SCORE_SPREAD).map((r) => ({ id: r.id, scores: r.referenceScores }));
    expect(wide).toEqual([]);
  });

  it('finds at least one concept common to the three versions of every company', () => {
    const without = rows.filter((r) => r.common.length === 0).map((r) => ({ id: r.id, concepts: r.concepts }));
    expect(without).toEqual([]);
  });

  it('reads the integrated textile mill of issue 13 the same way in every language', () => {
    const mill = rows.find((r) => r.id === 'integrated-textile')!;
    expect(mill.concepts).toEqual({
      en: ['home-textiles', 'water-treatment'],
      ja: ['home-textiles', 'water-treatment'],
      zh: ['home-textiles', 'water-treatment'],
    });
  });
});
