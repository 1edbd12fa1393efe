/**
 * Shapes of /v1/leads/outcomes: what happened between a company and a zone, recorded by staff
 * (append-only), listed and exported as CSV.
 */
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES } from '../catalog/schema.js';
import { SafeText } from './recommendation-dto.js';

export const OUTCOME_STATUSES = ['contacted', 'visited', 'negotiating', 'invested', 'declined'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/**
 * A string limited to `values`, as a plain JSON Schema `enum`, so a wrong value is answered
 * "must be one of a, b, c" (see problemsFromSchemaErrors) rather than one line per value.
 */
export function oneOfValues<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

export const OutcomeStatusSchema = oneOfValues(OUTCOME_STATUSES, `One of ${OUTCOME_STATUSES.join(', ')}`);

export const RecordOutcomeSchema = Type.Object(
  {
    company: Type.String({
      format: 'uuid',
      description:
        "The id of a stored recommendation for the company (the `id` of POST /v1/recommendations, a batch row's recommendation_id, or `company.recommendationId` in a zone's lead list): it names the company and the profile the outcome is about.",
    }),
    zone: Type.String({ minLength: 1, maxLength: 200, description: 'Zone id, e.g. dalian-xinriben' }),
    status: OutcomeStatusSchema,
    reason: Type.Optional(SafeText({ maxLength: 2000, description: 'Why; required when status is declined' })),
    note: Type.Optional(SafeText({ maxLength: 5000 })),
  },
  { additionalProperties: false, title: 'RecordOutcome' },
);
export type RecordOutcome = Static<typeof RecordOutcomeSchema>;

export const OutcomeSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    company: Type.Object({
      name: Type.String(),
      country: Type.Optional(Type.String()),
      recommendationId: Type.String({ format: 'uuid', description: 'The stored recommendation named when recording' }),
    }),
    zone: Type.Object({
      id: Type.String(),
      name: Type.Optional(Type.String({ description: 'In the language asked for; absent when the zone has left the catalog' })),
    }),
    status: OutcomeStatusSchema,
    reason: Type.Optional(Type.String()),
    note: Type.Optional(Type.String()),
    recordedBy: Type.String({ description: 'The label of the staff key that recorded it' }),
    recordedAt: Type.String({ format: 'date-time', description: 'Server time of recording' }),
  },
  { title: 'LeadOutcome' },
);
export type Outcome = Static<typeof OutcomeSchema>;

export const OUTCOMES_DEFAULT_LIMIT = 50;
export const OUTCOMES_MAX_LIMIT = 500;

export const OutcomeQuerySchema = Type.Object(
  {
    zone: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Only this zone' })),
    company: Type.Optional(SafeText({ minLength: 1, maxLength: 200, description: 'Only companies whose name contains this (case-insensitive)' })),
    status: Type.Optional(OutcomeStatusSchema),
    limit: Type.Integer({
      minimum: 1,
      maximum: OUTCOMES_MAX_LIMIT,
      default: OUTCOMES_DEFAULT_LIMIT,
      description: `Page size (1–${OUTCOMES_MAX_LIMIT}, default ${OUTCOMES_DEFAULT_LIMIT}); the CSV export ignores it`,
    }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    language: Type.Optional(oneOfValues(LANGUAGES, 'Language of zone names; defaults to Accept-Language, else en')),
  },
  { additionalProperties: false },
);
export type OutcomeQuery = Static<typeof OutcomeQuerySchema>;

export const OutcomeListSchema = Type.Object(
  {
    items: Type.Array(OutcomeSchema),
    total: Type.Integer({ minimum: 0, description: 'Outcomes matching the filters' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { title: 'LeadOutcomeList' },
);
export type OutcomeList = Static<typeof OutcomeListSchema>;

/** The latest outcome of a lead (a company for a zone), shown in the zone's lead list. */
export const LatestOutcomeSchema = Type.Object({
  status: OutcomeStatusSchema,
  recordedAt: Type.String({ format: 'date-time' }),
  recordedBy: Type.String(),
});
