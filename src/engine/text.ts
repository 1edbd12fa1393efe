/**
 * Text analysis shared by the TF-IDF index and the concept matcher: one normalization for every
 * language, and a script-aware tokenizer (stemmed English words; dictionary words plus character
 * bigrams for Chinese and Japanese, which are written without spaces).
 */
import { createRequire } from 'node:module';

// natural's modules are CommonJS. Requiring the individual files avoids the package index, which
// loads storage back-ends and runs dotenv (it would inject any `.env` into process.env).
const require = createRequire(import.meta.url);
const porterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(token: string): string;
};
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};
const stopwordLists = {
  en: require('natural/lib/natural/util/stopwords.js') as { words: string[] },
  ja: require('natural/lib/natural/util/stopwords_ja.js') as { words: string[] },
  zh: require('natural/lib/natural/util/stopwords_zh.js') as { words: string[] },
};

// Copied into sets at load time: natural's lists are shared mutable arrays (addStopWord).
const STOP_WORDS_EN: ReadonlySet<string> = new Set(stopwordLists.en.words);
const STOP_WORDS_JA: ReadonlySet<string> = new Set(stopwordLists.ja.words);
const STOP_WORDS_ZH: ReadonlySet<string> = new Set(stopwordLists.zh.words);

const wordTokenizer = new WordTokenizer();
const segmenterJa = new Intl.Segmenter('ja', { granularity: 'word' });
const segmenterZh = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Characters of the scripts written without spaces. ー (prolonged sound mark) and 〆 belong to the
 * Common script but only ever occur inside Japanese words; 々 and 〇 are already Han.
 */
export const CJK_CHAR_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー〆';
const CJK_RUN = new RegExp(`[${CJK_CHAR_CLASS}]+`, 'gu');
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}ー]/u;
const HIRAGANA = /\p{sc=Hiragana}/u;

// Invisible characters that would otherwise split a word ("semi\u00ADconductor").
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
const WHITESPACE = /\s+/g;

/**
 * Normalizes text for matching: Unicode NFKC (full-width Latin and digits become ASCII,
 * half-width katakana becomes full-width), lower case, soft hyphens and zero-width spaces removed,
 * every run of whitespace collapsed to one space, and the ends trimmed.
 * Offsets reported by the concept matcher refer to this form of the text.
 */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const ACCENTED_LATIN_ALL = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const foldedChars = new Map<string, string>();

/**
 * Replaces accented Latin letters by their base letter ("é" → "e") so that "électrique" reads as
 * one word for natural's ASCII tokenizer. The result has exactly the length of the input, so
 * offsets found in it are offsets into the input; letters without a one-letter base (ß, ø, æ)
 * are left as they are.
 */
export function foldDiacritics(s: string): string {
  if (!ACCENTED_LATIN.test(s)) return s;
  return s.replace(ACCENTED_LATIN_ALL, (c) => {
    let folded = foldedChars.get(c);
    if (folded === undefined) {
      const base = c.normalize('NFD').charAt(0);
      folded = /^[a-zA-Z]$/.test(base) ? base : c;
      foldedChars.set(c, folded);
    }
    return folded;
  });
}

// The stemmer is the costliest step of matching (~1.5 µs a word); words repeat a lot across
// profiles and zone texts. Bounded so that arbitrary input cannot grow memory without limit.
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/**
 * The Porter stem of one lower-case English word ("vehicles" → "vehicl"). Tokens such as "5g" or
 * "b2b" come back unchanged. Memoized; the result depends only on the word.
 */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = porterStemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * Splits text into index terms for TF-IDF. The text is normalized first; then
 * - Latin and digit stretches go through natural's word tokenizer, lose English stop words and
 *   are Porter-stemmed ("Semiconductors" → "semiconductor", "AR/VR" → "ar", "vr");
 * - each run of Han or kana gives the words `Intl.Segmenter` finds (locale `ja` when the run holds
 *   kana, `zh` otherwise; Japanese or Chinese stop words dropped) followed by its character
 *   bigrams, so that texts segmented differently still share terms. A bigram that is also a
 *   segmented word is not repeated, and bigrams holding hiragana are skipped: in Japanese
 *   business text hiragana is mostly grammar (particles, verb endings), and the few words written
 *   in it still come through the segmenter.
 * Terms come out in text order, repeats included (they are term counts).
 */
export function tokenize(s: string): string[] {
  const terms: string[] = [];
  tokenizeNormalized(normalizeText(s), terms);
  return terms;
}

/** Appends the terms of already normalized text. */
function tokenizeNormalized(normalized: string, terms: string[]): void {
  const text = foldDiacritics(normalized);
  let last = 0;
  for (const run of text.matchAll(CJK_RUN)) {
    addLatinTerms(text.slice(last, run.index), terms);
    addCjkTerms(run[0], terms);
    last = run.index + run[0].length;
  }
  addLatinTerms(text.slice(last), terms);
}

/**
 * A word as a reader sees it: letters, digits and the CJK scripts, joined by `+ & / . -`
 * ("c++", "ar/vr", "5g通信"). Every character the tokenizer keeps is inside one, so the words'
 * terms, concatenated, are the text's terms.
 */
const WORD = new RegExp(`[\\p{L}\\p{N}_${CJK_CHAR_CLASS}][\\p{L}\\p{N}_+&/.${CJK_CHAR_CLASS}-]*`, 'gu');

/** The terms of a text, each with the first word (normalized, not stemmed) it came from. */
export interface WordTerms {
  /** Exactly `tokenize(text)`. */
  terms: string[];
  /** term → the first word that gave it, for showing a term in the profile's own words. */
  surfaces: Map<string, string>;
}

/**
 * `tokenize` and the surface words of its terms in one pass: the text is cut into words and
 * each word tokenized on its own, which gives the same terms in the same order (a property test
 * holds the two equal) without segmenting the text twice.
 */
export function tokenizeWords(s: string): WordTerms {
  const terms: string[] = [];
  const surfaces = new Map<string, string>();
  for (const [word] of normalizeText(s).matchAll(WORD)) {
    for (const term of wordTerms(word)) {
      terms.push(term);
      if (!surfaces.has(term)) surfaces.set(term, word);
    }
  }
  return { terms, surfaces };
}

// Descriptions are prose, rarely the same twice, but made of words that recur from profile to
// profile; segmenting and stemming each word once is most of the cost of analysing a profile.
// Bounded like the stem cache, for the same reason.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, readonly string[]>();

/** The terms of one normalized word, memoized: they depend only on the word. */
function wordTerms(word: string): readonly string[] {
  let terms = wordCache.get(word);
  if (terms === undefined) {
    const fresh: string[] = [];
    tokenizeNormalized(word, fresh);
    terms = fresh;
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, terms);
  }
  return terms;
}

function addLatinTerms(stretch: string, terms: string[]): void {
  if (stretch.length === 0) return;
  for (const word of wordTokenizer.tokenize(stretch)) {
    if (word.length > 0 && !STOP_WORDS_EN.has(word)) terms.push(stemWord(word));
  }
}

function addCjkTerms(run: string, terms: string[]): void {
  const japanese = KANA.test(run);
  const segmenter = japanese ? segmenterJa : segmenterZh;
  const stopWords = japanese ? STOP_WORDS_JA : STOP_WORDS_ZH;
  // Code-unit offsets of two-character words, whose bigram would only repeat the word.
  const twoCharWordStarts = new Set<number>();
  for (const { segment, index, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike) continue;
    if ([...segment].length === 2) twoCharWordStarts.add(index);
    if (!stopWords.has(segment)) terms.push(segment);
  }
  // Bigrams over code points, so characters outside the BMP (𠮷) are never split.
  let previous = '';
  let previousIndex = 0;
  let index = 0;
  for (const char of run) {
    if (previous !== '' && !twoCharWordStarts.has(previousIndex)) {
      const bigram = previous + char;
      if (!HIRAGANA.test(bigram)) terms.push(bigram);
    }
    previous = char;
    previousIndex = index;
    index += char.length;
  }
}
