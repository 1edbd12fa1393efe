/**
 * English and Japanese labels for the leading-industry phrases of the 2018 national catalogue
 * (`seeds/national/leading-industries.json`, a reviewed translation table; see
 * `docs/national-industries.md`). The catalogue states its leading industries in Chinese only;
 * this table is what lets an English or Japanese explanation name them.
 *
 * The file maps each phrase, exactly as `splitLeadingIndustries` yields it, plus the marker
 * `在建` (under construction, `UNDER_CONSTRUCTION`), to `{ "en", "ja" }`. It is checked on load: valid JSON, one object
 * of non-empty `en` and `ja` strings per phrase and nothing else, keys in sorted order (so a
 * review diff stays readable), and no Chinese characters in an English label.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from '@sinclair/typebox';
import type { LocalizedText } from '../schema.js';
import { schemaProblems } from '../load.js';

/** The shipped translation table. */
export const INDUSTRY_LABELS_JSON = resolve(fileURLToPath(new URL('../../../seeds/national/leading-industries.json', import.meta.url)));

const INDUSTRY_LABELS_FILE_NAME = 'seeds/national/leading-industries.json';

export const IndustryLabelSchema = Type.Object(
  {
    en: Type.String({ minLength: 1 }),
    ja: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type IndustryLabel = Static<typeof IndustryLabelSchema>;

export const IndustryLabelsFileSchema = Type.Record(Type.String({ minLength: 1 }), IndustryLabelSchema);

/** Phrase (Chinese, as the catalogue writes it) → its English and Japanese labels. */
export type IndustryLabels = ReadonlyMap<string, IndustryLabel>;

/** The table is not valid JSON, does not match its schema or breaks one of the rules above. */
export class IndustryLabelsError extends Error {
  override name = 'IndustryLabelsError';
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
  }
}

const HAN = /\p{Script=Han}/u;

/**
 * Reads and checks a translation table's text.
 * @throws IndustryLabelsError naming the file and, for each problem, the JSON path.
 */
export function parseIndustryLabels(text: string, fileName = INDUSTRY_LABELS_FILE_NAME): IndustryLabels {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new IndustryLabelsError(`${fileName}: not valid JSON (${(error as Error).message})`, [`${fileName}: /: not valid JSON`]);
  }
  const problems = schemaProblems(IndustryLabelsFileSchema, value, fileName);
  if (problems.length === 0) {
    const table = value as Static<typeof IndustryLabelsFileSchema>;
    const keys = Object.keys(table);
    keys.forEach((key, i) => {
      if (key !== key.trim() || key === '') problems.push(`${fileName}: /${key}: the phrase has surrounding spaces`);
      if (i > 0 && keys[i - 1]! >= key) problems.push(`${fileName}: /${key}: keys must be in sorted order; "${key}" comes after "${keys[i - 1]}"`);
      if (HAN.test(table[key]!.en)) problems.push(`${fileName}: /${key}/en: an English label must not contain Chinese characters, found "${table[key]!.en}"`);
    });
  }
  if (problems.length > 0) throw new IndustryLabelsError(`The leading-industry labels are invalid:\n  ${problems.join('\n  ')}`, problems);
  return new Map(Object.entries(value as Static<typeof IndustryLabelsFileSchema>));
}

/** Reads a translation table file (default: the shipped one). */
export function loadIndustryLabels(path: string = INDUSTRY_LABELS_JSON): IndustryLabels {
  return parseIndustryLabels(readFileSync(path, 'utf8'), path === INDUSTRY_LABELS_JSON ? INDUSTRY_LABELS_FILE_NAME : path);
}

let shipped: IndustryLabels | undefined;

/** The shipped table, read and checked once: it is a fixed file, and catalogs are rebuilt on every reload. */
export function shippedIndustryLabels(): IndustryLabels {
  shipped ??= loadIndustryLabels();
  return shipped;
}

/**
 * A phrase in three languages: the table's labels, with the catalogue's own Chinese. A phrase the
 * table lacks (only possible when a catalogue file other than the shipped one was imported) keeps
 * its Chinese text in every language rather than being dropped; the table test keeps the shipped
 * catalogue fully covered.
 */
export function labelIndustry(labels: IndustryLabels, phrase: string): LocalizedText {
  const label = labels.get(phrase);
  return { en: label?.en ?? phrase, ja: label?.ja ?? phrase, zh: phrase };
}

/**
 * A zone's leading industries as a list in each language: phrases joined with ", " (en) or "、"
 * (ja); the zh list is the catalogue's text as given. A zone whose field names no industry gets
 * the label of the field itself: for `在建` (under construction), "under construction (no
 * industries listed yet)".
 */
export function leadingIndustriesList(labels: IndustryLabels, phrases: readonly string[], text: string): LocalizedText {
  const items = (phrases.length > 0 ? phrases : [text.trim()]).map((p) => labelIndustry(labels, p));
  return { en: items.map((i) => i.en).join(', '), ja: items.map((i) => i.ja).join('、'), zh: text };
}
