/**
 * GET /v1/recommendations/{id}/compare: two to five zones side by side for a stored answer's
 * profile, scored by the engine with that answer's weights. Each zone carries its details
 * (`zones`), and `rows` lines the comparable fields up one row per field, one value per zone,
 * with `differs` set where the zones do not all agree.
 */
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, SourceRefSchema, ZONE_KINDS, enumOf } from '../catalog/schema.js';
import { oneOfValues } from './outcome-dto.js';
import { RankedZoneSchema, RecommendationSchema, WeightsUsedSchema } from './recommendation-dto.js';

export const COMPARE_MIN_ZONES = 2;
export const COMPARE_MAX_ZONES = 5;

export const CompareQuerySchema = Type.Object(
  {
    zones: Type.String({
      minLength: 1,
      maxLength: 1000,
      description: `${COMPARE_MIN_ZONES}–${COMPARE_MAX_ZONES} distinct zone ids, comma-separated: zones of the answer or any zone of the catalog`,
      example: 'dalian-xinriben,suzhou-sip',
    }),
    language: Type.Optional(oneOfValues(LANGUAGES, "Language of names and explanations; default the answer's")),
  },
  { additionalProperties: false },
);
export type CompareQuery = Static<typeof CompareQuerySchema>;

const sourcedNumber = Type.Union([Type.Object({ value: Type.Number(), source: SourceRefSchema }), Type.Null()]);

export const TitledSourceSchema = Type.Object({
  doc: Type.String(),
  section: Type.String(),
  title: Type.String({ description: "The document's title in the language asked for (its file name when the catalog has no title for it)" }),
});

const explanation = RankedZoneSchema.properties.explanation.properties;

export const ComparedZoneSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  program: Type.Object({ id: Type.String(), name: Type.String() }),
  kind: enumOf(ZONE_KINDS),
  score: Type.Number({ description: "0–100: the engine's score of this zone for the stored profile, with the answer's weights" }),
  components: RankedZoneSchema.properties.components,
  penaltyFactor: RankedZoneSchema.properties.penaltyFactor,
  inAnswer: Type.Union([Type.Object({ rank: Type.Integer({ minimum: 1 }), score: Type.Number() }), Type.Null()], {
    description: 'Where the stored answer ranked this zone and with what score; null when the answer did not list it',
  }),
  summary: explanation.summary,
  matchedIndustries: explanation.matchedIndustries,
  applicableIncentives: explanation.applicableIncentives,
  applicableIncentiveCount: explanation.applicableIncentiveCount,
  figures: Type.Object({
    areaKm2: sourcedNumber,
    distancesKm: Type.Object(
      { port: sourcedNumber, airport: sourcedNumber, cityCentre: sourcedNumber },
      { description: 'null where the catalog gives no distance' },
    ),
  }),
  location: Type.Object({
    province: Type.String(),
    city: Type.String(),
    district: Type.Optional(Type.String()),
    coordinates: Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number() }), Type.Null()], {
      description: 'The seat of the county or city the zone lies in (WGS84); null where the catalog could not place the zone',
    }),
  }),
  partners: Type.Array(Type.Object({ country: Type.String(), source: SourceRefSchema })),
  concerns: explanation.concerns,
  sources: Type.Array(TitledSourceSchema, { description: 'Every document section the facts above cite, once each, with its title' }),
});
export type ComparedZone = Static<typeof ComparedZoneSchema>;

/** The keys of `rows`, in order: what a comparison table shows, one line each. */
export const COMPARISON_FIELDS = [
  'score',
  'components.industry',
  'components.technology',
  'components.incentives',
  'components.cooperation',
  'components.size',
  'components.logistics',
  'matchedIndustries',
  'applicableIncentiveCount',
  'applicableIncentives',
  'areaKm2',
  'distancesKm.port',
  'distancesKm.airport',
  'distancesKm.cityCentre',
  'location',
  'partners',
  'concerns',
  'sources',
] as const;
export type ComparisonField = (typeof COMPARISON_FIELDS)[number];

const CellSchema = Type.Union([Type.Number(), Type.String(), Type.Array(Type.String()), Type.Null()], {
  description: 'A number, a text, a list of texts, or null where the catalog has nothing',
});

export const ComparisonRowSchema = Type.Object({
  field: enumOf(COMPARISON_FIELDS, {
    description:
      'score; components.<name> (points added to the score); matchedIndustries, applicableIncentives, partners (country codes), concerns (codes), sources (titles): lists; areaKm2 and distancesKm.*: numbers or null; location: "city, province"',
  }),
  values: Type.Array(CellSchema, { description: 'One per zone, in the order of `zones`' }),
  differs: Type.Boolean({ description: 'The zones do not all have the same value (lists compared as sets)' }),
});
export type ComparisonRow = Static<typeof ComparisonRowSchema>;

export const ComparisonSchema = Type.Object(
  {
    recommendationId: Type.String({ format: 'uuid' }),
    company: Type.String(),
    language: enumOf(LANGUAGES),
    weights: WeightsUsedSchema,
    weightsPreset: Type.Optional(Type.String()),
    catalogVersion: Type.String({ description: 'The catalog the zones were scored on (the live one)' }),
    answerCatalogVersion: Type.String({ description: 'The catalog the stored answer was ranked on; scores may differ from the answer where these differ' }),
    engineVersion: Type.String({ description: 'The engine that scored the zones (the live one)' }),
    answerEngineVersion: Type.String({ description: 'The engine that ranked the stored answer' }),
    zones: Type.Array(ComparedZoneSchema, { description: 'In the order asked for' }),
    rows: Type.Array(ComparisonRowSchema),
  },
  { title: 'ZoneComparison' },
);
export type Comparison = Static<typeof ComparisonSchema>;

// ── The client brief (GET /r/{id}/brief as HTML, GET /v1/recommendations/{id}/brief as JSON) ──

export const BRIEF_DEFAULT_ZONES = 3;
export const BRIEF_MAX_ZONES = COMPARE_MAX_ZONES;

export const BriefQuerySchema = Type.Object(
  {
    lang: Type.Optional(oneOfValues(LANGUAGES, "The brief's language; default the answer's")),
    zones: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: `A shortlist of 1–${BRIEF_MAX_ZONES} zone ids, comma-separated; default the answer's top ${BRIEF_DEFAULT_ZONES}`,
      }),
    ),
  },
  { additionalProperties: false },
);
export type BriefQuery = Static<typeof BriefQuerySchema>;

export const BriefSchema = Type.Object(
  {
    recommendationId: Type.String({ format: 'uuid' }),
    language: enumOf(LANGUAGES),
    answeredAt: Type.String({ format: 'date-time', description: 'When the answer was stored' }),
    profile: Type.Composite([
      Type.Omit(RecommendationSchema.properties.profile, ['detectedConcepts']),
      Type.Object({
        recognisedIndustries: Type.Array(Type.String(), { description: "The taxonomy concepts read in the profile, named in the brief's language" }),
      }),
    ]),
    weights: WeightsUsedSchema,
    weightsPreset: Type.Optional(Type.String()),
    catalogVersion: Type.String(),
    engineVersion: Type.String(),
    zones: Type.Array(ComparedZoneSchema, { description: 'The shortlist in the order given, else the top zones of the answer' }),
  },
  { title: 'ClientBrief' },
);
export type Brief = Static<typeof BriefSchema>;
