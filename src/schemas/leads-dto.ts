/**
 * Shapes of GET /v1/zones/{id}/leads: the stored company profiles ranked for one zone, each
 * with the same components and explanation as a recommendation's ranked zone.
 */
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, enumOf } from '../catalog/schema.js';
import { LatestOutcomeSchema } from './outcome-dto.js';
import { RankedZoneSchema } from './recommendation-dto.js';

/** Leads returned: default and maximum. */
export const LEADS_DEFAULT_LIMIT = 20;
export const LEADS_MAX_LIMIT = 100;
/**
 * Most companies scored per request (0.05–0.3 ms each, without explanations). When more qualify, those naming the
 * fewest of the zone's own concepts, then of the related ones, then the oldest, are not scored;
 * the answer's `matching` and `candidates` say how many qualified and how many were scored.
 */
export const LEADS_CANDIDATE_CAP = 1000;

export const LeadsParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200, description: 'Zone id, e.g. dalian-xinriben' }) });

export const LeadsQuerySchema = Type.Object(
  {
    limit: Type.Integer({
      minimum: 1,
      maximum: LEADS_MAX_LIMIT,
      default: LEADS_DEFAULT_LIMIT,
      description: `How many leads (1–${LEADS_MAX_LIMIT}, default ${LEADS_DEFAULT_LIMIT})`,
    }),
    language: Type.Optional(enumOf(LANGUAGES, { description: 'Explanation language; defaults to the Accept-Language header, else en' })),
  },
  { additionalProperties: false },
);
export type LeadsQuery = Static<typeof LeadsQuerySchema>;

export const LeadSchema = Type.Object({
  rank: Type.Integer({ minimum: 1 }),
  score: Type.Number({ description: "0–100: the engine's score of this zone for the company's latest profile" }),
  company: Type.Object({
    profileId: Type.String({ format: 'uuid', description: 'The stored profile scored (the latest submission of this company)' }),
    name: Type.String(),
    country: Type.Optional(Type.String()),
    sector: Type.String(),
    submittedAt: Type.String({ format: 'date-time', description: 'When that latest profile was submitted' }),
    submissions: Type.Integer({ minimum: 1, description: 'How often this company (same name, case-insensitive, and country) was submitted' }),
    recommendationId: Type.String({ format: 'uuid', description: 'The stored answer for that profile: what POST /v1/leads/outcomes takes as `company`' }),
  }),
  latestOutcome: Type.Optional({
    ...LatestOutcomeSchema,
    description: 'The latest outcome recorded for this company and zone (POST /v1/leads/outcomes); absent when none',
  }),
  components: RankedZoneSchema.properties.components,
  penaltyFactor: RankedZoneSchema.properties.penaltyFactor,
  explanation: RankedZoneSchema.properties.explanation,
});
export type Lead = Static<typeof LeadSchema>;

export const LeadsResponseSchema = Type.Object(
  {
    zone: RankedZoneSchema.properties.zone,
    language: enumOf(LANGUAGES),
    catalogVersion: Type.String(),
    engineVersion: Type.String(),
    matching: Type.Integer({ description: "Companies whose latest profile names one of the zone's industry concepts, or an ancestor or descendant of one" }),
    candidates: Type.Integer({
      description: `How many of them were scored: all, up to ${LEADS_CANDIDATE_CAP} (those naming the most of the zone's own concepts, then the most recent)`,
    }),
    items: Type.Array(LeadSchema),
  },
  { title: 'ZoneLeads' },
);
export type LeadsResponse = Static<typeof LeadsResponseSchema>;
