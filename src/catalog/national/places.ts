/**
 * Where a catalogue zone is: its prefecture-level city and, where its name says so, its county or
 * district, found by reading the zone's name against the GB/T 2260 division names of its province
 * (seeds/national/divisions.json), and the coordinates of that division's seat.
 *
 * Only the place parts of the name are read (type terms and descriptive words are cut off
 * first), left to right; a short name (顺义 for 顺义区) counts when it names one division of the
 * province, or one within the city already found. Names the division table no longer has (a county
 * renamed or merged since 2018) are listed in seeds/national/place-overrides.json, which can also
 * place a zone outright. A zone whose city cannot be found says so.
 */
import { readFileSync } from 'node:fs';
import type { LocalizedText, Zone } from '../schema.js';
import { coreName, shippedDivisions, type Division, type DivisionTable } from './divisions.js';
import { romanize } from './romanize.js';
import { shippedNameOverrides, toJapanese, type NamePart } from './zone-names.js';

export type Location = Zone['location'];

export interface PlaceOverrides {
  /** A former or other name of a division (as zone names write it) → the division's code. */
  aliases: Record<string, string>;
  /** A catalogue code → the division code the zone lies in, where its name does not say or misleads. */
  zones: Record<string, string>;
}

const readSeed = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../seeds/national/${file}`, import.meta.url), 'utf8')) as T;
export const shippedPlaceOverrides = (): PlaceOverrides => {
  const { aliases, zones } = readSeed<PlaceOverrides>('place-overrides.json');
  return { aliases, zones };
};

/** The city could not be found from the zone's name: said so rather than guessed. */
export const CITY_NOT_RESOLVED: LocalizedText = { en: 'city not resolved', ja: '市は特定できず', zh: '未能确定城市' };
const NOT_RESOLVED_NOTE: LocalizedText = {
  en: "The zone's name names no city or county of its province that the official division codes (GB/T 2260) list, so its place is not given.",
  ja: '区の名称に、行政区画コード（GB/T 2260）にある所在省の市・県名が含まれないため、所在地は示していません。',
  zh: '开发区名称中未含所在省份在行政区划代码（GB/T 2260）中的市、县名称，故未给出所在地。',
};

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** The ending of a division's English name, after its romanised short name (市 adds nothing: "Suzhou"). */
const LEVEL_WORDS: [RegExp, string][] = [
  [/自治县$/u, ' Autonomous County'],
  [/(自治州|地区)$/u, ' Prefecture'],
  [/旗$/u, ' Banner'],
  [/盟$/u, ' League'],
  [/县$/u, ' County'],
  [/区$/u, ' District'],
];

export interface Placer {
  /** The location of a catalogue zone with this official name, code and province (in three languages). */
  locate(args: { code: string; nameZh: string; parts: NamePart[]; province: LocalizedText }): Location;
  /** A division in three languages. */
  label(division: Division): LocalizedText;
  divisions: DivisionTable;
}

export function createPlacer(
  divisions: DivisionTable = shippedDivisions(),
  overrides: PlaceOverrides = shippedPlaceOverrides(),
  spellings: Record<string, string> = shippedNameOverrides().places,
): Placer {
  // Per province: every name a zone may use for a division → the divisions it may mean.
  const names = new Map<string, Map<string, Division[]>>();
  const add = (province: string, name: string, d: Division) => {
    const byName = names.get(province) ?? new Map<string, Division[]>();
    names.set(province, byName);
    const list = byName.get(name) ?? [];
    if (!list.includes(d)) list.push(d);
    byName.set(name, list);
  };
  for (const d of divisions.all) {
    if (d.level === 'province') continue;
    add(d.province, d.name, d);
    const core = coreName(d.name);
    if (core.length >= 2) add(d.province, core, d);
  }
  for (const [alias, code] of Object.entries(overrides.aliases)) {
    const d = divisions.byCode.get(code);
    if (!d) throw new Error(`place-overrides.json: alias ${alias}: no division ${code}`);
    add(d.province, alias, d);
  }

  function label(d: Division): LocalizedText {
    const core = coreName(d.name);
    const spelled = spellings[d.name] ?? spellings[core] ?? romanize(core);
    const level = d.level === 'province' || d.name.endsWith('市') ? undefined : LEVEL_WORDS.find(([re]) => re.test(d.name))?.[1];
    return { en: level ? `${spelled}${level}` : spelled, ja: toJapanese(d.name), zh: d.name };
  }

  /** The city a division is in: itself for a prefecture, its prefecture for a county (itself when directly under the province). */
  const cityOf = (d: Division): Division =>
    d.level !== 'county' ? d : d.prefecture ? divisions.byCode.get(d.prefecture)! : MUNICIPALITIES.has(d.province) ? divisions.byCode.get(d.province)! : d;

  function locate({ code, parts, province }: Parameters<Placer['locate']>[0]): Location {
    const provinceCode = `${code.slice(1, 3)}0000`;
    const provinceDivision = divisions.byCode.get(provinceCode);
    const byName = names.get(provinceCode) ?? new Map<string, Division[]>();
    const longest = Math.max(2, ...[...byName.keys()].map((k) => k.length));

    let city: Division | undefined = MUNICIPALITIES.has(provinceCode) ? provinceDivision : undefined;
    let county: Division | undefined;
    const fixed = overrides.zones[code] ? divisions.byCode.get(overrides.zones[code]!) : undefined;
    if (overrides.zones[code] && !fixed) throw new Error(`place-overrides.json: zone ${code}: no division ${overrides.zones[code]}`);
    if (fixed) {
      if (fixed.level === 'county') county = fixed;
      city = cityOf(fixed);
    } else {
      for (const part of parts) {
        if (part.kind !== 'place') continue;
        const text = part.text;
        for (let i = 0; i < text.length; ) {
          let found: Division | undefined;
          let length = 0;
          for (let len = Math.min(longest, text.length - i); len >= 2 && !found; len--) {
            const candidates = byName.get(text.slice(i, i + len));
            if (!candidates) continue;
            // Within the city already found, or the one division of the province with that name
            // (a city before a county of the same name: 朝阳 is 朝阳市 before 朝阳县).
            const inCity = city ? candidates.filter((d) => d.code === city!.code || d.prefecture === city!.code) : [];
            const cities = new Set(candidates.map((d) => cityOf(d).code));
            const pick =
              inCity.length === 1
                ? inCity[0]
                : candidates.length === 1
                  ? candidates[0]
                  : candidates.filter((d) => d.level === 'prefecture').length === 1
                    ? candidates.find((d) => d.level === 'prefecture')
                    : // Two counties of one city with this short name (井陉县, 井陉矿区): the city is known.
                      cities.size === 1
                      ? cityOf(candidates[0]!)
                      : undefined;
            if (pick) {
              found = pick;
              length = len;
            }
          }
          if (!found) {
            i++;
            continue;
          }
          i += length;
          if (found.level === 'county') {
            // A county outside the city found first is a misreading: keep the city.
            if (city && !MUNICIPALITIES.has(provinceCode) && cityOf(found).code !== city.code) continue;
            county = found;
            city = cityOf(found);
          } else if (!county) {
            city = found;
          }
        }
      }
    }

    if (!city) return { province, city: CITY_NOT_RESOLVED, resolved: false, note: NOT_RESOLVED_NOTE };
    const seatOf = county?.seat ? county : city.seat ? city : undefined;
    return {
      province,
      city: label(city),
      ...(county && county.code !== city.code ? { county: label(county) } : {}),
      divisionCode: (county ?? city).code,
      ...(seatOf ? { coordinates: { ...seatOf.seat! }, coordinatesOf: seatOf === county ? ('county' as const) : ('city' as const) } : {}),
      resolved: true,
    };
  }

  return { locate, label, divisions };
}

export interface PlaceCoverage {
  zones: number;
  /** Zones whose English name has no Han character (their Japanese name is built alongside; it may equal the Chinese one, as in 天津港保税区). */
  named: number;
  withCity: number;
  withCounty: number;
  withCoordinates: number;
  /** Of those with coordinates, how many are the county's seat (the rest: the city's). */
  countySeats: number;
  /** Catalogue codes and names of the zones that could not be placed. */
  unresolved: string[];
}

/** How many catalogue zones have names, a city, a county and coordinates (`npm run catalogue:coverage`). */
export function computePlaceCoverage(zones: readonly Zone[]): PlaceCoverage {
  const han = /\p{Script=Han}/u;
  return {
    zones: zones.length,
    named: zones.filter((z) => !han.test(z.name.en)).length,
    withCity: zones.filter((z) => z.location.resolved === true).length,
    withCounty: zones.filter((z) => z.location.county !== undefined).length,
    withCoordinates: zones.filter((z) => z.location.coordinates !== undefined).length,
    countySeats: zones.filter((z) => z.location.coordinatesOf === 'county').length,
    unresolved: zones.filter((z) => z.location.resolved === false).map((z) => `${z.catalogueCodes?.[0] ?? z.id} ${z.name.zh}`),
  };
}
