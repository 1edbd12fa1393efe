/** Shapes of /v1/weight-presets: named component weights for options.weightsPreset. */
import { Type, type Static } from '@sinclair/typebox';
import { PRESET_NAME_PATTERN, SafeText, WeightsSchema, WeightsUsedSchema } from './recommendation-dto.js';

export const WeightPresetSchema = Type.Object(
  {
    name: Type.String({ pattern: PRESET_NAME_PATTERN }),
    weights: WeightsUsedSchema,
    createdBy: Type.String({ description: 'The label of the admin key that saved it, or the tool (learn-weights)' }),
    note: Type.Optional(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'WeightPreset' },
);
export type WeightPresetDto = Static<typeof WeightPresetSchema>;

export const WeightPresetListSchema = Type.Object(
  { items: Type.Array(WeightPresetSchema), total: Type.Integer({ minimum: 0 }) },
  { title: 'WeightPresetList' },
);

export const CreateWeightPresetSchema = Type.Object(
  {
    name: Type.String({ pattern: PRESET_NAME_PATTERN, description: "Lower-case letters, digits, '.', '_' and '-' (at most 64); a name is given once" }),
    weights: { ...WeightsSchema, description: 'Partial override of the default weights (non-negative, not all zero); stored with all six' },
    note: Type.Optional(SafeText({ maxLength: 1000 })),
  },
  { additionalProperties: false, title: 'CreateWeightPreset' },
);
export type CreateWeightPreset = Static<typeof CreateWeightPresetSchema>;
