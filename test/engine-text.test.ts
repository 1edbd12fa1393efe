import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeText, stemWord, tokenize, tokenizeWords } from '../src/engine/text.js';
import { RANKING_SET } from './ranking-set/profiles.js';

describe('normalizeText', () => {
  it('turns full-width Latin letters and digits into ASCII', () => {
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
  });

  it('turns half-width katakana into full-width katakana, voicing marks included', () => {
    expect(normalizeText('ﾛﾎﾞｯﾄ')).toBe('ロボット');
  });

  it('lower-cases Latin text', () => {
    expect(normalizeText('New ENERGY Vehicles')).toBe('new energy vehicles');
  });

  it('collapses every kind of whitespace to one space and trims the ends', () => {
    expect(normalizeText('  solar\t\npanels\u3000and\u00a0wind  ')).toBe('solar panels and wind');
  });

  it('removes soft hyphens and zero-width spaces that would split a word', () => {
    expect(normalizeText('semi\u00adcon\u200bductor')).toBe('semiconductor');
  });

  it('returns an empty string for empty and whitespace-only input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \t\n\u3000 ')).toBe('');
  });

  it('does not throw on emoji, lone surrogates or NUL', () => {
    expect(normalizeText('🤖 \ud800X\u0000')).toBe('🤖 \ud800x\u0000');
  });
});

describe('foldDiacritics', () => {
  it('replaces accented Latin letters by their base letter and keeps the length', () => {
    const folded = foldDiacritics('électrique façade');
    expect(folded).toBe('electrique facade');
    expect(folded.length).toBe('électrique façade'.length);
  });

  it('leaves letters without a one-letter base alone', () => {
    expect(foldDiacritics('straße øre')).toBe('straße øre');
  });
});

describe('stemWord', () => {
  it('reduces plurals and inflections to the same Porter stem', () => {
    expect(stemWord('vehicles')).toBe(stemWord('vehicle'));
    expect(stemWord('robots')).toBe('robot');
    expect(stemWord('semiconductors')).toBe('semiconductor');
  });

  it('leaves mixed letter-digit tokens unchanged', () => {
    expect(['5g', 'b2b', '8k'].map(stemWord)).toEqual(['5g', 'b2b', '8k']);
  });
});

describe('tokenize', () => {
  it('stems English words and drops English stop words', () => {
    expect(tokenize('The Semiconductors and robots are being manufactured')).toEqual(['semiconductor', 'robot', 'manufactur']);
  });

  it('returns nothing for a text made only of stop words', () => {
    expect(tokenize('of the and to with')).toEqual([]);
  });

  it('keeps mixed letter-digit tokens and splits on slashes', () => {
    expect(tokenize('AR/VR, 5G and B2B 8K')).toEqual(['ar', 'vr', '5g', 'b2b', '8k']);
  });

  it('reads full-width Latin text like ASCII', () => {
    expect(tokenize('ＲＯＢＯＴＳ')).toEqual(['robot']);
  });

  it('folds accents before tokenizing so accented words stay whole', () => {
    expect(tokenize('Électrique café')).toEqual(['electriqu', 'cafe']);
  });

  it('keeps 半導体 as one word and adds its character bigrams', () => {
    expect(tokenize('半導体')).toEqual(['半導体', '半導', '導体']);
  });

  it('segments 集成电路 at a word boundary, never inside a word', () => {
    const terms = tokenize('集成电路');
    // ICU's dictionary gives 集成|电路; the bigram 成电 comes from the fallback.
    expect(terms).toEqual(expect.arrayContaining(['集成', '电路', '成电']));
    expect(terms).not.toContain('集');
    expect(terms).not.toContain('路');
  });

  it('segments a Japanese run with the Japanese segmenter and drops particles', () => {
    // の is a stop word; bigrams holding hiragana (車の, の電) are grammar and skipped;
    // 電池 is already a two-character word, so its bigram is not repeated.
    expect(tokenize('新エネルギー自動車の電池')).toEqual([
      '新',
      'エネルギー',
      '自動車',
      '電池',
      '新エ',
      'エネ',
      'ネル',
      'ルギ',
      'ギー',
      'ー自',
      '自動',
      '動車',
    ]);
  });

  it('adds bigrams so that a word the segmenter splits still yields a shared term', () => {
    // The segmenter cuts 芯片 (chip) into 芯|片; only the bigram keeps the word.
    const terms = tokenize('人工智能芯片');
    expect(terms).toContain('芯片');
    expect(tokenize('芯片设计')).toContain('芯片');
  });

  it('normalizes half-width katakana before segmenting', () => {
    expect(tokenize('ﾛﾎﾞｯﾄ')).toEqual(tokenize('ロボット'));
  });

  it('keeps characters outside the Basic Multilingual Plane whole in bigrams', () => {
    expect(tokenize('𠮷野家')).toContain('𠮷野');
  });

  it('handles text mixing English, Chinese and Japanese', () => {
    expect(tokenize('AI chips 半導体')).toEqual(['ai', 'chip', '半導体', '半導', '導体']);
  });

  it('returns nothing for empty and whitespace-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u3000')).toEqual([]);
  });

  it('does not throw on emoji, lone surrogates or NUL', () => {
    expect(tokenize('🤖\ud800robots\u0000\udc00車')).toEqual(['robot', '車']);
  });
});

describe('tokenizeWords', () => {
  it('gives each term the first word it came from, normalized but not stemmed', () => {
    const { terms, surfaces } = tokenizeWords('Battery Packs, AR/VR and 半導体の設計');
    expect(terms).toEqual(tokenize('Battery Packs, AR/VR and 半導体の設計'));
    expect(surfaces.get('batteri')).toBe('battery');
    expect(surfaces.get('pack')).toBe('packs');
    expect(surfaces.get('vr')).toBe('ar/vr');
    expect(surfaces.get('半導体')).toBe('半導体の設計');
  });

  // analyzeProfile counts the terms of tokenizeWords instead of tokenize: they must never differ.
  it('gives exactly the terms of tokenize for every text of the ranking set', () => {
    const texts = RANKING_SET.flatMap(({ profile: p }) => [p.sector, p.description ?? '', ...(p.technologies ?? []), ...(p.products ?? [])]);
    for (const text of texts) expect(tokenizeWords(text).terms).toEqual(tokenize(text));
  });

  it('gives exactly the terms of tokenize for random text mixing scripts, punctuation and invisible characters', () => {
    const pieces = [...'aé_Z9 -+/.&,、。・ー〆々半導体電池のとカタカナ⺀①½Ⅻёб\u00ad\u200b\t\u3000ＡＢ１ｶﾀﾞ', '𠮷', 'c++', 'ar/vr', '5g通信'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenizeWords(t).terms).toEqual(tokenize(t));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
        expect(tokenizeWords(t).terms).toEqual(tokenize(t));
      }),
      { numRuns: 3000 },
    );
  });
});
