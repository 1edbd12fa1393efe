/**
 * Hanyu Pinyin for place names, as English writes them: no tones, the syllables of one name
 * joined into one capitalised word, and an apostrophe before a syllable that starts with a, o or
 * e (Xi'an, Ma'anshan), as the pinyin orthography rules ask. pinyin-pro picks the reading of
 * polyphonic characters from its word list; spellings that differ from the mechanical one
 * (Hohhot, Urumqi) are kept in seeds/national/zone-name-overrides.json.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** The pinyin syllables of `text`, lower case, without tones (ü kept). */
export function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: false, nonZh: 'consecutive' });
}

/** One place name as one capitalised word: 威海 → Weihai, 西安 → Xi'an. Non-Han text is kept. */
export function romanize(text: string): string {
  if (!HAN.test(text)) return text;
  const parts = syllables(text);
  const word = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) && HAN.test(text) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Letters only, lower case, ü as u: what two spellings of one name share (Xi'an = xian). */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The pinyin of `text` folded for matching, both with and without spaces. */
export function pinyinKey(text: string): string {
  return foldLatin(syllables(text).join(''));
}
