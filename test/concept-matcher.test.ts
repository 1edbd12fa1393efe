import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../src/catalog/schema.js';
import { buildConceptMatcher } from '../src/engine/concept-matcher.js';
import { normalizeText } from '../src/engine/text.js';

function concept(
  id: string,
  labels: [en: string, ja: string, zh: string],
  synonyms: Partial<Concept['synonyms']> = {},
): Concept {
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
  it('detects nev for 新エネルギー自動車, 新能源汽车 and "new energy vehicles"', () => {
    const concepts = taxonomyFiles.flatMap(
      (f) => (JSON.parse(readFileSync(join(TAXONOMY_DIR, f), 'utf8')) as { concepts: Concept[] }).concepts,
    );
    const seeded = buildConceptMatcher(concepts);
    for (const text of ['新エネルギー自動車', '新能源汽车', 'new energy vehicles']) {
      expect(seeded.detect(text).map((m) => m.conceptId)).toContain('nev');
    }
  });
});
