/** Named component weights (`weight_presets`): listed, read by name, added; never changed in place. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { weightPresets } from '../../db/schema.js';
import type { Weights } from '../engine/index.js';

export interface WeightPreset {
  name: string;
  weights: Weights;
  createdBy: string;
  note?: string;
  createdAt: Date;
}

function toPreset(row: typeof weightPresets.$inferSelect): WeightPreset {
  return {
    name: row.name,
    weights: row.weights as Weights,
    createdBy: row.createdBy,
    ...(row.note ? { note: row.note } : {}),
    createdAt: row.createdAt,
  };
}

/** Every preset, by name. */
export async function listWeightPresets(db: Db): Promise<WeightPreset[]> {
  return (await db.select().from(weightPresets).orderBy(asc(weightPresets.name))).map(toPreset);
}

export async function findWeightPreset(db: Db, name: string): Promise<WeightPreset | undefined> {
  const [row] = await db.select().from(weightPresets).where(eq(weightPresets.name, name));
  return row ? toPreset(row) : undefined;
}

/** Adds a preset; undefined when one of that name exists (it is left as it was). */
export async function insertWeightPreset(db: Db, preset: Omit<WeightPreset, 'createdAt'>): Promise<WeightPreset | undefined> {
  const [row] = await db
    .insert(weightPresets)
    .values({ name: preset.name, weights: preset.weights, createdBy: preset.createdBy, note: preset.note ?? null })
    .onConflictDoNothing({ target: weightPresets.name })
    .returning();
  return row ? toPreset(row) : undefined;
}
