/**
 * China's foreign-investment negative list: a foreign company whose sector, products or ISIC code
 * fall under a measure is warned, once at the top of the answer and as a concern on every result;
 * a mainland Chinese company never is. The mapping is seeds/negative-list.json.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { loadNegativeList } from '../src/catalog/negative-list.js';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { isForeignInvestor } from '../src/engine/negative-list.js';
import type { Language } from '../src/catalog/schema.js';
import { normalizeProfile } from '../src/services/profile-normalizer.js';
import type { ProfileInput } from '../src/schemas/recommendation-dto.js';

const catalog = loadCatalog();
const index = buildZoneIndex(catalog);
const list = loadNegativeList();

const rank = (profile: ProfileInput, language: Language = 'en', limit = 5) => rankZones(index, normalizeProfile(profile), { limit, language });
const measuresOf = (profile: ProfileInput) => rank(profile).warnings.map((w) => w.measure);

const named = {
  // ISIC 6910 is legal activities: measure 14 bars foreign investment in Chinese legal affairs.
  legal: { name: 'Baker & Lane LLP', sector: 'Legal services for cross-border M&A', country: 'US', isic: '6910' },
  // Measure 17 bars developing and applying human stem cell and gene diagnosis/therapy technology.
  gene: { name: '大阪ジーンセラピー株式会社', sector: '遺伝子治療薬の研究開発', country: 'JP', products: ['AAVベクター遺伝子治療薬'] },
  // Measure 23 bars investment in news organisations, news agencies included.
  news: { name: 'Korea Press Wire', sector: 'News agency', country: 'KR', products: ['newswire service'] },
} satisfies Record<string, ProfileInput>;

describe('the negative-list seed', () => {
  it('covers all 29 measures of the 2024 list, the 22 transcribed ones with the CSV wording and the seven missing ones as topics', () => {
    expect(list.measures.map((m) => m.measure)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(list.measures.filter((m) => !m.transcribed).map((m) => m.measure)).toEqual([9, 10, 11, 12, 19, 21, 22]);
    expect(catalog.negativeList?.measures).toHaveLength(29);
  });

  it('gives every measure something to match in each language', () => {
    for (const m of list.measures) {
      for (const language of ['en', 'ja', 'zh'] as const) expect(m.appliesTo.keywords[language].length, `measure ${m.measure} ${language}`).toBeGreaterThan(0);
    }
  });
});

describe('the three named cases', () => {
  it('warns a US legal-services company that measure 14 prohibits foreign investment in Chinese legal affairs', () => {
    const answer = rank(named.legal);
    expect(answer.warnings).toHaveLength(1);
    expect(answer.warnings[0]).toEqual({
      code: 'NEGATIVE_LIST_PROHIBITED',
      measure: 14,
      kind: 'prohibited',
      transcribed: true,
      text: 'Foreign investment in Chinese legal affairs is prohibited, except for providing information on the impact of the Chinese legal environment; foreign investors may not become partners in domestic law firms.',
      message:
        "China's 2024 foreign-investment negative list, measure 14 (Chinese legal services), prohibits foreign investment in what you do: Foreign investment in Chinese legal affairs is prohibited, except for providing information on the impact of the Chinese legal environment; foreign investors may not become partners in domestic law firms.",
      matchedBy: { field: 'sector', text: 'legal services' },
      source: { doc: 'negative-list-2024.csv', section: '七、租赁和商务服务业' },
    });
  });

  it('warns a Japanese gene-therapy developer, in Japanese, that measure 17 prohibits it', () => {
    const [warning, ...rest] = rank(named.gene, 'ja').warnings;
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      code: 'NEGATIVE_LIST_PROHIBITED',
      measure: 17,
      transcribed: true,
      text: 'ヒト幹細胞、遺伝子診断及び遺伝子治療技術の開発と応用への投資を禁止する。',
    });
    expect(warning!.message).toBe(
      '中国の外商投資参入ネガティブリスト（2024年版）第17項は、貴社の事業分野への外資の投資を禁止しています：ヒト幹細胞、遺伝子診断及び遺伝子治療技術の開発と応用への投資を禁止する。',
    );
  });

  it('warns a Korean news agency, in Chinese with the official wording, that measure 23 prohibits it', () => {
    const [warning, ...rest] = rank(named.news, 'zh').warnings;
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      code: 'NEGATIVE_LIST_PROHIBITED',
      measure: 23,
      text: '禁止投资新闻机构（包括但不限于通讯社）。',
      source: { doc: 'negative-list-2024.csv', section: '十一、文化、体育和娱乐业' },
    });
  });

  it.for(Object.entries(named))('gives the same %s company no warning when it is Chinese', ([, profile]) => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      const answer = rank({ ...profile, country: 'CN' }, language);
      expect(answer.warnings).toEqual([]);
      for (const result of answer.results) expect(result.explanation.concerns.map((c) => c.code)).not.toContain('NEGATIVE_LIST_PROHIBITED');
    }
  });

  it('repeats the warning as the first concern of every result', () => {
    const answer = rank(named.news, 'en', 10);
    expect(answer.results.length).toBe(10);
    for (const result of answer.results) {
      expect(result.explanation.concerns[0]).toEqual({
        code: 'NEGATIVE_LIST_PROHIBITED',
        message: answer.warnings[0]!.message,
        source: answer.warnings[0]!.source,
      });
    }
  });
});

describe('every measure', () => {
  // A profile whose sector is one of the measure's own keywords falls under that measure and no other.
  const cases = list.measures.flatMap((m) =>
    (['en', 'ja', 'zh'] as const).flatMap((language) => m.appliesTo.keywords[language].map((keyword) => ({ measure: m.measure, language, keyword }))),
  );
  it.for(cases)('measure $measure is triggered by the $language keyword "$keyword" alone', ({ measure, keyword }) => {
    expect(measuresOf({ name: 'Co', sector: keyword, country: 'US' })).toEqual([measure]);
    expect(measuresOf({ name: 'Co', sector: 'Business', products: [keyword], country: 'US' })).toEqual([measure]);
  });

  const isicCases = list.measures.flatMap((m) => m.appliesTo.isic.map((isic) => ({ measure: m.measure, isic: isic.length === 2 ? `${isic}10` : isic })));
  it.for(isicCases)('measure $measure is triggered by ISIC $isic', ({ measure, isic }) => {
    const expected = list.measures.filter((m) => m.appliesTo.isic.some((code) => isic.startsWith(code))).map((m) => m.measure);
    expect(expected).toContain(measure);
    expect(measuresOf({ name: 'Co', sector: 'Business', isic, country: 'US' })).toEqual(expected);
  });

  const conceptCases = list.measures.flatMap((m) => m.appliesTo.concepts.map((concept) => ({ measure: m.measure, concept })));
  it.for(conceptCases)('measure $measure is triggered by the concept $concept, named by its label in any language', ({ measure, concept }) => {
    const labels = catalog.concepts.find((c) => c.id === concept)!.labels;
    for (const label of Object.values(labels)) expect(measuresOf({ name: 'Co', sector: label, country: 'US' })).toContain(measure);
  });

  it('marks the seven missing measures as topics, never as the official wording', () => {
    const answer = rank({ name: 'Sky Connect', sector: 'passenger airline', country: 'SG' });
    expect(answer.warnings).toHaveLength(1);
    expect(answer.warnings[0]).toMatchObject({ measure: 9, code: 'NEGATIVE_LIST_RESTRICTED', transcribed: false });
    expect(answer.warnings[0]!.message).toContain('Its wording is not transcribed here');
  });
});

describe('no false alarms', () => {
  const ordinary: ProfileInput[] = [
    {
      name: 'Stuttgart Brakes GmbH',
      sector: 'Automotive parts manufacturing',
      country: 'DE',
      isic: '2930',
      products: ['brake systems', 'steering components'],
    },
    { name: '東海精工', sector: '自動車部品（ブレーキ・ステアリング部品）', country: 'JP', products: ['ブレーキキャリパー'] },
    { name: 'Cloudwise Inc.', sector: 'Enterprise software development', country: 'US', isic: '6201', products: ['ERP software', 'cloud services'] },
    { name: 'Gamesoft', sector: 'Software publishing', country: 'US', isic: '5820' },
    { name: '软件外包', sector: '软件和信息技术服务', country: 'SG', products: ['软件开发', '系统集成'] },
    { name: 'Magnetics AG', sector: 'Rare-earth permanent magnets', country: 'DE', products: ['NdFeB magnets'] },
    { name: 'Valve Co', sector: 'Industrial valves', country: 'FR', products: ['valves for nuclear power plants'] },
    { name: 'Settop', sector: 'Consumer electronics', country: 'KR', products: ['cable TV set-top boxes', 'satellite receivers'] },
    { name: '精密測量', sector: '測量機器の製造', country: 'JP', products: ['レーザー測距儀'] },
    { name: 'Seat Co', sector: 'Aircraft interiors', country: 'DE', products: ['airline seats'] },
    { name: 'BioChem', sector: 'Pharmaceutical CDMO: contract development and manufacturing of APIs', country: 'JP' },
    { name: 'Seed Co', sector: 'Vegetable seeds', country: 'NL', products: ['tomato seeds'] },
  ];
  it.for(ordinary.map((p) => [p.name, p] as const))('gives %s no warning', ([, profile]) => {
    expect(rank(profile).warnings).toEqual([]);
  });
});

describe('who counts as a foreign investor', () => {
  it('treats mainland China as domestic and Hong Kong, Macao, Taiwan and every other country (or none given) as foreign', () => {
    expect(isForeignInvestor('CN')).toBe(false);
    for (const country of ['HK', 'MO', 'TW', 'JP', 'US', undefined]) expect(isForeignInvestor(country)).toBe(true);
    expect(measuresOf({ ...named.news, country: 'HK' })).toEqual([23]);
  });
});

describe('explanation texts', () => {
  it('never name a document by its file name or a country by its ISO code, warnings included', () => {
    const profiles: ProfileInput[] = [
      named.legal,
      named.gene,
      named.news,
      { name: 'Sky', sector: 'passenger airline', country: 'SG', needs: ['land', 'talent'] },
    ];
    for (const profile of profiles) {
      for (const language of ['en', 'ja', 'zh'] as const) {
        const answer = rank(profile, language, 10);
        const texts = [
          ...answer.warnings.flatMap((w) => [w.message, w.text]),
          ...answer.results.flatMap((r) => [
            r.explanation.summary,
            ...r.explanation.evidence.map((e) => e.message),
            ...r.explanation.concerns.map((c) => c.message),
            ...r.explanation.applicableIncentives.map((i) => i.why),
            ...r.explanation.notEligible.map((n) => n.reason),
          ]),
        ];
        for (const text of texts) {
          expect(text, text).not.toMatch(/\.(txt|csv)\b|[0-9]{3}_[0-9a-f]{16}/);
          expect(text, text).not.toMatch(/(^|[^A-Za-z])(JP|US|HK|KR|SG|CN)([^A-Za-z]|$)/);
        }
      }
    }
  });
});
