/**
 * Catalogue zones' English and Japanese names (issue 14, part 1): pinyin places plus reviewed
 * type terms for English, kanji forms plus Japanese type terms for Japanese, and the override
 * tables for names whose usual English differs.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mapCatalogue } from '../src/catalog/national/import.js';
import { readCatalogueFile } from '../src/catalog/national/parse.js';
import { coreName, shippedDivisions } from '../src/catalog/national/divisions.js';
import { romanize } from '../src/catalog/national/romanize.js';
import { createZoneNamer, shippedNameOverrides, shippedTerms } from '../src/catalog/national/zone-names.js';
import { CATALOGUE_PROGRAM_ID, withNationalCatalogue } from '../src/catalog/national/zones.js';
import { seedFiles } from './helpers/app.js';

const HAN = /\p{Script=Han}/u;
const rows = readCatalogueFile();
const terms = shippedTerms();
const overrides = shippedNameOverrides();
const namer = createZoneNamer();
const seed = seedFiles();
const national = withNationalCatalogue(seed, mapCatalogue(seed.concepts)).zones.filter((z) => z.program === CATALOGUE_PROGRAM_ID);
const toJapanese = OpenCC.Converter({ from: 'cn', to: 'jp' });
// As in test/leading-industries.test.ts: standard Japanese characters the table still rewrites.
const ALLOWED_IN_JAPANESE = new Set(['戯', '携', '雇', '占', '里', '填']);
const simplifiedOnly = (text: string) => [...text].filter((c) => HAN.test(c) && !ALLOWED_IN_JAPANESE.has(c) && toJapanese(c) !== c);
// In place names these are the characters themselves (咸陽, 莫干山, 于都, 范県), which the table
// would turn into 鹹, 幹, 於, 範.
const PLACE_CHARACTERS = new Set(['咸', '干', '于', '范']);
const simplifiedOnlyInName = (text: string) => simplifiedOnly(text).filter((c) => !PLACE_CHARACTERS.has(c));

describe('romanize', () => {
  it('joins a place name into one capitalised pinyin word without tones', () => {
    expect(['威海', '苏州', '西安', '马鞍山', '吕梁', '石家庄'].map(romanize)).toEqual(['Weihai', 'Suzhou', "Xi'an", "Ma'anshan", 'Lüliang', 'Shijiazhuang']);
  });
});

describe('catalogue zone names', () => {
  it('gives the known zones their usual English and Japanese names', () => {
    const byZh = new Map(national.map((z) => [z.name.zh, z.name]));
    expect(byZh.get('威海火炬高技术产业开发区')).toEqual({
      en: 'Weihai Torch Hi-tech Industrial Development Zone',
      ja: '威海火炬ハイテク産業開発区',
      zh: '威海火炬高技术产业开发区',
    });
    expect(byZh.get('厦门火炬高技术产业开发区')?.en).toBe('Xiamen Torch Hi-tech Industrial Development Zone');
    expect(byZh.get('天津经济技术开发区')?.en).toBe('Tianjin Economic-Technological Development Zone');
    expect(byZh.get('大连经济技术开发区')).toEqual({
      en: 'Dalian Economic and Technological Development Zone',
      ja: '大連経済技術開発区',
      zh: '大连经济技术开发区',
    });
    expect(byZh.get('苏州工业园综合保税区')?.en).toBe('Suzhou Industrial Park Comprehensive Bonded Zone');
    expect(byZh.get('苏州工业园区')).toEqual({ en: 'Suzhou Industrial Park', ja: '蘇州工業園区', zh: '苏州工业园区' });
    expect(byZh.get('宝鸡高新技术产业开发区')).toEqual({
      en: 'Baoji High-tech Industrial Development Zone',
      ja: '宝鶏ハイテク産業開発区',
      zh: '宝鸡高新技术产业开发区',
    });
    expect(byZh.get('呼和浩特经济技术开发区')?.en).toBe('Hohhot Economic and Technological Development Zone');
    expect(byZh.get('尉氏县产业集聚区')).toEqual({ en: 'Weishi County Industrial Cluster Zone', ja: '尉氏県産業集積区', zh: '尉氏县产业集聚区' });
  });

  it('names every catalogue zone in English without Han characters and in Japanese without simplified-only characters', () => {
    // 2,558 zones in all with the 20 seed zones (which stand for the catalogue entries they link to).
    expect(national.length + seed.zones.length).toBe(2558);
    const badEn = national.filter((z) => HAN.test(z.name.en)).map((z) => `${z.name.zh}: ${z.name.en}`);
    const badJa = national.filter((z) => simplifiedOnlyInName(z.name.ja).length > 0).map((z) => `${z.name.zh}: ${z.name.ja}`);
    expect(badEn).toEqual([]);
    expect(badJa).toEqual([]);
    expect(national.every((z) => z.name.zh === rows.find((r) => r.id === z.id)?.nameZh)).toBe(true);
  });

  it('ends every catalogue name with a reviewed type term, so no zone type is left in Chinese or romanised', () => {
    const untyped = rows.filter((r) => !overrides.names[r.nameZh] && namer.parse(r.nameZh).at(-1)?.kind !== 'term').map((r) => r.nameZh);
    expect(untyped).toEqual([]);
    // And no Chinese-only type term survives into a Japanese name.
    const chineseOnly = terms.filter((t) => t.role !== 'word' && simplifiedOnly(t.zh).length > 0).map((t) => t.zh);
    expect(chineseOnly.length).toBeGreaterThan(10);
    expect(national.filter((z) => chineseOnly.some((zh) => z.name.ja.includes(zh))).map((z) => z.name.ja)).toEqual([]);
  });

  it('keeps reviewed tables that are complete and used', () => {
    for (const t of terms) {
      expect(t.en, t.zh).not.toMatch(HAN);
      expect(t.ja.length, t.zh).toBeGreaterThan(0);
    }
    expect(new Set(terms.map((t) => t.zh)).size).toBe(terms.length);
    const names = new Set(rows.map((r) => r.nameZh));
    expect(Object.keys(overrides.names).filter((zh) => !names.has(zh))).toEqual([]);
    // A place spelling is used in a zone name or for a division (a zone's city or county).
    const divisionNames = new Set(shippedDivisions().all.flatMap((d) => [d.name, coreName(d.name)]));
    expect(Object.keys(overrides.places).filter((place) => !rows.some((r) => r.nameZh.includes(place)) && !divisionNames.has(place))).toEqual([]);
    for (const override of Object.values(overrides.names)) expect(override.en).not.toMatch(HAN);
  });
});
