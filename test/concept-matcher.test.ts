import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../src/catalog/schema.js';
import { buildConceptMatcher } from '../src/engine/concept-matcher.js';
import { normalizeText } from '../src/engine/text.js';

function concept(id: string, labels: [en: string, ja: string, zh: string], synonyms: Partial<Concept['synonyms']> = {}): Concept {
  const [en, ja, zh] = labels;
  return {
    id,
    parent: null,
    labels: { en, ja, zh },
    synonyms: { en: synonyms.en ?? [], ja: synonyms.ja ?? [], zh: synonyms.zh ?? [] },
  };
}

const CONCEPTS: Concept[] = [
  concept('new-energy', ['New energy', '新エネルギー', '新能源']),
  concept('nev', ['New energy vehicles', '新エネルギー自動車', '新能源汽车'], {
    en: ['NEV', 'EV', 'electric vehicle'],
    zh: ['电动汽车'],
  }),
  concept('ai', ['Artificial intelligence', '人工知能', '人工智能'], { en: ['AI'] }),
  concept('ic', ['Integrated circuits', '集積回路', '集成电路'], { en: ['IC'] }),
  concept('semiconductor', ['Semiconductors', '半導体', '半导体']),
  concept('robot', ['Industrial robots', '産業用ロボット', '工业机器人'], {
    en: ['robot'],
    ja: ['ロボット'],
    zh: ['机器人'],
  }),
  concept('xr', ['AR/VR', 'AR/VR', 'AR/VR'], { en: ['augmented reality'] }),
  concept('telecom-5g', ['5G', '5G', '5G']),
  concept('b2b', ['B2B e-commerce', 'B2B電子商取引', 'B2B电子商务'], { en: ['B2B'] }),
  concept('video-8k', ['8K video', '8K映像', '8K视频'], { en: ['8K'] }),
  concept('rnd', ['R&D', '研究開発', '研发']),
  concept('industry-4', ['Industry 4.0', 'インダストリー4.0', '工业4.0']),
  concept('battery', ['Batteries', '電池', '电池'], { en: ['power battery'], zh: ['动力电池'] }),
  concept('energy-storage', ['Energy storage', '蓄電', '储能'], { en: ['power battery'], zh: ['动力电池'] }),
];

const matcher = buildConceptMatcher(CONCEPTS);

/** The matches as compact tuples, easier to read in assertions. */
function detect(text: string): [conceptId: string, matchedText: string, start: number, end: number][] {
  return matcher.detect(text).map((m) => [m.conceptId, m.matchedText, m.start, m.end]);
}

describe('buildConceptMatcher', () => {
  it('counts an entry written the same way in several languages once', () => {
    const single = buildConceptMatcher([concept('xr', ['AR/VR', 'ＡＲ／ＶＲ', 'ar/vr'])]);
    expect(single.entryCount).toBe(1);
  });

  it('ignores entries that are only punctuation', () => {
    const odd = buildConceptMatcher([concept('x', ['...', '。', '!?'])]);
    expect(odd.entryCount).toBe(0);
    expect(odd.detect('... 。 !?')).toEqual([]);
  });

  it('detects nothing with an empty dictionary', () => {
    expect(buildConceptMatcher([]).detect('new energy vehicles')).toEqual([]);
  });
});

describe('detect: Chinese and Japanese', () => {
  it('prefers 新能源汽车 over the shorter 新能源 at the same position', () => {
    expect(detect('新能源汽车和新能源')).toEqual([
      ['nev', '新能源汽车', 0, 5],
      ['new-energy', '新能源', 6, 9],
    ]);
  });

  it('finds Japanese entries inside running Japanese text', () => {
    expect(detect('新エネルギー自動車の電池と半導体')).toEqual([
      ['nev', '新エネルギー自動車', 0, 9],
      ['battery', '電池', 10, 12],
      ['semiconductor', '半導体', 13, 16],
    ]);
  });

  it('matches a CJK entry anywhere inside CJK text, without word boundaries', () => {
    expect(detect('我们生产工业机器人零部件')).toEqual([['robot', '工业机器人', 4, 9]]);
  });

  it('matches Latin entries written next to CJK characters', () => {
    expect(detect('AI芯片与5G基站')).toEqual([
      ['ai', 'ai', 0, 2],
      ['telecom-5g', '5g', 5, 7],
    ]);
  });

  it('matches a short katakana entry only as a whole katakana word', () => {
    const knit = buildConceptMatcher([concept('knitwear', ['Knitwear', 'ニット', '针织'])]);
    const ids = (text: string) => knit.detect(text).map((m) => m.matchedText);
    expect(ids('ニット製品')).toEqual(['ニット']);
    expect(ids('婦人用ニット')).toEqual(['ニット']);
    expect(ids('制御ユニット')).toEqual([]);
    expect(ids('ニットウェア')).toEqual([]);
  });

  it('reads half-width katakana like full-width katakana', () => {
    expect(detect('ｻﾝｷﾞｮｳﾖｳﾛﾎﾞｯﾄ')).toEqual([['robot', 'ロボット', 7, 11]]);
  });
});

describe('detect: English', () => {
  it('matches plurals and inflections through Porter stems', () => {
    expect(detect('We build robots and semiconductors for new energy vehicles.')).toEqual([
      ['robot', 'robots', 9, 15],
      ['semiconductor', 'semiconductors', 20, 34],
      ['nev', 'new energy vehicles', 39, 58],
    ]);
    expect(detect('NEVs and EVs')).toEqual([
      ['nev', 'nevs', 0, 4],
      ['nev', 'evs', 9, 12],
    ]);
  });

  it('prefers the longest English entry at a position', () => {
    expect(detect('new energy vehicle')).toEqual([['nev', 'new energy vehicle', 0, 18]]);
    expect(detect('new energy parks')).toEqual([['new-energy', 'new energy', 0, 10]]);
  });

  it('matches short abbreviations only as whole words', () => {
    // "ai" is inside "said", "ic" inside "electric", "ev" inside "every": none may fire.
    expect(detect('She said every electric vehicle maker uses AI')).toEqual([
      ['nev', 'electric vehicle', 15, 31],
      ['ai', 'ai', 43, 45],
    ]);
    expect(detect('basic music, Levi, 15G, 8KB')).toEqual([]);
  });

  it('matches tokens mixing letters, digits and symbols', () => {
    expect(detect('5G, AR/VR, 8K and B2B; R&D in Industry 4.0')).toEqual([
      ['telecom-5g', '5g', 0, 2],
      ['xr', 'ar/vr', 4, 9],
      ['video-8k', '8k', 11, 13],
      ['b2b', 'b2b', 18, 21],
      ['rnd', 'r&d', 23, 26],
      ['industry-4', 'industry 4.0', 30, 42],
    ]);
  });

  it('lets spaces and hyphens stand for the slash in AR/VR', () => {
    expect(detect('AR VR and AR-VR')).toEqual([
      ['xr', 'ar vr', 0, 5],
      ['xr', 'ar-vr', 10, 15],
    ]);
  });

  it('does not match a multi-word entry across sentence punctuation', () => {
    expect(detect('New energy. Vehicles follow.')).toEqual([['new-energy', 'new energy', 0, 10]]);
    expect(detect('新能源。汽车')).toEqual([['new-energy', '新能源', 0, 3]]);
  });

  it('matches regardless of case and full-width letters', () => {
    expect(detect('ＮＥＷ Energy VEHICLES')).toEqual([['nev', 'new energy vehicles', 0, 19]]);
  });

  it('folds accents so an accented spelling still matches', () => {
    expect(detect('robôts')).toEqual([['robot', 'robôts', 0, 6]]);
  });
});

describe('detect: how companies join and inflect their words', () => {
  const words = buildConceptMatcher([
    concept('automobiles', ['Automobiles', '自動車', '汽车']),
    concept('auto-parts', ['Automotive parts', '自動車部品', '汽车零部件'], { ja: ['エンジン部品', 'EV部品'] }),
    concept('auto-electronics', ['Automotive electronics', '自動車電子', '汽车电子']),
    concept('electronics', ['Electronics', '電子機器', '电子'], { ja: ['鋳造・鍛造'] }),
    concept('dyes', ['Dyes', '染料', '染料']),
    concept('dyeing', ['Dyeing', '染色', '染色'], { en: ['die casting', 'spinning'] }),
    concept('chemicals', ['Chemicals', '化学', '化工']),
    concept('mechatronics', ['Mechatronics', 'メカトロニクス', '光机电一体化']),
  ]);
  const found = (text: string) => words.detect(text).map((m): [string, string] => [m.conceptId, m.matchedText]);

  it('reads の between two nouns as joining them: 自動車の部品 is 自動車部品', () => {
    expect(found('自動車の部品')).toEqual([['auto-parts', '自動車の部品']]);
    expect(found('エンジンの部品と自動車')).toEqual([
      ['auto-parts', 'エンジンの部品'],
      ['automobiles', '自動車'],
    ]);
  });

  it('joins only across a の written directly between Han or katakana characters', () => {
    // After Latin letters, or with spaces around it, the の is not a join.
    expect(found('EVの部品')).toEqual([]);
    expect(found('自動車 の 部品')).toEqual([['automobiles', '自動車']]);
    // A の that leads to no longer entry leaves the shorter match as it was.
    expect(found('自動車の販売')).toEqual([['automobiles', '自動車']]);
  });

  it('reads ・ as a list separator, as 、 is', () => {
    // 自動車・電子機器 is "cars and electronics", not 自動車電子 (automotive electronics).
    expect(found('自動車・電子機器')).toEqual([
      ['automobiles', '自動車'],
      ['electronics', '電子機器'],
    ]);
    // An entry written with ・ still matches the same words listed with ・ or 、.
    expect(found('鋳造・鍛造と鋳造、鍛造')).toEqual([
      ['electronics', '鋳造・鍛造'],
      ['electronics', '鋳造、鍛造'],
    ]);
  });

  it('keeps process words apart from the product words Porter merges them with', () => {
    expect(found('dyeing of fabrics with reactive dyes')).toEqual([
      ['dyeing', 'dyeing'],
      ['dyes', 'dyes'],
    ]);
    // A plural keeps the process's key; the verb it shares a stem with does not reach it.
    expect(found('die castings')).toEqual([['dyeing', 'die castings']]);
    expect(found('a spin-off of a spinning mill')).toEqual([['dyeing', 'spinning']]);
  });

  it('reads 一体化工厂 as an integrated plant, not as 化工 (chemicals)', () => {
    expect(found('一体化工厂')).toEqual([]);
    expect(found('化工园区的一体化工厂')).toEqual([['chemicals', '化工']]);
    // An entry that starts earlier and holds the word still matches.
    expect(found('光机电一体化工程')).toEqual([['mechatronics', '光机电一体化']]);
  });
});

describe('detect: results', () => {
  it('returns every concept of an entry shared by several concepts, ordered by id', () => {
    expect(detect('power batteries')).toEqual([
      ['battery', 'power batteries', 0, 15],
      ['energy-storage', 'power batteries', 0, 15],
    ]);
    expect(detect('动力电池')).toEqual([
      ['battery', '动力电池', 0, 4],
      ['energy-storage', '动力电池', 0, 4],
    ]);
  });

  it('reports offsets into the normalized text, where matchedText sits', () => {
    const text = '  Our   ＡＩ\u3000team builds  ROBOTS ';
    const normalized = normalizeText(text);
    expect(normalized).toBe('our ai team builds robots');
    const matches = matcher.detect(text);
    expect(matches).toEqual([
      { conceptId: 'ai', matchedText: 'ai', start: 4, end: 6 },
      { conceptId: 'robot', matchedText: 'robots', start: 19, end: 25 },
    ]);
    for (const m of matches) expect(normalized.slice(m.start, m.end)).toBe(m.matchedText);
  });

  it('returns nothing for empty and whitespace-only text', () => {
    expect(matcher.detect('')).toEqual([]);
    expect(matcher.detect(' \t\n\u3000 ')).toEqual([]);
  });

  it('does not throw on emoji, lone surrogates or NUL', () => {
    expect(detect('🤖\ud800robot\u0000\udc00ロボット🚗')).toEqual([
      ['robot', 'robot', 3, 8],
      ['robot', 'ロボット', 10, 14],
    ]);
  });

  it('gives the same matches whatever the order of the concept list', () => {
    const reversed = buildConceptMatcher([...CONCEPTS].reverse());
    const text = 'power batteries, 动力电池, 新能源汽车 and AI robots';
    expect(reversed.detect(text)).toEqual(matcher.detect(text));
  });

  it('never throws, and every matchedText is the slice of the normalized text at its offsets', () => {
    const words = ['新能源', '汽车', 'new', 'energy', 'vehicles', 'ai', 'r&d', '4.0', 'ＡＩ', 'ﾛﾎﾞｯﾄ', '5g', 'é'];
    const unit = fc.oneof(
      fc.constantFrom(...words, ' ', '.', '、', '/', '\u00ad', '\u3000'),
      // Any UTF-16 code unit, lone surrogates and NUL included.
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      // Characters outside the BMP (emoji, CJK extension B).
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const normalized = normalizeText(text);
        let previousEnd = 0;
        for (const m of matcher.detect(text)) {
          if (normalized.slice(m.start, m.end) !== m.matchedText || m.start >= m.end) return false;
          // Matches never overlap; an entry shared by several concepts repeats the same span.
          if (m.start < previousEnd && m.end !== previousEnd) return false;
          previousEnd = m.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

// The real taxonomy is reviewed data written separately; this checks it only once it exists.
const TAXONOMY_DIR = join(import.meta.dirname, '..', 'seeds', 'taxonomy');
const taxonomyFiles = existsSync(TAXONOMY_DIR) ? readdirSync(TAXONOMY_DIR).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(taxonomyFiles.length === 0)('detect with the seeded taxonomy', () => {
  const seeded = buildConceptMatcher(
    taxonomyFiles.flatMap((f) => (JSON.parse(readFileSync(join(TAXONOMY_DIR, f), 'utf8')) as { concepts: Concept[] }).concepts),
  );
  const ids = (text: string) => [...new Set(seeded.detect(text).map((m) => m.conceptId))];
  /** Each row's en, ja and zh words read as exactly the row's concept. */
  const expectEachReadAs = (rows: [concept: string, en: string, ja: string, zh: string][]) => {
    for (const [concept, ...texts] of rows) {
      for (const text of texts) expect([text, ids(text)]).toEqual([text, [concept]]);
    }
  };

  it('detects nev for 新エネルギー自動車, 新能源汽车 and "new energy vehicles"', () => {
    for (const text of ['新エネルギー自動車', '新能源汽车', 'new energy vehicles']) {
      expect(ids(text)).toContain('nev');
    }
  });

  it('reads a spinning, weaving and dyeing mill as textiles in all three languages', () => {
    for (const text of ['Textile manufacturing: spinning, weaving and dyeing', '繊維製造：紡績・織布・染色', '纺织制造：纺纱、织布、印染']) {
      expect(ids(text)).toEqual(['textiles-apparel', 'home-textiles']);
    }
    expect(ids('染色')).toEqual(['home-textiles']);
    expect(ids('dyeing')).toEqual(['home-textiles']);
    expect(ids('織布')).toEqual(['textiles-apparel']);
    expect(ids('綿織物')).toEqual(['textiles-apparel']);
    expect(ids('cotton fabric weaving')).toEqual(['textiles-apparel']);
  });

  it('reads each manufacturing process as the same concept in en, ja and zh', () => {
    expectEachReadAs([
      ['textiles-apparel', 'spinning', '紡績', '纺纱'],
      ['textiles-apparel', 'weaving', '織布', '织布'],
      ['apparel', 'knitting', '編立', '针织'],
      ['home-textiles', 'dyeing and finishing', '染色整理', '染整'],
      ['home-textiles', 'textile printing', '捺染', '印花加工'],
      ['metal-casting', 'metal stamping', 'プレス加工', '冲压'],
      ['metal-casting', 'casting', '鋳造', '铸造'],
      ['metal-casting', 'forging', '鍛造', '锻造'],
      ['metal-casting', 'die casting', 'ダイカスト', '压铸'],
      ['general-machinery', 'precision machining', '切削加工', '机加工'],
      ['rubber-plastics', 'injection moulding', '射出成形', '注塑'],
      ['metal-products', 'heat treatment', '熱処理', '热处理'],
      ['metal-products', 'surface treatment', '表面処理', '表面处理'],
      ['metal-products', 'electroplating', 'めっき', '电镀'],
      ['metal-products', 'welding', '溶接', '焊接'],
      ['pcb', 'PCB assembly', '基板実装', '贴片'],
      ['pcb', 'SMT', '表面実装', 'SMT贴片'],
    ]);
  });

  it('lets a product word lead to the parts concept of what precedes it, and to nothing alone', () => {
    for (const text of ['automotive components', '自動車の部品', '汽车零部件']) expect(ids(text)).toEqual(['auto-parts']);
    for (const text of ['battery modules', '電池モジュール', '电池模组']) expect(ids(text)).toEqual(['nev-batteries']);
    for (const text of ['power modules', 'パワーモジュール', '功率模块']) expect(ids(text)).toEqual(['power-semiconductors']);
    const productWords = [
      'parts',
      'components',
      'modules',
      'assemblies',
      'units',
      '部品',
      '部材',
      'モジュール',
      'ユニット',
      '零部件',
      '零件',
      '部件',
      '配件',
      '组件',
      '模组',
      '模块',
      '总成',
    ];
    for (const word of productWords) expect([word, ids(word)]).toEqual([word, []]);
  });

  it('reads the same words as the same concept in en, ja and zh', () => {
    expectEachReadAs([
      ['apparel', 'apparel brands', 'アパレルブランド', '服装品牌'],
      ['apparel', 'fully fashioned knitting', '成型編み', '全成型'],
      ['aerospace-equipment', 'landing gear', '降着装置', '起落架'],
      ['aerospace-equipment', 'commercial aircraft', '航空機', '民用飞机'],
      ['aluminium', 'aluminium alloy', 'アルミ合金', '铝合金'],
      ['auto-parts', 'body-in-white', 'ホワイトボディ', '白车身'],
      ['consumer-electronics', 'electrical products', '電気製品', '电器产品'],
      ['general-machinery', '5-axis machining', '5軸加工', '五轴加工'],
      ['general-machinery', 'CNC woodworking', 'NC木工', '数控木工'],
      ['ic-manufacturing', 'wafer fabs', '半導体工場', '晶圆厂'],
      ['retail-wholesale', 'convenience stores', 'コンビニ', '便利店'],
      ['testing-certification', 'management system certification', 'マネジメントシステム認証', '管理体系认证'],
      ['processing-trade', 'cut, make and trim', 'CMT', '来料加工'],
      ['pumps-valves', 'hydraulic valves', '油圧バルブ', '液压阀'],
      ['metal-products', 'sheet metal fabrication', '板金加工', '钣金加工'],
      ['electrical-equipment', 'inverters', 'インバーター', '逆变器'],
      ['printing-packaging', 'corrugated boxes', '段ボール', '瓦楞纸箱'],
      ['automobiles', 'heavy-duty trucks', '大型トラック', '重卡'],
      ['consumer-electronics', 'washing machines', '洗濯機', '洗衣机'],
      ['fine-chemicals', 'adhesives', '接着剤', '胶粘剂'],
      ['optoelectronics', 'optical devices', '光デバイス', '光器件'],
      ['precision-instruments', 'testing equipment', '試験装置', '检测设备'],
      ['medical-devices', 'contact lenses', 'コンタクトレンズ', '隐形眼镜'],
      ['textiles-apparel', 'nonwovens', '不織布', '无纺布'],
      ['food', 'seasonings', '調味料', '调味品'],
    ]);
    // A machine-tool maker still names its machines.
    for (const text of ['CNC machine tools', 'NC工作機械', '数控机床']) expect(ids(text)).toEqual(['cnc-machine-tools']);
  });

  it('reads no industry into words every company uses: training, medical, importing, alloy, listing', () => {
    for (const text of ['培训', '医療', '医疗', '輸入', '进口', '合金', '上場']) expect([text, ids(text)]).toEqual([text, []]);
    // The industries themselves are still named.
    expect(ids('培训服务')).toEqual(['education']);
    expect(ids('职业培训')).toEqual(['vocational-training']);
    expect(ids('医疗服务')).toEqual(['healthcare-services']);
    expect(ids('进口商品')).toEqual(['import-trade']);
  });

  it('reads a word that names both the material or part and the process as both concepts', () => {
    for (const text of ['aluminium die casting', 'アルミダイカスト', '铝合金压铸']) expect([text, ids(text)]).toEqual([text, ['aluminium', 'metal-casting']]);
    for (const text of ['automotive stampings', '自動車用プレス部品', '车身冲压件']) expect([text, ids(text)]).toEqual([text, ['auto-parts', 'metal-casting']]);
    for (const text of ['hot forging', '熱間鍛造', '热锻']) expect([text, ids(text)]).toEqual([text, ['metal-casting']]);
  });

  it('reads die and dies alike, as Porter does not', () => {
    expect(ids('progressive die stamping')).toEqual(['molds-dies', 'metal-casting']);
    expect(ids('progressive dies')).toEqual(['molds-dies']);
  });

  it('keeps bearings and fabrics apart from bear and fabrication', () => {
    expect(ids('bearings')).toEqual(['bearings-basic-parts']);
    expect(ids('we bear the cost')).toEqual([]);
    expect(ids('fabrics')).toEqual(['textiles-apparel']);
    expect(ids('metal fabrication')).toEqual(['metal-products']);
  });

  it('keeps animation, fertilizer and painting apart from animal, fertility and paints', () => {
    expect(ids('animation')).toEqual(['animation-games']);
    expect(ids('animal feed')).toEqual(['feed']);
    expect(ids('fertilizers')).toEqual(['agrochemicals']);
    expect(ids('fertility clinics')).toEqual([]);
    expect(ids('painting line')).toEqual([]);
    expect(ids('paints')).toEqual(['coatings-dyes']);
  });

  it('reads engine as an engine, not as engineering, and a search engine as neither', () => {
    expect(ids('engine parts')).toEqual(['engines-powertrain']);
    expect(ids('engineering parts')).toEqual([]);
    for (const text of ['search engine', '検索エンジン', 'game engine']) expect([text, ids(text)]).toEqual([text, []]);
    expect(ids('エンジン部品')).toEqual(['engines-powertrain']);
    // A harness for the engine room is a harness, not an engine part.
    for (const text of ['エンジンルーム用ハーネス', '发动机舱线束']) expect([text, ids(text).includes('engines-powertrain')]).toEqual([text, false]);
  });
});
