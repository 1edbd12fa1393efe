/**
 * The leading-industry translation table (`seeds/national/leading-industries.json`): complete for
 * the catalogue, English without Chinese characters, Japanese without simplified-only
 * characters, consistent for recurring terms; and, with the national catalogue added, English
 * and Japanese explanations that show no untranslated Chinese beyond a zone's official name.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mapCatalogue } from '../src/catalog/national/import.js';
import { INDUSTRY_LABELS_JSON, IndustryLabelsError, loadIndustryLabels, parseIndustryLabels } from '../src/catalog/national/industry-labels.js';
import { readCatalogueFile, splitLeadingIndustries, UNDER_CONSTRUCTION } from '../src/catalog/national/parse.js';
import { CATALOGUE_PROGRAM_ID, withNationalCatalogue } from '../src/catalog/national/zones.js';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { normalizeProfile } from '../src/services/profile-normalizer.js';
import { seedFiles } from './helpers/app.js';
import { PLACEMENTS, toProfileInput } from './ranking-set/placements.js';
import { RANKING_SET } from './ranking-set/profiles.js';

const labels = loadIndustryLabels();
const rows = readCatalogueFile();
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Characters that Japanese does not write: those OpenCC's simplified-Chinese → Japanese
 * (shinjitai) conversion changes, taken one character at a time. Whole-phrase conversion would
 * also rewrite correct Japanese through its phrase dictionary (家具 → 傢倶, 回路 → 迴路), so it
 * is not used.
 */
const toJapanese = OpenCC.Converter({ from: 'cn', to: 'jp' });
/**
 * Standard Japanese (jōyō) characters that the character table still rewrites to another form,
 * found by running it over every Japanese text in seeds/: 戯 (遊戯) → 戱, 携 (連携) → 攜,
 * 雇 → 僱, 占 → 佔, 里 → 裏, 填 (充填) → 塡. None is a simplified form.
 */
const ALLOWED_IN_JAPANESE = new Set(['戯', '携', '雇', '占', '里', '填']);
const simplifiedOnly = (text: string) => [...new Set([...text].filter((c) => HAN.test(c) && !ALLOWED_IN_JAPANESE.has(c) && toJapanese(c) !== c))];

describe('the leading-industry translation table', () => {
  it('labels exactly the distinct phrases of the catalogue, and the marker 在建', () => {
    const phrases = new Set(rows.flatMap((r) => splitLeadingIndustries(r.leadingIndustries)));
    // 在建 is not a phrase (it names no industry) but it is the whole field of 13 zones, and their
    // summaries say it in en and ja.
    expect(rows.filter((r) => r.leadingIndustries === UNDER_CONSTRUCTION)).toHaveLength(13);
    const expected = [...phrases, UNDER_CONSTRUCTION].sort();
    expect(phrases.size).toBe(1073);
    expect([...labels.keys()]).toEqual(expected);
  });

  it('is kept one phrase per line, so that a review diff shows one phrase per changed line', () => {
    const lines = readFileSync(INDUSTRY_LABELS_JSON, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(labels.size + 2);
    expect(lines.slice(1, -1).every((line) => /^ {2}"[^"]+": \{ "en": "[^"]+", "ja": "[^"]+" \},?$/u.test(line))).toBe(true);
  });

  it('has no Chinese character in any English label', () => {
    expect([...labels].filter(([, l]) => HAN.test(l.en)).map(([p]) => p)).toEqual([]);
  });

  it('has no simplified-only character in any Japanese label', () => {
    // The check has teeth: it flags most of the Chinese phrases themselves.
    expect(simplifiedOnly('装备制造、电子信息、农副产品加工')).toEqual(['备', '电', '农', '产']);
    expect([...labels].map(([p, l]) => [p, l.ja, simplifiedOnly(l.ja)]).filter(([, , chars]) => chars!.length > 0)).toEqual([]);
  });

  it('renders the reference terms as the review agreed', () => {
    expect(Object.fromEntries(['装备制造', '电子信息', '生物医药', '新材料', '在建'].map((p) => [p, labels.get(p)]))).toEqual({
      装备制造: { en: 'equipment manufacturing', ja: '装備製造' },
      电子信息: { en: 'electronic information', ja: '電子情報' },
      生物医药: { en: 'biomedicine', ja: 'バイオ医薬' },
      新材料: { en: 'new materials', ja: '新素材' },
      在建: { en: 'under construction (no industries listed yet)', ja: '建設中（主導産業未記載）' },
    });
  });

  it('renders a recurring Chinese term the same way in every phrase that contains it', () => {
    // term → [English pattern, Japanese rendering]; each phrase containing the term must use both.
    const terms: Record<string, [RegExp, string]> = {
      装备: [/equipment/, '装備'],
      电子信息: [/electronic information/, '電子情報'],
      新材料: [/\bnew\b.*materials/, '新素材'],
      有色金属: [/non-ferrous/, '非鉄金属'],
      黑色金属: [/ferrous/, '鉄系金属'],
      冶炼: [/smelting/, '製錬'],
      农副产品: [/agricultural and sideline/, '農副産物'],
      纺织: [/textile/, '繊維'],
      物流: [/logistics/, '物流'],
      保税: [/bonded/, '保税'],
      智能: [/smart/, 'スマート'],
      再生: [/recycl/, '再生'],
      钢铁: [/steel/, '鉄鋼'],
      铝: [/aluminium/, 'アルミ'],
      化工: [/chemical/, ''],
    };
    const off: string[] = [];
    for (const [term, [en, ja]] of Object.entries(terms)) {
      for (const [phrase, label] of labels) {
        if (phrase.includes(term) && !(en.test(label.en) && label.ja.includes(ja))) off.push(`${term} in ${phrase}: ${label.en} / ${label.ja}`);
      }
    }
    expect(off).toEqual([]);
  });

  it('rejects a bad table, naming the file, the JSON path and the problem', () => {
    const problems = (text: string) => {
      try {
        parseIndustryLabels(text, 'labels.json');
      } catch (error) {
        expect(error).toBeInstanceOf(IndustryLabelsError);
        return (error as IndustryLabelsError).problems;
      }
      return [];
    };
    expect(problems('{"食品": {"en": "food", "ja": "食品"}}')).toEqual([]);
    expect(problems('{"食品": {"en": "食品", "ja": "食品"}}')).toEqual([
      'labels.json: /食品/en: an English label must not contain Chinese characters, found "食品"',
    ]);
    expect(problems('{"食品": {"en": "food", "ja": "食品"}, "化工": {"en": "chemical industry", "ja": "化学工業"}}')).toEqual([
      'labels.json: /化工: keys must be in sorted order; "化工" comes after "食品"',
    ]);
    expect(problems('{"食品": {"en": "food"}}')).toEqual(['labels.json: /食品/ja: Expected required property', 'labels.json: /食品/ja: Expected string']);
    expect(problems('{"食品": {"en": "food", "ja": "食品", "zh": "食品"}}')).toEqual(['labels.json: /食品/zh: Unexpected property']);
    expect(problems('{"食品": ')).toEqual(['labels.json: /: not valid JSON']);
  });
});

describe('catalogue zones with translated leading industries', () => {
  const seed = seedFiles();
  const national = withNationalCatalogue(seed, mapCatalogue(seed.concepts));
  const catalogueZones = national.zones.filter((z) => z.program === CATALOGUE_PROGRAM_ID);

  it('names each leading industry in en and ja from the table and keeps the Chinese phrase in zh', () => {
    const suzhou = catalogueZones.find((z) => z.id === 'cn-g321090')!;
    expect(suzhou.industries.map((i) => i.name)).toEqual([
      { en: 'electronic information', ja: '電子情報', zh: '电子信息' },
      { en: 'biomedicine', ja: 'バイオ医薬', zh: '生物医药' },
      { en: 'nanotechnology', ja: 'ナノテクノロジー', zh: '纳米技术' },
    ]);
    expect(suzhou.summary).toEqual({
      en: 'National-level economic and technological development zone in Jiangsu Province, approved 1994.02. Leading industries in the 2018 national catalogue: electronic information, biomedicine, nanotechnology.',
      ja: '江蘇省の国家級経済技術開発区（1994.02承認）。2018年版国家目録の主導産業：電子情報、バイオ医薬、ナノテクノロジー。',
      zh: '位于江苏省的国家级经济技术开发区，批准时间1994.02。2018年版目录所列主导产业：电子信息、生物医药、纳米技术。',
    });
  });

  it('says in en and ja that a zone under construction lists no industries yet', () => {
    const yingkou = catalogueZones.find((z) => z.id === 'cn-g213019')!;
    expect(yingkou.industries).toEqual([]);
    expect(yingkou.summary.en).toMatch(/Leading industries in the 2018 national catalogue: under construction \(no industries listed yet\)\.$/);
    expect(yingkou.summary.ja).toMatch(/主導産業：建設中（主導産業未記載）。$/);
    expect(yingkou.summary.zh).toMatch(/主导产业：在建。$/);
  });

  it('writes every catalogue zone summary without Chinese in en and without simplified-only characters in ja', () => {
    expect(catalogueZones.length).toBeGreaterThan(2500);
    expect(catalogueZones.filter((z) => HAN.test(z.summary.en)).map((z) => z.summary.en)).toEqual([]);
    expect(catalogueZones.filter((z) => simplifiedOnly(z.summary.ja).length > 0).map((z) => z.summary.ja)).toEqual([]);
    expect(catalogueZones.flatMap((z) => z.industries).filter((i) => HAN.test(i.name.en) || simplifiedOnly(i.name.ja).length > 0)).toEqual([]);
  });

  it('shows no untranslated Chinese beyond the official zone name in en and ja explanations for the evaluation profiles', () => {
    const index = buildZoneIndex(national);
    const byId = new Map(national.zones.map((z) => [z.id, z]));
    const leftovers: string[] = [];
    let catalogueResults = 0;
    let catalogueIndustries = 0;
    // The seed ranking set and the real investments, each explained in English and Japanese.
    const cases = [...RANKING_SET.map((c) => ({ id: c.id, input: c.profile })), ...PLACEMENTS.map((p) => ({ id: p.id, input: toProfileInput(p) }))];
    for (const c of cases) {
      const profile = normalizeProfile(c.input);
      for (const language of ['en', 'ja'] as const) {
        for (const result of rankZones(index, profile, { limit: 50, language }).results) {
          const zone = byId.get(result.zone.id)!;
          if (zone.program === CATALOGUE_PROGRAM_ID) catalogueResults++;
          // The zone's official Chinese name may appear, and its own Japanese names of places
          // (咸陽 keeps its 咸, which the character table would turn into 鹹).
          const names = [zone.name.zh, ...(language === 'ja' ? [zone.name.ja, zone.location.city.ja, zone.location.county?.ja ?? zone.name.zh] : [])];
          const texts = [
            result.explanation.summary,
            ...result.explanation.matchedIndustries.map((m) => m.industry),
            ...result.explanation.concerns.map((k) => k.message),
          ].map((t) => names.reduce((rest, name) => rest.split(name).join(''), t));
          for (const m of result.explanation.matchedIndustries) {
            const industry = zone.industries.find((i) => i.id === m.industryId);
            if (zone.program === CATALOGUE_PROGRAM_ID && industry) {
              catalogueIndustries++;
              expect(m.industry).toBe(labels.get(industry.name.zh)?.[language]);
            }
          }
          for (const text of texts) {
            const found = language === 'en' ? (text.match(HAN_RUN) ?? []) : simplifiedOnly(text);
            if (found.length > 0) leftovers.push(`${c.id} ${language} ${result.zone.id}: ${found.join(' ')} in "${text}"`);
          }
        }
      }
    }
    // The check saw catalogue zones and their industries, not only seed zones.
    expect(catalogueResults).toBeGreaterThan(RANKING_SET.length);
    expect(catalogueIndustries).toBeGreaterThan(RANKING_SET.length);
    expect(leftovers).toEqual([]);
  });
});
