/**
 * China's administrative divisions (GB/T 2260) with their seats' coordinates, as shipped in
 * seeds/national/divisions.json (written by `npm run catalogue:divisions`, src/tools/divisions.ts,
 * which names the sources).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIVISIONS_FILE = resolve(fileURLToPath(new URL('../../../seeds/national/divisions.json', import.meta.url)));

/** One row of the file: code, name, seat latitude, seat longitude, the coordinates' source. */
export type DivisionRow = [string, string, number | null, number | null, string | null];

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  /** Six-digit GB/T 2260 code. */
  code: string;
  name: string;
  level: DivisionLevel;
  /** The province's six-digit code. */
  province: string;
  /** The prefecture's six-digit code, for counties that have one (not those directly under a province or municipality). */
  prefecture?: string;
  seat?: { lat: number; lon: number };
  /** Where the seat's coordinates come from: `wikidata:Q…` or `geonames:<place>`. */
  seatSource?: string;
}

// The peoples named in the names of autonomous divisions (各族 = "of several peoples").
const PEOPLES =
  /(?:蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|朝鲜|土家|布依|哈尼|景颇|傈僳|仡佬|撒拉|保安|东乡|裕固|锡伯|达斡尔|鄂温克|鄂伦春|仫佬|毛南|纳西|普米|独龙|拉祜|阿昌|德昂|各|回|壮|藏|满|苗|侗|彝|白|傣|羌|瑶|黎|畲|水|土|佤)族$|(?:蒙古|哈萨克|维吾尔|柯尔克孜)$/u;

/** A division's name without its level word and, for autonomous ones, its peoples: 宁夏回族自治区 → 宁夏. */
export function coreName(name: string): string {
  let core = name.replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|矿区|省|市|县|区|旗|盟)$/u, '');
  for (let m = PEOPLES.exec(core); m && core.length - m[0].length >= 2; m = PEOPLES.exec(core)) core = core.slice(0, -m[0].length);
  return core || name;
}

export interface DivisionTable {
  byCode: Map<string, Division>;
  all: Division[];
}

/** Parses the rows; a prefecture code absent from the table (a grouping of counties) gives no prefecture. */
export function buildDivisionTable(rows: readonly DivisionRow[]): DivisionTable {
  const byCode = new Map<string, Division>();
  for (const [code, name, lat, lon, source] of rows) {
    const level: DivisionLevel = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
    byCode.set(code, {
      code,
      name,
      level,
      province: `${code.slice(0, 2)}0000`,
      ...(lat !== null && lon !== null ? { seat: { lat, lon }, seatSource: source ?? undefined } : {}),
    });
  }
  for (const division of byCode.values()) {
    if (division.level !== 'county') continue;
    const prefecture = `${division.code.slice(0, 4)}00`;
    if (byCode.has(prefecture)) division.prefecture = prefecture;
  }
  return { byCode, all: [...byCode.values()] };
}

let shipped: DivisionTable | undefined;

/** The shipped table, read once. */
export function shippedDivisions(): DivisionTable {
  shipped ??= buildDivisionTable((JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8')) as { divisions: DivisionRow[] }).divisions);
  return shipped;
}
