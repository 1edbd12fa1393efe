/**
 * The zone catalog's data model: one TypeBox schema per file kind under `seeds/`.
 * The same objects validate the seed files on load, type the loader and the engine,
 * and (for zones) validate catalog writes through the API.
 */
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';

/** A union of string literals that keeps the literal types for `Static<>`. */
type LiteralTuple<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };
export function enumOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<LiteralTuple<T> & TSchema[]>;
}

/** A lowercase slug: letters, digits and single hyphens. */
export const SlugSchema = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 1, maxLength: 80 });

export const LANGUAGES = ['en', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text written in all three interface languages. */
export const LocalizedTextSchema = Type.Object(
  {
    en: Type.String({ minLength: 1 }),
    ja: Type.String({ minLength: 1 }),
    zh: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type LocalizedText = Static<typeof LocalizedTextSchema>;

/**
 * A source document's file name: a policy document in ../shared/seeds, or the 2018 national
 * development-zone catalogue shipped in seeds/national/ (cited by catalogue-level zones), or the
 * transcription of the 2024 foreign-investment negative list (cited by negative-list warnings).
 */
const SOURCE_DOC_PATTERN = '^([0-9]{3}_[0-9a-f]{16}\\.txt|china-dev-zones-2018\\.csv|negative-list-2024\\.csv)$';

/** Where a fact comes from: a source document and the section heading (or catalogue row) it sits under. */
export const SourceRefSchema = Type.Object(
  {
    doc: Type.String({ pattern: SOURCE_DOC_PATTERN }),
    section: Type.String({ minLength: 1, maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type SourceRef = Static<typeof SourceRefSchema>;

export const STAGES = ['startup', 'sme', 'large', 'listed'] as const;
export type Stage = (typeof STAGES)[number];
export const StageSchema = enumOf(STAGES);

export const NEEDS = [
  'land',
  'talent',
  'financing',
  'rnd_collaboration',
  'export_logistics',
  'bonded_trade',
  'cross_border_data',
  'listing',
  'ip_protection',
] as const;
export type Need = (typeof NEEDS)[number];
export const NeedSchema = enumOf(NEEDS);

export const INCENTIVE_TYPES = ['tax', 'finance_subsidy', 'land', 'talent_visa', 'trade_customs', 'data', 'rnd_platform', 'listing_capital'] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

export const ZONE_KINDS = ['industrial_park', 'innovation_district', 'service_district', 'bonded_zone', 'high_tech_zone'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeSchema = Type.String({ pattern: '^[A-Z]{2}$' });

function sourced<T extends TSchema>(value: T) {
  return Type.Object({ value, source: SourceRefSchema }, { additionalProperties: false });
}

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

/**
 * What a source document is: a law or regulation, a ministerial order, a notice, a plan (master
 * plans, five-year plans, action plans), an official catalogue or register, a government
 * announcement, or a news report about one of these.
 */
export const SOURCE_KINDS = ['law', 'regulation', 'order', 'notice', 'plan', 'catalogue', 'announcement', 'news_report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SourceDocumentSchema = Type.Object(
  {
    doc: Type.String({ pattern: SOURCE_DOC_PATTERN }),
    title: LocalizedTextSchema,
    language: Type.Union([Type.Literal('ja'), Type.Literal('zh')]),
    publisher: Type.String({ minLength: 1 }),
    published: Type.Optional(Type.String({ pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' })),
    note: Type.Optional(Type.String()),
    /** What kind of document it is, as the document presents itself. */
    kind: Type.Optional(enumOf(SOURCE_KINDS)),
    /** Who issued it (the authority, or the newspaper for a report), in three languages. */
    issuer: Type.Optional(LocalizedTextSchema),
  },
  { additionalProperties: false },
);
export const SourcesFileSchema = Type.Object({ sources: Type.Array(SourceDocumentSchema, { minItems: 1 }) }, { additionalProperties: false });
export type SourceDocument = Static<typeof SourceDocumentSchema>;

// ---------------------------------------------------------------------------
// Taxonomy
// ---------------------------------------------------------------------------

export const ConceptSchema = Type.Object(
  {
    id: SlugSchema,
    /** null for the top-level fields. */
    parent: Type.Union([SlugSchema, Type.Null()]),
    labels: LocalizedTextSchema,
    /**
     * Other ways to write the concept, per language. Matching is case- and width-insensitive,
     * so list each spelling once. Give both simplified-Chinese (zh) and Japanese kanji (ja)
     * forms where they differ, and common abbreviations (EV, IC, AI...).
     */
    synonyms: Type.Object(
      {
        en: Type.Array(Type.String({ minLength: 1 })),
        ja: Type.Array(Type.String({ minLength: 1 })),
        zh: Type.Array(Type.String({ minLength: 1 })),
      },
      { additionalProperties: false },
    ),
    /** ISIC Rev.4 class (4 digits) or division (2 digits) where one fits. */
    isic: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{2}([0-9]{2})?$' }), { minItems: 1 })),
  },
  { additionalProperties: false },
);
export type Concept = Static<typeof ConceptSchema>;
export const TaxonomyFileSchema = Type.Object({ concepts: Type.Array(ConceptSchema, { minItems: 1 }) }, { additionalProperties: false });

// ---------------------------------------------------------------------------
// Facts shared by programs and zones
// ---------------------------------------------------------------------------

export const IndustrySchema = Type.Object(
  {
    /** Unique within its zone or program. */
    id: SlugSchema,
    name: LocalizedTextSchema,
    /** Taxonomy concept ids this industry covers (at least one). */
    concepts: Type.Array(SlugSchema, { minItems: 1 }),
    /** core: a focus the document names for this zone; secondary: listed but not the focus. */
    level: enumOf(['core', 'secondary'] as const),
    /** The products and technologies the document lists under this industry, in three languages. */
    details: Type.Array(LocalizedTextSchema),
    source: SourceRefSchema,
  },
  { additionalProperties: false },
);
export type Industry = Static<typeof IndustrySchema>;

/**
 * Who an incentive applies to. Every stated field must hold (AND); within a list any value
 * will do (OR). An empty object means any company located in the zone.
 */
export const EligibilitySchema = Type.Object(
  {
    countries: Type.Optional(Type.Array(CountryCodeSchema, { minItems: 1 })),
    /** The company must not be from these countries (e.g. CN for measures aimed at foreign investors). */
    excludeCountries: Type.Optional(Type.Array(CountryCodeSchema, { minItems: 1 })),
    /** The company must match one of these concepts or a descendant. */
    concepts: Type.Optional(Type.Array(SlugSchema, { minItems: 1 })),
    stages: Type.Optional(Type.Array(StageSchema, { minItems: 1 })),
    highTech: Type.Optional(Type.Literal(true)),
    minRdIntensityPct: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    minExportSharePct: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type Eligibility = Static<typeof EligibilitySchema>;

export const IncentiveSchema = Type.Object(
  {
    /** Unique across the whole catalog. */
    id: SlugSchema,
    type: enumOf(INCENTIVE_TYPES),
    title: LocalizedTextSchema,
    /** What the measure offers, in our own words. */
    summary: LocalizedTextSchema,
    eligibility: EligibilitySchema,
    /** The company needs this measure serves; a profile with one of them values it more. */
    serves: Type.Array(NeedSchema),
    /** stated: the document commits to it; proposed: the document says it will seek or explore it. */
    status: enumOf(['stated', 'proposed'] as const),
    source: SourceRefSchema,
  },
  { additionalProperties: false },
);
export type Incentive = Static<typeof IncentiveSchema>;

export const RestrictionSchema = Type.Object(
  {
    code: enumOf(['HIGH_ENERGY_HIGH_EMISSION'] as const),
    description: LocalizedTextSchema,
    appliesTo: Type.Object(
      {
        energyIntensive: Type.Optional(Type.Literal(true)),
        highEmission: Type.Optional(Type.Literal(true)),
      },
      { additionalProperties: false, minProperties: 1 },
    ),
    source: SourceRefSchema,
  },
  { additionalProperties: false },
);
export type Restriction = Static<typeof RestrictionSchema>;

export const TargetSchema = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    description: LocalizedTextSchema,
    source: SourceRefSchema,
  },
  { additionalProperties: false },
);
export type Target = Static<typeof TargetSchema>;

export const PartnerSchema = Type.Object({ country: CountryCodeSchema, source: SourceRefSchema }, { additionalProperties: false });

/** Named facilities and platforms the document places in or for the zone. */
export const PlatformSchema = Type.Object(
  { name: LocalizedTextSchema, concepts: Type.Array(SlugSchema), source: SourceRefSchema },
  { additionalProperties: false },
);

const factLists = {
  industries: Type.Array(IndustrySchema),
  incentives: Type.Array(IncentiveSchema),
  restrictions: Type.Array(RestrictionSchema),
  targets: Type.Array(TargetSchema),
  partners: Type.Array(PartnerSchema),
  platforms: Type.Array(PlatformSchema),
};

// ---------------------------------------------------------------------------
// Programs and zones
// ---------------------------------------------------------------------------

export const ProgramSchema = Type.Object(
  {
    id: SlugSchema,
    /** A program whose facts this one also inherits (e.g. Dalian's plan inside the China-Japan zones). */
    parent: Type.Optional(SlugSchema),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    ...factLists,
    sources: Type.Array(SourceRefSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Program = Static<typeof ProgramSchema>;

export const LocationSchema = Type.Object(
  {
    province: LocalizedTextSchema,
    city: LocalizedTextSchema,
    district: Type.Optional(LocalizedTextSchema),
    /** The county-level division (county, district, county-level city) the zone lies in, where known. */
    county: Type.Optional(LocalizedTextSchema),
    /** GB/T 2260 code of the most specific division known (the county's, else the city's). */
    divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 administrative division code (six digits)' })),
    /** WGS84 coordinates of the seat of the county (or, failing that, the city) the zone lies in: where the zone is roughly, not its boundary. */
    coordinates: Type.Optional(
      Type.Object(
        { lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) },
        { additionalProperties: false, description: "The seat of the zone's county or city (WGS84)" },
      ),
    ),
    /** Whose seat `coordinates` gives. */
    coordinatesOf: Type.Optional(Type.Union([Type.Literal('county'), Type.Literal('city')])),
    /** False when the zone's city could not be determined (then `city` says so and `note` why). */
    resolved: Type.Optional(Type.Boolean()),
    /** How the place was found, or why it was not. */
    note: Type.Optional(LocalizedTextSchema),
  },
  { additionalProperties: false },
);

export const ZoneSchema = Type.Object(
  {
    id: SlugSchema,
    program: SlugSchema,
    name: LocalizedTextSchema,
    /** What the zone is for, in our own words. */
    summary: LocalizedTextSchema,
    kind: enumOf(ZONE_KINDS),
    location: LocationSchema,
    areaKm2: Type.Optional(sourced(Type.Number({ exclusiveMinimum: 0 }))),
    distancesKm: Type.Optional(
      Type.Object(
        {
          airport: Type.Optional(sourced(Type.Number({ minimum: 0 }))),
          port: Type.Optional(sourced(Type.Number({ minimum: 0 }))),
          cityCentre: Type.Optional(sourced(Type.Number({ minimum: 0 }))),
        },
        { additionalProperties: false },
      ),
    ),
    ...factLists,
    /** How much the documents say about this zone. */
    completeness: enumOf(['detailed', 'partial', 'minimal'] as const),
    /** Codes of this zone's entries in the 2018 national development-zone catalogue, if any. */
    catalogueCodes: Type.Optional(Type.Array(Type.String({ pattern: '^[GS][0-9]{6}$' }))),
    /** When the zone was first approved (YYYY or YYYY.MM), as the 2018 catalogue records it. */
    approved: Type.Optional(sourced(Type.String({ pattern: '^[0-9]{4}(\\.[0-9]{2})?$' }))),
    sources: Type.Array(SourceRefSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Zone = Static<typeof ZoneSchema>;

// ---------------------------------------------------------------------------
// China's foreign-investment negative list (seeds/negative-list.json)
// ---------------------------------------------------------------------------

/** prohibited: no foreign investment; the others restrict it (control, a share cap, joint ventures only…). */
export const NEGATIVE_LIST_KINDS = ['prohibited', 'chinese_control', 'equity_cap', 'other_restriction'] as const;
export type NegativeListKind = (typeof NEGATIVE_LIST_KINDS)[number];

const KeywordsSchema = Type.Object(
  {
    en: Type.Array(Type.String({ minLength: 1 })),
    ja: Type.Array(Type.String({ minLength: 1 })),
    zh: Type.Array(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

export const NegativeListMeasureSchema = Type.Object(
  {
    /** The measure's number in the list (序号). */
    measure: Type.Integer({ minimum: 1 }),
    /** The section heading the measure sits under, as the list writes it (e.g. 七、租赁和商务服务业). */
    section: Type.String({ minLength: 1 }),
    kind: enumOf(NEGATIVE_LIST_KINDS),
    /**
     * true: `text.zh` is the measure's official wording (en and ja are renderings written for
     * zonematch); false: the wording was not found, and `text` only names the measure's topic.
     */
    transcribed: Type.Boolean(),
    /** A short English label of the sector. */
    sector: Type.String({ minLength: 1 }),
    text: LocalizedTextSchema,
    /** The transcription's closest ISIC code (for reference; what triggers the measure is `appliesTo`). */
    isicHint: Type.Optional(Type.String({ pattern: '^[0-9]{2}([0-9]{2})?$' })),
    /**
     * What puts a profile under the measure: a taxonomy concept (or one below it) named in its
     * sector or products, its ISIC code (a class, or any class of a listed division), or a
     * keyword in its sector or products.
     */
    appliesTo: Type.Object(
      {
        concepts: Type.Array(SlugSchema),
        isic: Type.Array(Type.String({ pattern: '^[0-9]{2}([0-9]{2})?$' })),
        keywords: KeywordsSchema,
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type NegativeListMeasure = Static<typeof NegativeListMeasureSchema>;

export const NegativeListFileSchema = Type.Object(
  {
    document: Type.Object(
      {
        /** The source document cited (listed in sources.json). */
        doc: Type.String({ pattern: SOURCE_DOC_PATTERN }),
        title: Type.String({ minLength: 1 }),
        inForce: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
      },
      { additionalProperties: false },
    ),
    measures: Type.Array(NegativeListMeasureSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type NegativeList = Static<typeof NegativeListFileSchema>;

/** The whole catalog as the loader returns it and the engine consumes it. */
export interface Catalog {
  sources: SourceDocument[];
  concepts: Concept[];
  programs: Program[];
  zones: Zone[];
  /** A short hash of the catalog's content; changes whenever any file does. */
  version: string;
  /** China's foreign-investment negative list (seeds/negative-list.json); without it no profile is checked. */
  negativeList?: NegativeList;
}
