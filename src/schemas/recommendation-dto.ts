/**
 * The recommendation API's request and response shapes: validation, serialization, types and
 * OpenAPI from the same TypeBox objects.
 */
import { Type, type Static, type StringOptions } from '@sinclair/typebox';
import { INCENTIVE_TYPES, LANGUAGES, NEEDS, NEGATIVE_LIST_KINDS, STAGES, enumOf } from '../catalog/schema.js';
import { ACTIVITIES, COMPONENT_NAMES } from '../engine/types.js';

/**
 * Text that Postgres can store and give back byte for byte: no NUL characters and no unpaired
 * UTF-16 surrogates (ajv compiles patterns with the `u` flag, so the class below only matches
 * lone surrogates).
 */
export const SAFE_TEXT_PATTERN = '^[^\\u0000\\uD800-\\uDFFF]*$';
export const SafeText = (options: StringOptions = {}) => Type.String({ pattern: SAFE_TEXT_PATTERN, ...options });

const NonNegative = (description: string) => Type.Number({ minimum: 0, maximum: 1e15, description });

export const ProfileSchema = Type.Object(
  {
    name: SafeText({ minLength: 1, maxLength: 200, description: 'Company name' }),
    sector: SafeText({ minLength: 1, maxLength: 500, description: 'What the company does, free text in English, Japanese or Chinese' }),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 country of origin, e.g. JP, HK, DE' })),
    isic: Type.Optional(Type.String({ pattern: '^[0-9]{2,4}$', description: 'ISIC Rev.4 division, group or class, e.g. 2610' })),
    technologies: Type.Optional(Type.Array(SafeText({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
    products: Type.Optional(Type.Array(SafeText({ minLength: 1, maxLength: 200 }), { maxItems: 50 })),
    description: Type.Optional(SafeText({ maxLength: 5000 })),
    size: Type.Optional(
      Type.Object(
        {
          employees: Type.Optional(NonNegative('Headcount')),
          annualRevenueUsd: Type.Optional(NonNegative('Annual revenue in USD')),
          plannedInvestmentUsd: Type.Optional(NonNegative('Planned investment in China in USD')),
          landAreaM2: Type.Optional(NonNegative('Land needed in m²')),
        },
        { additionalProperties: false },
      ),
    ),
    stage: Type.Optional(enumOf(STAGES)),
    activity: Type.Optional(
      enumOf(ACTIVITIES, {
        description:
          'What the company will do at the site: manufacturing (a plant), rnd (an R&D centre), software (software or digital business), trade_logistics, services. Read from its industries when not given.',
      }),
    ),
    needs: Type.Optional(Type.Array(enumOf(NEEDS), { maxItems: NEEDS.length * 2 })),
    attributes: Type.Optional(
      Type.Object(
        {
          highTech: Type.Optional(Type.Boolean({ description: 'Certified or qualifying high-tech enterprise' })),
          rdIntensityPct: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
          exportSharePct: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
          energyIntensive: Type.Optional(Type.Boolean()),
          highEmission: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'CompanyProfile' },
);
export type ProfileInput = Static<typeof ProfileSchema>;

const weight = () => Type.Optional(Type.Number({ minimum: 0, maximum: 1000 }));
export const WeightsSchema = Type.Object(
  Object.fromEntries(COMPONENT_NAMES.map((n) => [n, weight()])) as Record<(typeof COMPONENT_NAMES)[number], ReturnType<typeof weight>>,
  {
    additionalProperties: false,
    description:
      'Partial override of the component weights (non-negative, not all zero). Fit (industry, technology) and context (the rest) are each weighed within their own group; see docs/design.md.',
  },
);

/** All six weights, as a ranking used them (relative: the score divides by their sum). */
export const WeightsUsedSchema = Type.Object(
  Object.fromEntries(COMPONENT_NAMES.map((n) => [n, Type.Number({ minimum: 0 })])) as Record<(typeof COMPONENT_NAMES)[number], ReturnType<typeof Type.Number>>,
  { additionalProperties: false },
);

/** A weight preset's name: lower-case letters, digits, '.', '_' and '-', at most 64 characters. */
export const PRESET_NAME_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';

export const RecommendOptionsSchema = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
    language: Type.Optional(enumOf(LANGUAGES, { description: 'Defaults to the Accept-Language header, else en' })),
    weights: Type.Optional(WeightsSchema),
    weightsPreset: Type.Optional(
      Type.String({
        pattern: PRESET_NAME_PATTERN,
        description:
          'Rank with the weights of this named preset (GET /v1/weight-presets); not together with weights. The answer names the preset and the weights used.',
      }),
    ),
    persist: Type.Optional(Type.Boolean({ default: true, description: 'Store the profile and the answer (default true)' })),
    programs: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,80}$' }), { minItems: 1, maxItems: 50 })),
    zones: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,80}$' }), { minItems: 1, maxItems: 500 })),
    areasPerProgram: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 50,
        default: 2,
        description: 'Areas of one program in one city listed before the others are folded into the best one (explanation.otherAreas); 0 lists every area',
      }),
    ),
    incentives: Type.Optional(
      enumOf(['top', 'all'] as const, {
        description:
          'top (default): the best five measures for this company, at most two of a type, the rest counted by type in moreIncentives; all: every applicable measure',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RecommendOptions = Static<typeof RecommendOptionsSchema>;

export const RecommendRequestSchema = Type.Object(
  { profile: ProfileSchema, options: Type.Optional(RecommendOptionsSchema) },
  { additionalProperties: false, title: 'RecommendationRequest' },
);
export type RecommendRequest = Static<typeof RecommendRequestSchema>;

const ComponentSchema = Type.Object({
  score: Type.Number({ description: 'Component score, 0–1' }),
  weight: Type.Number({ description: 'Weight as used (relative)' }),
  contribution: Type.Number({
    description: 'Points added to the 0–100 score; contributions sum to the score (industry includes the 50 gate points of a strong match)',
  }),
});

/** A cited source: the document's file name, the section, and the document's title in the answer's language. */
export const CitedSourceSchema = Type.Object({
  doc: Type.String({ description: 'The document (GET /v1/sources/{doc})' }),
  section: Type.String({ description: 'The section cited (GET /v1/sources/{doc}/excerpt?section=… shows it)' }),
  title: Type.Optional(Type.String({ description: "The document's title in the answer's language (absent on answers stored before titles were added)" })),
});

export const RankedZoneSchema = Type.Object({
  rank: Type.Integer(),
  score: Type.Number({ description: '0–100, one decimal' }),
  zone: Type.Object({ id: Type.String(), name: Type.String(), program: Type.String(), city: Type.String(), province: Type.String() }),
  fit: enumOf(['strong', 'weak'] as const, {
    description: "strong: the zone hosts the company's industry (industry score ≥ 0.5) and scores at least 50; weak: it does not",
  }),
  components: Type.Object(
    Object.fromEntries(COMPONENT_NAMES.map((n) => [n, ComponentSchema])) as Record<(typeof COMPONENT_NAMES)[number], typeof ComponentSchema>,
  ),
  penaltyFactor: Type.Number({ description: '1, or below 1 when a restriction in the documents scaled the points above the gate down' }),
  explanation: Type.Object({
    summary: Type.String(),
    matchedIndustries: Type.Array(
      Type.Object({
        industry: Type.String(),
        industryId: Type.String(),
        level: enumOf(['core', 'secondary'] as const),
        origin: enumOf(['zone', 'program'] as const),
        relation: enumOf(['same', 'narrower', 'broader'] as const, {
          description:
            "same: the company's own industry; narrower: the zone's industry covers the company's; broader: the zone's industry is a specialty within the company's field",
        }),
        strength: Type.Number(),
        position: Type.Optional(Type.Integer({ minimum: 1, description: "A catalogue zone's industry: its place in the zone's list (1 = main industry)" })),
        matchedTerms: Type.Array(Type.String()),
        source: CitedSourceSchema,
      }),
    ),
    matchedTechnologyTerms: Type.Array(Type.String()),
    applicableIncentives: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        type: enumOf(INCENTIVE_TYPES),
        status: enumOf(['stated', 'proposed'] as const),
        origin: enumOf(['zone', 'program'] as const),
        why: Type.String(),
        source: CitedSourceSchema,
      }),
      { description: 'The measures most useful to this company, best first: five at most, two of a type, unless options.incentives is all' },
    ),
    applicableIncentiveCount: Type.Integer({ minimum: 0, description: 'How many measures the profile qualifies for in all' }),
    moreIncentives: Type.Array(Type.Object({ type: enumOf(INCENTIVE_TYPES), count: Type.Integer({ minimum: 1 }), label: Type.String() }), {
      description: 'Qualifying measures not listed, counted by type; options.incentives=all lists them',
    }),
    notEligible: Type.Array(
      Type.Object({ id: Type.String(), title: Type.String(), type: enumOf(INCENTIVE_TYPES), reason: Type.String(), source: CitedSourceSchema }),
      { description: "Measures that serve the company's needs or name its industry but that it misses by one condition" },
    ),
    evidence: Type.Array(Type.Object({ component: enumOf(COMPONENT_NAMES), message: Type.String(), source: Type.Optional(CitedSourceSchema) }), {
      description: 'The context signals behind the score: approval level, regional cluster, zone type, area',
    }),
    concerns: Type.Array(Type.Object({ code: Type.String(), message: Type.String(), source: Type.Optional(CitedSourceSchema) })),
    otherAreas: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), score: Type.Number() }), {
      description: 'Areas of the same program in the same city folded into this result (options.areasPerProgram)',
    }),
  }),
});

export const NegativeListWarningSchema = Type.Object(
  {
    code: Type.Union([Type.Literal('NEGATIVE_LIST_PROHIBITED'), Type.Literal('NEGATIVE_LIST_RESTRICTED')]),
    measure: Type.Integer({ minimum: 1, description: 'The measure number in the 2024 list' }),
    kind: enumOf(NEGATIVE_LIST_KINDS, {
      description:
        'prohibited; chinese_control (the Chinese side must control or lead); equity_cap (a foreign share limit); other_restriction (e.g. joint ventures only)',
    }),
    transcribed: Type.Boolean({ description: "false: the measure's official wording is not transcribed and text only names its topic" }),
    text: Type.String({
      description: "The measure in the answer's language (Chinese: the official wording; English and Japanese: renderings, not official translations)",
    }),
    message: Type.String(),
    matchedBy: Type.Object({ field: Type.Union([Type.Literal('sector'), Type.Literal('products'), Type.Literal('isic')]), text: Type.String() }),
    source: CitedSourceSchema,
  },
  { title: 'NegativeListWarning' },
);

const NormalizedProfileSchema = Type.Composite([
  Type.Omit(ProfileSchema, ['technologies', 'products', 'needs']),
  Type.Object({
    technologies: Type.Array(Type.String()),
    products: Type.Array(Type.String()),
    needs: Type.Array(enumOf(NEEDS)),
    detectedConcepts: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), matchedText: Type.String() })),
    activity: enumOf(ACTIVITIES, { description: 'What the company will do at the site, as given or read from its industries' }),
    activityInferred: Type.Boolean({ description: 'true when activity was read from the industries rather than given' }),
  }),
]);

export const RecommendationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    createdAt: Type.String({ format: 'date-time' }),
    catalogVersion: Type.String(),
    engineVersion: Type.String(),
    language: enumOf(LANGUAGES),
    persisted: Type.Boolean({ description: 'Whether GET /v1/recommendations/{id} can return this answer later' }),
    weights: Type.Optional({ ...WeightsUsedSchema, description: 'The component weights this ranking used (absent on answers stored before it was recorded)' }),
    weightsPreset: Type.Optional(Type.String({ description: 'The preset those weights came from, when options.weightsPreset named one' })),
    profile: NormalizedProfileSchema,
    results: Type.Array(RankedZoneSchema),
    warnings: Type.Optional(
      Type.Array(NegativeListWarningSchema, {
        description:
          "Measures of China's 2024 foreign-investment negative list that the company's sector, products or ISIC code fall under (empty for a mainland Chinese company); each also appears as a concern on every result. Absent on answers stored before it was checked.",
      }),
    ),
  },
  { title: 'Recommendation' },
);
export type Recommendation = Static<typeof RecommendationSchema>;

export const RecommendationParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const DetectRequestSchema = Type.Object(
  {
    text: SafeText({ minLength: 1, maxLength: 20000 }),
    language: Type.Optional(enumOf(LANGUAGES, { description: 'Language of the labels returned (default en)' })),
  },
  { additionalProperties: false },
);
export const DetectResponseSchema = Type.Object({
  concepts: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), matchedText: Type.String(), start: Type.Integer(), end: Type.Integer() })),
});

// ── History (GET /v1/recommendations) ───────────────────────────────────────────────────────

export const HISTORY_DEFAULT_LIMIT = 20;
export const HISTORY_MAX_LIMIT = 100;

const IsoDateOrTime = (description: string) =>
  Type.String({
    minLength: 1,
    maxLength: 40,
    description: `${description}: an ISO 8601 date (2026-12-05, a whole day in UTC) or date-time (2026-12-05T09:30:00Z)`,
  });

export const HistoryQuerySchema = Type.Object(
  {
    company: Type.Optional(SafeText({ minLength: 1, maxLength: 200, description: 'Only companies whose name contains this (case-insensitive)' })),
    from: Type.Optional(IsoDateOrTime('Stored at or after')),
    to: Type.Optional(IsoDateOrTime('Stored at or before (a date includes that whole day)')),
    limit: Type.Integer({
      minimum: 1,
      maximum: HISTORY_MAX_LIMIT,
      default: HISTORY_DEFAULT_LIMIT,
      description: `Page size (1–${HISTORY_MAX_LIMIT}, default ${HISTORY_DEFAULT_LIMIT})`,
    }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuerySchema>;

export const HistoryItemSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'GET /v1/recommendations/{id} gives the whole answer' }),
  company: Type.Object({ name: Type.String(), country: Type.Optional(Type.String()) }),
  createdAt: Type.String({ format: 'date-time' }),
  language: enumOf(LANGUAGES),
  topZone: Type.Optional(
    Type.Object(
      { id: Type.String(), name: Type.String({ description: "In the answer's language" }), score: Type.Number() },
      { description: 'Absent when the answer ranked no zone' },
    ),
  ),
});

export const HistorySchema = Type.Object(
  {
    items: Type.Array(HistoryItemSchema),
    total: Type.Integer({ minimum: 0, description: 'Stored answers matching the filters' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { title: 'RecommendationHistory' },
);
export type History = Static<typeof HistorySchema>;
