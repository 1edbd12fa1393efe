/**
 * The placements benchmark data (test/ranking-set/placements.json): real foreign investments tied
 * to 2018 catalogue zones. These tests check the data itself, not the ranking; the evaluation
 * that ranks the profiles lives elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { readCatalogueFile } from '../src/catalog/national/parse.js';
import { ProfileSchema } from '../src/schemas/recommendation-dto.js';
import { PLACEMENTS, PlacementsError, assignSplits, parsePlacements, placementsBySplit, profileText, toProfileInput } from './ranking-set/placements.js';

const catalogue = readCatalogueFile();
const namesByCode = new Map<string, string[]>();
for (const row of catalogue) namesByCode.set(row.code, [...(namesByCode.get(row.code) ?? []), row.nameZh]);

/** Words that name a kind of zone rather than what a company does. */
const ZONE_WORDS =
  /development (zone|area|district)|industrial park|high-tech zone|hi-tech zone|free trade zone|bonded (zone|area)|export processing|economic zone/i;

describe('the placements data', () => {
  it('has at least 40 rows', () => {
    expect(PLACEMENTS.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique ids, sorted', () => {
    const ids = PLACEMENTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('names, for every row, a catalogue code that exists once with exactly the recorded Chinese name', () => {
    const wrong = PLACEMENTS.filter((p) => {
      const names = namesByCode.get(p.zoneCode);
      return names?.length !== 1 || names[0] !== p.zoneNameZh;
    }).map((p) => `${p.id}: ${p.zoneCode} ${p.zoneNameZh} (catalogue: ${namesByCode.get(p.zoneCode)?.join(' / ') ?? 'none'})`);
    expect(wrong).toEqual([]);
  });

  it('lists only existing catalogue codes as overlapping zones, never the main zone itself', () => {
    const wrong = PLACEMENTS.flatMap((p) =>
      (p.overlappingZoneCodes ?? []).filter((code) => namesByCode.get(code)?.length !== 1 || code === p.zoneCode).map((code) => `${p.id}: ${code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every row a year and a source URL', () => {
    const missing = PLACEMENTS.filter((p) => !Number.isInteger(p.year) || !/^https?:\/\//.test(p.source.url)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('explains the zone mapping in a site note whenever the row lists overlapping zones', () => {
    expect(PLACEMENTS.filter((p) => p.overlappingZoneCodes && !p.siteNote).map((p) => p.id)).toEqual([]);
  });

  it('records the same home country for the row and its profile', () => {
    expect(PLACEMENTS.filter((p) => p.profile.country !== p.country).map((p) => p.id)).toEqual([]);
  });
});

describe('the dev/test split', () => {
  it('follows the sha1 rule for every row', () => {
    const expected = assignSplits(PLACEMENTS.map((p) => p.id));
    expect(PLACEMENTS.filter((p) => p.split !== expected.get(p.id)).map((p) => `${p.id}: ${p.split}, rule says ${expected.get(p.id)}`)).toEqual([]);
  });

  it('puts at least 40 % of the rows in each half', () => {
    const n = PLACEMENTS.length;
    for (const split of ['dev', 'test'] as const) {
      expect(placementsBySplit(split).length / n, split).toBeGreaterThanOrEqual(0.4);
    }
    expect(placementsBySplit('dev').length + placementsBySplit('test').length).toBe(n);
  });

  it('moves the rows with the smallest hashes out of an oversized half', () => {
    // sha1: a 86f7…, b e9d7…, c 84a5…, n d185… (dev) and d 3c36… (test): 4 of 5 in dev is over
    // 60 %, so the dev row with the smallest hash, c, moves to test.
    expect(Object.fromEntries(assignSplits(['a', 'b', 'c', 'd', 'n']))).toEqual({ a: 'dev', b: 'dev', c: 'test', d: 'test', n: 'dev' });
  });

  it('stops when one more move would only swap which half is larger', () => {
    // a and c hash to 8…, e to 5…: 2 dev and 1 test cannot be brought under 60 %.
    expect(Object.fromEntries(assignSplits(['a', 'c', 'e']))).toEqual({ a: 'dev', c: 'dev', e: 'test' });
  });
});

describe('the profiles', () => {
  it('do not name the zone, the first two characters of its name, or the city of the site', () => {
    const leaks = PLACEMENTS.flatMap((p) => {
      const text = profileText(p);
      const plain = text.toLowerCase().replace(/['’]/g, '');
      const found: string[] = [];
      if (text.includes(p.zoneNameZh)) found.push(p.zoneNameZh);
      if (text.includes(p.zoneNameZh.slice(0, 2))) found.push(p.zoneNameZh.slice(0, 2));
      if (plain.includes(p.city.toLowerCase().replace(/['’]/g, ''))) found.push(p.city);
      return found.map((f) => `${p.id}: ${f}`);
    });
    expect(leaks).toEqual([]);
  });

  it('do not describe the company with words for a kind of zone', () => {
    expect(PLACEMENTS.filter((p) => ZONE_WORDS.test(profileText(p))).map((p) => p.id)).toEqual([]);
  });

  it('are valid ranking requests once employees move under size', () => {
    const invalid = PLACEMENTS.filter((p) => !Value.Check(ProfileSchema, toProfileInput(p))).map((p) => p.id);
    expect(invalid).toEqual([]);
    const withStaff = PLACEMENTS.find((p) => p.profile.employees !== undefined)!;
    expect(toProfileInput(withStaff).size).toEqual({ employees: withStaff.profile.employees });
  });
});

describe('the loader', () => {
  const good = PLACEMENTS[0]!;

  it('rejects a row with a bad field, naming the row, its id and the field', () => {
    const bad = { ...good, zoneCode: 'X123' };
    expect(() => parsePlacements([good, bad])).toThrow(PlacementsError);
    try {
      parsePlacements([good, bad]);
    } catch (error) {
      expect((error as PlacementsError).problems[0]).toMatch(new RegExp(`^placements\\.json row 2 \\(${good.id}\\): /zoneCode: `));
    }
  });

  it('rejects a profile field the ranking does not know, and anything that is not an array', () => {
    expect(() => parsePlacements([{ ...good, profile: { ...good.profile, revenue: 1 } }])).toThrow(/row 1 .*\/profile/);
    expect(() => parsePlacements({ rows: [] })).toThrow('placements.json: expected an array of placements');
  });
});
