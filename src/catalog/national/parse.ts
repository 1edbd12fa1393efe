/**
 * Reads the 2018 national development-zone catalogue (`seeds/national/china-dev-zones-2018.csv`)
 * into typed rows, and cuts each zone's free-text leading industries into phrases.
 *
 * The file is kept exactly as the source gives it (see `seeds/national/README.md`); the
 * irregularities it documents are handled here rather than edited away.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The shipped copy of the catalogue. */
export const CATALOGUE_CSV = resolve(fileURLToPath(new URL('../../../seeds/national/china-dev-zones-2018.csv', import.meta.url)));

/** The file name that sources cite. */
export const CATALOGUE_FILE_NAME = 'china-dev-zones-2018.csv';

export const CATALOGUE_COLUMNS = ['seq', 'code', 'name_zh', 'province', 'approval_level', 'zone_type', 'approved', 'area_ha', 'leading_industries'] as const;

export type CatalogueLevel = 'national' | 'provincial';

/** One zone of the catalogue, as read from its row. */
export interface CatalogueRow {
  /** Stable id: `cn-` + the lower-cased official code; `-<seq>` is added where the source reuses a code. */
  id: string;
  /** Data row number in the file (1 = the first row after the header). */
  row: number;
  seq: number;
  code: string;
  nameZh: string;
  province: string;
  level: CatalogueLevel;
  /** The catalogue section, in Chinese (e.g. 经济技术开发区). */
  zoneType: string;
  /** `YYYY.MM`, or two such dates separated by `/`, as given. */
  approved: string;
  /** Approved area in hectares; null when the field is empty. */
  areaHa: number | null;
  /** The leading-industries text as given. */
  leadingIndustries: string;
}

/** The file does not have the expected shape; names the row and field. */
export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';
}

const LEVELS: Record<string, CatalogueLevel> = { 国务院: 'national', 省政府: 'provincial' };
const CODE = /^[GS][0-9]{6}$/;
const APPROVED = /^[0-9]{4}\.[0-9]{2}(\/[0-9]{4}\.[0-9]{2})?$/;

/** Reads and checks the catalogue text; throws `CatalogueFormatError` naming the first bad row. */
export function parseCatalogueCsv(text: string, fileName = CATALOGUE_FILE_NAME): CatalogueRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    throw new CatalogueFormatError(`${fileName}: not valid CSV (${(error as Error).message})`);
  }
  const [header, ...data] = records;
  if (!header || header.join(',') !== CATALOGUE_COLUMNS.join(',')) {
    throw new CatalogueFormatError(`${fileName}: the header must be ${CATALOGUE_COLUMNS.join(',')}, found ${header?.join(',') ?? 'nothing'}`);
  }

  const rows = data.map((fields, i): Omit<CatalogueRow, 'id'> => {
    const row = i + 1;
    const at = (column: (typeof CATALOGUE_COLUMNS)[number]) => (fields[CATALOGUE_COLUMNS.indexOf(column)] ?? '').trim();
    const fail = (column: string, problem: string): never => {
      throw new CatalogueFormatError(`${fileName}: row ${row}, ${column}: ${problem}`);
    };
    const seq = Number(at('seq'));
    if (!Number.isInteger(seq) || seq < 1) fail('seq', `expected a positive integer, found "${at('seq')}"`);
    const code = at('code');
    if (!CODE.test(code)) fail('code', `expected G or S and six digits, found "${code}"`);
    const level = LEVELS[at('approval_level')] ?? fail('approval_level', `expected 国务院 or 省政府, found "${at('approval_level')}"`);
    if ((level === 'national') !== code.startsWith('G')) fail('code', `prefix of "${code}" disagrees with approval level ${at('approval_level')}`);
    const approved = at('approved');
    if (!APPROVED.test(approved)) fail('approved', `expected YYYY.MM, found "${approved}"`);
    const area = at('area_ha');
    const areaHa = area === '' ? null : Number(area);
    if (areaHa !== null && !(Number.isFinite(areaHa) && areaHa > 0)) fail('area_ha', `expected a positive number, found "${area}"`);
    for (const column of ['name_zh', 'province', 'zone_type', 'leading_industries'] as const) {
      if (at(column) === '') fail(column, 'is empty');
    }
    return {
      row,
      seq,
      code,
      nameZh: at('name_zh'),
      province: at('province'),
      level,
      zoneType: at('zone_type'),
      approved,
      areaHa,
      leadingIndustries: at('leading_industries'),
    };
  });

  // The source gives code S377018 to two zones: those get the row's seq appended, so that
  // neither one is privileged and both ids stay stable.
  const uses = new Map<string, number>();
  for (const r of rows) uses.set(r.code, (uses.get(r.code) ?? 0) + 1);
  const ids = new Set<string>();
  return rows.map((r) => {
    const id = `cn-${r.code.toLowerCase()}${(uses.get(r.code) ?? 0) > 1 ? `-${r.seq}` : ''}`;
    if (ids.has(id)) throw new CatalogueFormatError(`${fileName}: row ${r.row}: id ${id} is not unique`);
    ids.add(id);
    return { id, ...r };
  });
}

/** Reads the shipped catalogue (or another copy of the same format). */
export function readCatalogueFile(path: string = CATALOGUE_CSV): CatalogueRow[] {
  return parseCatalogueCsv(readFileSync(path, 'utf8'), path === CATALOGUE_CSV ? CATALOGUE_FILE_NAME : path);
}

/** The value the source writes instead of industries for zones still under construction. */
export const UNDER_CONSTRUCTION = '在建';

// Enumeration and list punctuation in either width; the full-width forms are what the source
// mostly uses (、), the others occur in a few rows.
const PHRASE_SEPARATORS = /[、，,；;／/\s]+/u;

/**
 * The phrases of a leading-industries text: split on list punctuation, stray sentence
 * punctuation trimmed (the source has `食品.`), duplicates within the zone dropped. The marker
 * `在建` (under construction) names no industry and gives no phrase.
 */
export function splitLeadingIndustries(text: string): string[] {
  const phrases: string[] = [];
  for (const part of text.split(PHRASE_SEPARATORS)) {
    const phrase = part.replace(/^[.。．·\s]+|[.。．·\s]+$/gu, '');
    if (phrase === '' || phrase === UNDER_CONSTRUCTION || phrases.includes(phrase)) continue;
    phrases.push(phrase);
  }
  return phrases;
}
