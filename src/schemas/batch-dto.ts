/**
 * Shapes of POST /v1/recommendations/batch. Profiles are taken as they come and validated one
 * by one with the same ProfileSchema as POST /v1/recommendations, so one bad profile is reported
 * with its row number instead of failing the whole batch.
 */
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, enumOf } from '../catalog/schema.js';
import { RecommendationSchema, RecommendOptionsSchema } from './recommendation-dto.js';

/** Most profiles one batch request may carry. */
export const BATCH_MAX_PROFILES = 1000;
/** Largest batch request body (JSON or CSV); a full batch of long descriptions fits. */
export const BATCH_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
/** Zones returned per profile: default and maximum (a batch answer grows with rows × limit). */
export const BATCH_DEFAULT_LIMIT = 3;
export const BATCH_MAX_LIMIT = 10;

const BatchLimitSchema = Type.Integer({
  minimum: 1,
  maximum: BATCH_MAX_LIMIT,
  default: BATCH_DEFAULT_LIMIT,
  description: `Zones returned per profile (1–${BATCH_MAX_LIMIT}, default ${BATCH_DEFAULT_LIMIT})`,
});

export const BatchOptionsSchema = Type.Object(
  { ...Type.Omit(RecommendOptionsSchema, ['limit']).properties, limit: Type.Optional(BatchLimitSchema) },
  { additionalProperties: false, description: 'As for POST /v1/recommendations, applied to every profile; limit is per profile' },
);
export type BatchOptions = Static<typeof BatchOptionsSchema>;

export const BatchJsonRequestSchema = Type.Object(
  {
    profiles: Type.Array(
      Type.Unknown({
        description:
          'A CompanyProfile exactly as in POST /v1/recommendations. Each is validated on its own: a bad one is reported in its item and does not fail the others.',
      }),
      { minItems: 1, maxItems: BATCH_MAX_PROFILES },
    ),
    options: Type.Optional(BatchOptionsSchema),
  },
  { additionalProperties: false, title: 'BatchRecommendationRequest' },
);
export type BatchJsonRequest = Static<typeof BatchJsonRequestSchema>;

export const BatchCsvBodySchema = Type.String({
  minLength: 1,
  description:
    'A header line, then one company per line. Columns: name, sector (both required), country, technologies (separated by ; or ；), description, employees, stage, needs (separated by ; or ；; stage and needs in any case). Column order is free; empty cells are omitted.',
});

/** Options for a text/csv body, which has no room for them; a JSON body carries them in `options`. */
export const BatchQuerySchema = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: BATCH_MAX_LIMIT, description: `text/csv bodies only: zones per profile (default ${BATCH_DEFAULT_LIMIT})` }),
    ),
    language: Type.Optional(enumOf(LANGUAGES, { description: 'text/csv bodies only: explanation language (default: Accept-Language, else en)' })),
    persist: Type.Optional(Type.Boolean({ description: 'text/csv bodies only: store profiles and answers (default true)' })),
    weightsPreset: Type.Optional({
      ...RecommendOptionsSchema.properties.weightsPreset,
      description: 'text/csv bodies only: rank with the weights of this named preset',
    }),
  },
  { additionalProperties: false },
);
export type BatchQuery = Static<typeof BatchQuerySchema>;

const FieldProblemSchema = Type.Object({
  path: Type.String({ description: 'JSON pointer into the profile (JSON bodies) or /<column> (CSV bodies); / for the whole row' }),
  message: Type.String(),
});
export type FieldProblem = Static<typeof FieldProblemSchema>;

export const BatchItemSchema = Type.Object({
  row: Type.Integer({ minimum: 1, description: 'Position in the batch, from 1: profiles[row − 1], or the row-th data line after the CSV header' }),
  line: Type.Optional(
    Type.Integer({ minimum: 2, description: 'CSV bodies: the line of the file the row starts on, counting the header as line 1 and blank lines too' }),
  ),
  status: enumOf(['ok', 'invalid'] as const),
  name: Type.Optional(Type.String({ description: 'The company name as given, when there is one' })),
  recommendation: Type.Optional(RecommendationSchema),
  errors: Type.Optional(Type.Array(FieldProblemSchema, { description: 'Why this row was not ranked (status invalid)' })),
});
export type BatchItem = Static<typeof BatchItemSchema>;

export const BatchResponseSchema = Type.Object(
  {
    total: Type.Integer(),
    succeeded: Type.Integer(),
    failed: Type.Integer(),
    language: enumOf(LANGUAGES),
    persisted: Type.Boolean({ description: 'Whether the ranked rows were stored (each answer readable at GET /v1/recommendations/{id})' }),
    catalogVersion: Type.String(),
    engineVersion: Type.String(),
    items: Type.Array(BatchItemSchema),
  },
  { title: 'BatchRecommendation' },
);
export type BatchResponse = Static<typeof BatchResponseSchema>;

export const BATCH_CSV_EXAMPLE = [
  'name,country,sector,technologies,description,employees,stage,needs',
  'Kansai EV Components Co.,JP,Automotive parts for new energy vehicles,battery management systems;electric drive motors,Tier-1 supplier looking for a plant site,850,large,land;talent',
  '深圳微芯科技,CN,集成电路设计,EDA;芯片封装,,40,startup,financing;talent',
  '株式会社北海バイオ,JP,バイオ医薬品,抗体医薬,,120,sme,talent',
].join('\n');
