/**
 * A worker of the ranking pool (ranking-pool.ts): builds the engine index of the catalog it was
 * started with, once, and ranks the chunks of profiles it is sent.
 */
import { workerData } from 'node:worker_threads';
import type { Catalog } from '../catalog/schema.js';
import { buildZoneIndex, rankZones, type EngineProfile, type RankOptions, type RankResult } from '../engine/index.js';

const index = buildZoneIndex((workerData as { catalog: Catalog }).catalog);

/**
 * The answers as JSON text: copying a string between threads costs a fraction of copying the
 * same answers as objects (structured clone walks every nested object).
 */
export default function rankChunk({ profiles, options }: { profiles: EngineProfile[]; options: RankOptions }): string {
  const answers: RankResult[] = profiles.map((profile) => rankZones(index, profile, options));
  return JSON.stringify(answers);
}
