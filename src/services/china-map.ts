/**
 * The console's base map: country outlines around China as GeoJSON, cut at serve time from
 * world-atlas (Natural Earth 1:50m, public domain, as TopoJSON). Built once per process; no
 * tile server, no CDN. The provinces are drawn over it from public/geo/china-provinces.json
 * (see src/tools/china-provinces.ts).
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Longitude/latitude box the map shows: China with a margin. */
export const MAP_BOUNDS = { west: 70, south: 15, east: 138, north: 55 } as const;
/** ISO 3166-1 numeric ids drawn as China: the mainland, Hong Kong and Macao. */
const CHINA_IDS = new Set(['156', '344', '446']);

type Position = number[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}
export interface MapFeature {
  type: 'Feature';
  id: string;
  properties: { name: string; china: boolean };
  geometry: Geometry;
}
export interface MapCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

const round = (v: number) => Math.round(v * 100) / 100;

function positions(geometry: Geometry): Position[] {
  return geometry.type === 'Polygon' ? (geometry.coordinates as Position[][]).flat() : (geometry.coordinates as Position[][][]).flat(2);
}

function roundGeometry(geometry: Geometry): Geometry {
  const ring = (r: Position[]) => r.map(([x, y]) => [round(x!), round(y!)]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: (geometry.coordinates as Position[][]).map(ring) }
    : { type: 'MultiPolygon', coordinates: (geometry.coordinates as Position[][][]).map((p) => p.map(ring)) };
}

/** Countries with any point inside MAP_BOUNDS, coordinates rounded to 0.01°. */
export function buildChinaMap(topology: Topology): MapCollection {
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const inside = ([x, y]: Position) => x! >= MAP_BOUNDS.west && x! <= MAP_BOUNDS.east && y! >= MAP_BOUNDS.south && y! <= MAP_BOUNDS.north;
  const features: MapFeature[] = [];
  for (const f of countries.features) {
    const geometry = f.geometry as unknown as Geometry | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    if (!positions(geometry).some(inside)) continue;
    const id = String(f.id);
    features.push({ type: 'Feature', id, properties: { name: f.properties?.name ?? id, china: CHINA_IDS.has(id) }, geometry: roundGeometry(geometry) });
  }
  return { type: 'FeatureCollection', features };
}

let cached: string | undefined;

/** The map as JSON text, built on first use. */
export function chinaMapJson(): string {
  if (!cached) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
    cached = JSON.stringify(buildChinaMap(topology));
  }
  return cached;
}
