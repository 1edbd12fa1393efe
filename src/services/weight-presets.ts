/**
 * Weight presets: named sets of the six component weights, saved by an admin (POST
 * /v1/weight-presets) or by `npm run learn-weights -- --save NAME`, and used by name in
 * `options.weightsPreset`. A name is given once: a preset never changes under the answers that
 * named it.
 */
import type { Database } from '../../db/client.js';
import { resolveWeights, type Weights } from '../engine/index.js';
import { databaseUnavailable, problem, validationProblem } from '../errors.js';
import { insertWeightPreset, listWeightPresets, type WeightPreset } from '../repositories/weight-preset-repository.js';
import type { WeightPresetDto } from '../schemas/weight-preset-dto.js';

export function presetDto(preset: WeightPreset): WeightPresetDto {
  return {
    name: preset.name,
    weights: preset.weights,
    createdBy: preset.createdBy,
    ...(preset.note ? { note: preset.note } : {}),
    createdAt: preset.createdAt.toISOString(),
  };
}

export async function listPresets(database: Database): Promise<WeightPresetDto[]> {
  try {
    return (await listWeightPresets(database.db)).map(presetDto);
  } catch (error) {
    throw databaseUnavailable('The database cannot read weight presets right now; retry later.', error);
  }
}

/**
 * Saves a preset with all six weights (the given ones merged into the defaults). 400 for weights
 * that cannot rank (negative, all zero), 409 when the name is taken.
 */
export async function savePreset(
  database: Database,
  input: { name: string; weights: Partial<Weights>; note?: string },
  createdBy: string,
): Promise<WeightPresetDto> {
  let weights: Weights;
  try {
    weights = resolveWeights(input.weights);
  } catch (error) {
    const message = (error as Error).message;
    throw validationProblem([{ path: '/body/weights', message }]);
  }
  let saved;
  try {
    saved = await insertWeightPreset(database.db, { name: input.name, weights, createdBy, ...(input.note ? { note: input.note } : {}) });
  } catch (error) {
    throw databaseUnavailable('The database cannot store the weight preset right now; retry later.', error);
  }
  if (!saved) throw problem('WEIGHT_PRESET_EXISTS', `A weight preset named "${input.name}" exists; presets are never replaced, so choose another name.`);
  return presetDto(saved);
}
