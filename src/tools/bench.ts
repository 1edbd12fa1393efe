/**
 * `npm run bench`: index build time, and median / p99 time to rank one profile against the
 * real catalog (phrase cache warm, and cold), against synthetic catalogs (1,000 and 3,000 zones generated from the taxonomy)
 * and against the seed zones plus the 2,543 zones of the 2018 national catalogue. Prints the
 * machine and a baseline measured in the same run (JSON.stringify of a 2 KB object, a unit of
 * "work Node does anyway") so figures can be compared across machines.
 * Also a batch of 1,000 profiles over the national catalogue, on one thread and on a worker pool.
 *   npm run bench            full run
 *   npm run bench -- --short a few iterations, for CI: checks that everything runs
 */
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '../catalog/load.js';
import type { Catalog } from '../catalog/schema.js';
import { buildZoneIndex, rankZones } from '../engine/index.js';
import type { EngineProfile } from '../engine/types.js';
import { RANKING_SET } from '../../test/ranking-set/profiles.js';
import { normalizeProfile } from '../services/profile-normalizer.js';
import { syntheticCatalog } from './synthetic-catalog.js';
import { mapCatalogue } from '../catalog/national/import.js';
import { withNationalCatalogue } from '../catalog/national/zones.js';
import { RankingPool } from '../services/ranking-pool.js';
import { PLACEMENTS, toProfileInput } from '../../test/ranking-set/placements.js';

const short = process.argv.includes('--short');
const profiles: EngineProfile[] = RANKING_SET.map((c) => normalizeProfile(c.profile));

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), n: samples.length };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

/**
 * Times ranking every profile `rounds` times. With `vary`, each ranking gets `vary(profile)`
 * instead, and the index build is not timed (the catalog line before it has that).
 */
function benchCatalog(label: string, catalog: Catalog, rounds: number, vary?: (p: EngineProfile) => EngineProfile) {
  let index = buildZoneIndex(catalog);
  const builds = vary ? [] : Array.from({ length: short ? 1 : 5 }, () => time(() => (index = buildZoneIndex(catalog))));
  const profileFor = vary ?? ((p: EngineProfile) => p);
  for (const p of profiles.slice(0, 5)) rankZones(index, profileFor(p), { limit: 10, language: 'en' }); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of profiles) {
      const profile = profileFor(p);
      samples.push(time(() => rankZones(index, profile, { limit: 10, language: 'en' })));
    }
  }
  const s = stats(samples);
  const build = vary ? ''.padEnd(15) : `build ${fmt(stats(builds).median).padStart(9)}`;
  console.log(
    `${label.padEnd(28)} zones ${String(catalog.zones.length).padStart(5)}  ${build}  rank median ${fmt(s.median).padStart(9)}  p99 ${fmt(s.p99).padStart(9)}  (n=${s.n})`,
  );
  return s;
}

/**
 * Every phrase new to the engine: each sector, product and technology gets a suffix no earlier
 * ranking had (" n<counter>", one more Latin word), so the phrase cache misses and every phrase
 * is segmented, stemmed and matched again. Against the plain real-catalog line, this shows what
 * the cache saves when companies share phrases.
 */
let uniqueSuffix = 0;
function unseenPhrases(p: EngineProfile): EngineProfile {
  const fresh = (text: string) => `${text} n${++uniqueSuffix}`;
  return { ...p, sector: fresh(p.sector), technologies: p.technologies.map(fresh), products: p.products.map(fresh) };
}

const payload = { items: Array.from({ length: 20 }, (_, i) => ({ id: `zone-${i}`, score: i * 1.5, name: 'x'.repeat(60) })) };
const baseline = stats(Array.from({ length: short ? 200 : 20000 }, () => time(() => JSON.stringify(payload))));

console.log(`zonematch bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${short ? ' (short mode)' : ''}`);
console.log(`baseline: JSON.stringify of a ${JSON.stringify(payload).length}-byte object, median ${fmt(baseline.median)}`);
const real = loadCatalog();
const realStats = benchCatalog('real catalog', real, short ? 1 : 50);
const coldStats = benchCatalog('real, phrases not cached', real, short ? 1 : 50, unseenPhrases);
const s1000 = benchCatalog('synthetic', syntheticCatalog(real, 1000), short ? 1 : 5);
const s3000 = benchCatalog('synthetic', syntheticCatalog(real, 3000), short ? 1 : 5);
const national = withNationalCatalogue(real, mapCatalogue(real.concepts));
const nationalStats = benchCatalog('seed + national catalogue', national, short ? 1 : 5);
console.log(
  `ratios to baseline (median): real ${(realStats.median / baseline.median).toFixed(0)}× (phrases not cached ${(coldStats.median / baseline.median).toFixed(0)}×), 1,000 zones ${(s1000.median / baseline.median).toFixed(0)}×, 3,000 zones ${(s3000.median / baseline.median).toFixed(0)}×, national ${(nationalStats.median / baseline.median).toFixed(0)}×`,
);

// A batch of 1,000 profiles over the national catalogue: on this thread, then spread over a
// worker pool with one worker per core (starting the pool, which builds one index per worker,
// is timed apart). Profiles cycle through the ranking set and the placements.
const batchSize = short ? 50 : 1000;
const sources = [...profiles, ...PLACEMENTS.map((p) => normalizeProfile(toProfileInput(p)))];
const batch = Array.from({ length: batchSize }, (_, i) => sources[i % sources.length]!);
const batchOptions = { limit: 10, language: 'en' as const };
const nationalIndex = buildZoneIndex(national);
const single = time(() => batch.forEach((p) => rankZones(nationalIndex, p, batchOptions)));
let pool: RankingPool | undefined;
const poolStart = time(() => (pool = new RankingPool(national)));
await pool!.rankMany(sources.slice(0, 4), batchOptions); // the workers' indexes are built
const poolReady = performance.now();
await pool!.rankMany(batch, batchOptions);
const pooled = performance.now() - poolReady;
await pool!.close();
console.log(
  `batch of ${batchSize} over national: one thread ${fmt(single)}, pool of ${availableParallelism()} workers ${fmt(pooled)} (${(single / pooled).toFixed(2)}×; starting the pool ${fmt(poolStart)})`,
);

console.log(
  `targets: real catalog median < 0.5 ms: ${realStats.median < 0.5 ? 'met' : 'MISSED'}; national median < 3 ms: ${nationalStats.median < 3 ? 'met' : 'MISSED'}; ` +
    `3,000 zones median < 20 ms: ${s3000.median < 20 ? 'met' : 'MISSED'}; batch of 1,000 over national < 10 s: ${short ? 'not measured in short mode' : pooled < 10_000 ? 'met' : 'MISSED'}`,
);
