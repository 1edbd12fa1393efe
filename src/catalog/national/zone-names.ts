/**
 * English and Japanese names for catalogue zones, built from the official Chinese name: the name
 * is cut into place names and type terms (seeds/national/zone-type-terms.json); places are
 * romanised in Hanyu Pinyin for English and written in Japanese kanji forms (opencc-js, cn → jp)
 * for Japanese; type terms take their reviewed English and Japanese renderings. Names whose usual
 * English differs from the mechanical one, and place spellings that are not pinyin (Hohhot), come
 * from seeds/national/zone-name-overrides.json.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import type { LocalizedText } from '../schema.js';
import { coreName, shippedDivisions, type DivisionTable } from './divisions.js';
import { romanize } from './romanize.js';

export interface ZoneTerm {
  zh: string;
  en: string;
  ja: string;
  /** `type` may end a name; `suffix` is recognised only at the end of a name; `word` is a descriptor. */
  role: 'type' | 'suffix' | 'word';
}

export interface NameOverrides {
  /** Place (Chinese) → its usual English spelling. */
  places: Record<string, string>;
  /** Whole zone name (Chinese) → its usual English and, optionally, Japanese name. */
  names: Record<string, { en: string; ja?: string }>;
}

export interface ZoneNamer {
  /** The zone's name in en, ja and zh (zh: the official name, unchanged). */
  name(zh: string): LocalizedText;
  /** The name's parts, for checks: the type terms found and the place text left over. */
  parse(zh: string): NamePart[];
}

export type NamePart = { kind: 'term'; term: ZoneTerm } | { kind: 'place'; text: string };

const readSeed = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../seeds/national/${file}`, import.meta.url), 'utf8')) as T;

export const shippedTerms = (): ZoneTerm[] => readSeed<{ terms: ZoneTerm[] }>('zone-type-terms.json').terms;
export const shippedNameOverrides = (): NameOverrides => {
  const { places, names } = readSeed<NameOverrides>('zone-name-overrides.json');
  return { places, names };
};

const convert = OpenCC.Converter({ from: 'cn', to: 'jp' });
/**
 * Standard Japanese characters that OpenCC's table still rewrites (里 → 裏 would spoil 満洲里).
 * The same set as test/leading-industries.test.ts allows.
 */
const KEEP_IN_JAPANESE = new Set(['戯', '携', '雇', '占', '里', '填']);
/**
 * In place names these are the characters themselves, not simplifications of another one:
 * Japanese writes 咸陽, 莫干山, 于都, 范県, where the table would give 鹹, 幹, 於, 範.
 */
const KEEP_IN_PLACE_NAMES = new Set(['咸', '干', '于', '范']);

/**
 * Place text in Japanese kanji forms, one character at a time: OpenCC's phrase dictionary would
 * also rewrite correct text (家具 → 傢倶).
 */
export const toJapanese = (text: string): string => [...text].map((c) => (KEEP_IN_JAPANESE.has(c) || KEEP_IN_PLACE_NAMES.has(c) ? c : convert(c))).join('');

/** English level words for a division name's ending (市 is dropped, as in "Suzhou"). */
const LEVEL_WORDS: [RegExp, string][] = [
  [/自治县$/u, 'Autonomous County'],
  [/自治州$/u, 'Prefecture'],
  [/自治旗$/u, 'Banner'],
  [/(县)$/u, 'County'],
  [/(新区)$/u, 'New Area'],
  [/(地区|州)$/u, 'Prefecture'],
  [/(旗)$/u, 'Banner'],
  [/(盟)$/u, 'League'],
  [/(区)$/u, 'District'],
];

/** Chinese punctuation in a mechanically built English name, as English writes it. */
function englishPunctuation(text: string): string {
  return text
    .replace(/\s*[—–]\s*/gu, '–')
    .replace(/\s*（\s*/gu, ' (')
    .replace(/\s*）/gu, ')')
    .replace(/\s*、\s*/gu, ', ')
    .replace(/\s*·\s*/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;

const LEVEL_CHARS = new Set(['市', '县', '区', '州', '旗', '盟']);

export function createZoneNamer(
  terms: readonly ZoneTerm[] = shippedTerms(),
  overrides: NameOverrides = shippedNameOverrides(),
  divisions: DivisionTable = shippedDivisions(),
): ZoneNamer {
  const byLength = [...terms].sort((a, b) => b.zh.length - a.zh.length);
  // Place names a zone name may start with or contain: divisions' full and short names, and the
  // override spellings' keys. Short names of one character are too ambiguous to cut on.
  const placeNames = new Map<string, string>();
  for (const d of divisions.all) {
    const core = coreName(d.name);
    placeNames.set(d.name, core);
    if (core.length >= 2) placeNames.set(core, core);
  }
  for (const place of Object.keys(overrides.places)) placeNames.set(place, place);
  const longestPlace = Math.max(...[...placeNames.keys()].map((k) => k.length));

  const spell = (core: string): string => overrides.places[core] ?? romanize(core);

  /** English for one run of place text: known places one word each (with their level word), the rest romanised. */
  function placeToEnglish(text: string): string {
    const words: string[] = [];
    let rest = '';
    const flush = () => {
      // A lone character left after a place belongs to it (长兴岛 → Changxingdao, not Changxing Dao).
      if (rest.length === 1 && words.length > 0 && /^[A-Z]/.test(words.at(-1)!) && !words.at(-1)!.includes(' '))
        words.push(`${words.pop()!}${romanize(rest).toLowerCase()}`);
      else if (rest) words.push(spell(rest));
      rest = '';
    };
    for (let i = 0; i < text.length; ) {
      let matched: string | undefined;
      for (let len = Math.min(longestPlace, text.length - i); len >= 2 && !matched; len--) {
        if (placeNames.has(text.slice(i, i + len))) matched = text.slice(i, i + len);
      }
      if (!matched && !HAN.test(text[i]!)) {
        // Punctuation and Latin letters stand apart: 托—清 → Tuo–Qing.
        flush();
        words.push(text[i]!);
        i++;
        continue;
      }
      if (!matched) {
        rest += text[i];
        i++;
        continue;
      }
      flush();
      let full = matched;
      const core = placeNames.get(matched)!;
      // A short name followed by its level character (海北州, 开封市): one place.
      if (full === core && LEVEL_CHARS.has(text[i + full.length] ?? '')) full += text[i + full.length];
      i += full.length;
      const level = full === core || full.endsWith('市') || full.endsWith('省') ? undefined : LEVEL_WORDS.find(([re]) => re.test(full))?.[1];
      words.push(overrides.places[full] ?? (level ? `${spell(core)} ${level}` : spell(core)));
    }
    flush();
    return words.join(' ');
  }

  function parse(zh: string): NamePart[] {
    // The type term that ends the name first, so that a descriptive word cannot take its first
    // characters (浙江开化工业园区: 工业园区, not 化工).
    const ending = byLength.find((t) => t.role !== 'word' && zh.endsWith(t.zh) && zh.length > t.zh.length);
    const body = ending ? zh.slice(0, -ending.zh.length) : zh;
    const parts: NamePart[] = [];
    let place = '';
    for (let i = 0; i < body.length; ) {
      const term = byLength.find((t) => t.role !== 'suffix' && body.startsWith(t.zh, i));
      if (!term) {
        place += body[i];
        i++;
        continue;
      }
      if (place) parts.push({ kind: 'place', text: place });
      place = '';
      parts.push({ kind: 'term', term });
      i += term.zh.length;
    }
    if (place) parts.push({ kind: 'place', text: place });
    if (ending) parts.push({ kind: 'term', term: ending });
    return parts;
  }

  function name(zh: string): LocalizedText {
    const parts = parse(zh);
    const override = overrides.names[zh];
    const en = override?.en ?? englishPunctuation(parts.map((p) => (p.kind === 'term' ? p.term.en : placeToEnglish(p.text))).join(' '));
    const ja = override?.ja ?? parts.map((p) => (p.kind === 'term' ? p.term.ja : toJapanese(p.text))).join('');
    return { en, ja, zh };
  }

  return { name, parse };
}
