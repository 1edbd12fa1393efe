/**
 * The matching engine's public API. Pure: no Fastify, no database, no file system, no clock.
 * Build an index once per catalog version with `buildZoneIndex`, rank many times with `rankZones`.
 */
export { buildZoneIndex, type ZoneIndex } from './zone-index.js';
export { rankZones, scoreZones, resolveWeights, candidateZones } from './rank.js';
export { DEFAULT_WEIGHTS, ENGINE_VERSION } from './weights.js';
export * from './types.js';
