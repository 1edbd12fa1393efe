/**
 * Finding zones the way people write places: a province in any of its forms ("Zhejiang",
 * "浙江", "浙江省", "Zhejiang Province", Japanese 浙江省 or its reading せっこう), and a zone by
 * any of its names, pinyin included with or without tones and spaces ("Weihai Torch",
 * "wēihǎi huǒjù", "weihaihuoju"). Province forms come from seeds/national/province-names.json.
 */
import { readFileSync } from 'node:fs';
import type { LocalizedText, Zone } from './schema.js';
import { coreName } from './national/divisions.js';
import { pinyinKey } from './national/romanize.js';

interface ProvinceNames {
  code: string;
  zh: string;
  en: string;
  ja: string;
  kana: string;
  kind: 'province' | 'municipality' | 'region';
  aliases?: string[];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s\p{P}\p{S}]+$/u;

/**
 * The form two spellings of a place share: NFKC, lower case, no spaces or punctuation, no tone
 * marks or tone numbers on Latin letters, katakana as hiragana.
 */
export function placeKey(text: string): string {
  let key = text.normalize('NFKC').toLowerCase();
  if (LATIN.test(key))
    key = key
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/[0-9]/g, '');
  return key.replace(/[\s\p{P}\p{S}]/gu, '').replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const SUFFIX_WORDS: Record<ProvinceNames['kind'], { en: string[]; kana: string }> = {
  province: { en: ['Province'], kana: 'しょう' },
  municipality: { en: ['Municipality', 'City'], kana: 'し' },
  region: { en: ['Autonomous Region'], kana: 'じちく' },
};

/** Every form of each province, as keys → the provinces' two-digit codes. */
function provinceForms(provinces: readonly ProvinceNames[]): Map<string, Set<string>> {
  const explicit = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, form: string, code: string) => {
    const key = placeKey(form);
    if (key) map.set(key, (map.get(key) ?? new Set()).add(code));
  };
  for (const p of provinces) {
    const zhShort = coreName(p.zh);
    const jaShort = p.ja.replace(/(チワン族|ウイグル|回族)?(自治区|省|市)$/u, '');
    const forms = [
      p.zh,
      zhShort,
      p.en,
      ...SUFFIX_WORDS[p.kind].en.map((w) => `${p.en} ${w}`),
      p.ja,
      jaShort,
      p.kana,
      p.kana + SUFFIX_WORDS[p.kind].kana,
      ...(p.aliases ?? []),
    ];
    for (const form of forms) add(explicit, form, p.code);
  }
  // Pinyin of the short Chinese name where it names no other province (陕西 is "shanxi" too,
  // but "Shanxi" is 山西 and 陕西 is written "Shaanxi").
  const forms = new Map(explicit);
  for (const p of provinces) {
    const pinyin = pinyinKey(coreName(p.zh));
    for (const key of [pinyin, `${pinyin}sheng`, `${pinyin}shi`]) {
      if (!explicit.has(key)) forms.set(key, new Set([p.code]));
    }
  }
  return forms;
}

let shipped: { forms: Map<string, Set<string>>; codeOf: Map<string, string> } | undefined;
function shippedProvinces() {
  if (!shipped) {
    const { provinces } = JSON.parse(readFileSync(new URL('../../seeds/national/province-names.json', import.meta.url), 'utf8')) as {
      provinces: ProvinceNames[];
    };
    shipped = { forms: provinceForms(provinces), codeOf: new Map(provinces.map((p) => [p.zh, p.code])) };
  }
  return shipped;
}

/** The provinces (two-digit GB/T 2260 codes) a text names; empty when it names none. */
export function provincesNamed(text: string): Set<string> {
  return shippedProvinces().forms.get(placeKey(text)) ?? new Set();
}

/** The two-digit code of a zone's province (by its Chinese name), if it is one of the 31. */
export function provinceCodeOf(zone: Pick<Zone, 'location'>): string | undefined {
  return shippedProvinces().codeOf.get(zone.location.province.zh);
}

const pinyinOfName = new Map<string, string>();
const cachedPinyin = (zh: string): string => {
  let key = pinyinOfName.get(zh);
  if (key === undefined) pinyinOfName.set(zh, (key = pinyinKey(zh)));
  return key;
};

/**
 * The text a zone is found by when the query is not a province: its names and its city's and
 * county's names in en, ja and zh as keys, and the pinyin of its Chinese name and of its city's.
 */
export function zonePlaceKeys(zone: Zone): string {
  const texts: LocalizedText[] = [
    zone.name,
    zone.location.city,
    ...(zone.location.county ? [zone.location.county] : []),
    ...(zone.location.district ? [zone.location.district] : []),
  ];
  return [...texts.flatMap((t) => [t.en, t.ja, t.zh].map(placeKey)), cachedPinyin(zone.name.zh), cachedPinyin(zone.location.city.zh)].join('\n');
}

/**
 * A test of whether `query` finds a zone by place: the query names the zone's province, or its key
 * is part of the zone's place keys (`keys`, from `zonePlaceKeys`).
 */
export function placeMatcher(query: string): (zone: Zone, keys: string) => boolean {
  const provinces = provincesNamed(query);
  if (provinces.size > 0) return (zone) => provinces.has(provinceCodeOf(zone) ?? '');
  const key = placeKey(query);
  return (_zone, keys) => key.length >= 2 && keys.includes(key);
}
