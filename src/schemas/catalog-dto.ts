/**
 * Request and response shapes of the catalog read API. Each is used for validation,
 * serialization, `Static<>` types and the OpenAPI document alike.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  CountryCodeSchema,
  IncentiveSchema,
  IndustrySchema,
  LocalizedTextSchema,
  LocationSchema,
  PlatformSchema,
  RestrictionSchema,
  SlugSchema,
  SourceRefSchema,
  TargetSchema,
  ZONE_KINDS,
} from '../catalog/schema.js';

const OriginFields = {
  origin: Type.Union([Type.Literal('zone'), Type.Literal('program')], {
    description: 'zone: stated for this zone; program: stated once for its program and inherited',
  }),
  programId: Type.Optional(SlugSchema),
};

const Sourced = (schema: ReturnType<typeof Type.Number>) => Type.Object({ value: schema, source: SourceRefSchema });

export const ZoneIndustryDtoSchema = Type.Composite([IndustrySchema, Type.Object(OriginFields)], { title: 'ZoneIndustry' });
export const ZoneIncentiveDtoSchema = Type.Composite([IncentiveSchema, Type.Object(OriginFields)], { title: 'ZoneIncentive' });

const ProgramRefSchema = Type.Object({ id: SlugSchema, name: LocalizedTextSchema });

export const ZoneSummaryDtoSchema = Type.Object(
  {
    id: SlugSchema,
    name: LocalizedTextSchema,
    program: ProgramRefSchema,
    location: LocationSchema,
    kind: Type.Union(ZONE_KINDS.map((k) => Type.Literal(k))),
    areaKm2: Type.Optional(Type.Number()),
    completeness: Type.String(),
    industries: Type.Array(
      Type.Object({
        id: SlugSchema,
        name: LocalizedTextSchema,
        level: Type.String(),
        concepts: Type.Array(SlugSchema),
        ...OriginFields,
      }),
    ),
  },
  { title: 'ZoneSummary' },
);
export type ZoneSummaryDto = Static<typeof ZoneSummaryDtoSchema>;

export const ZoneListQuerySchema = Type.Object(
  {
    program: Type.Optional(SlugSchema),
    province: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          'Province in any common form: English (Zhejiang, Zhejiang Province), Chinese (浙江, 浙江省), Japanese (浙江省, せっこう) or pinyin with or without tones',
      }),
    ),
    concept: Type.Optional(SlugSchema),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'Free text in English, Japanese or Chinese; finds a zone by any of its names (pinyin with or without tones and spaces included) and a province in any form',
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  },
  { additionalProperties: false },
);
export type ZoneListQuery = Static<typeof ZoneListQuerySchema>;

export const ZoneListDtoSchema = Type.Object({ items: Type.Array(ZoneSummaryDtoSchema), total: Type.Integer() }, { title: 'ZoneList' });

export const SourceCitationSchema = Type.Object({
  doc: Type.String(),
  section: Type.String(),
  title: Type.Optional(LocalizedTextSchema),
});

export const ZoneDetailDtoSchema = Type.Object(
  {
    id: SlugSchema,
    name: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    program: ProgramRefSchema,
    /** The zone's program and its ancestors, nearest first. */
    programs: Type.Array(SlugSchema),
    kind: Type.String(),
    location: LocationSchema,
    areaKm2: Type.Optional(Sourced(Type.Number())),
    distancesKm: Type.Optional(
      Type.Object({
        airport: Type.Optional(Sourced(Type.Number())),
        port: Type.Optional(Sourced(Type.Number())),
        cityCentre: Type.Optional(Sourced(Type.Number())),
      }),
    ),
    completeness: Type.String(),
    catalogueCodes: Type.Optional(Type.Array(Type.String())),
    industries: Type.Array(ZoneIndustryDtoSchema),
    incentives: Type.Array(ZoneIncentiveDtoSchema),
    restrictions: Type.Array(Type.Composite([RestrictionSchema, Type.Object(OriginFields)])),
    targets: Type.Array(Type.Composite([TargetSchema, Type.Object(OriginFields)])),
    partners: Type.Array(Type.Object({ country: CountryCodeSchema, source: SourceRefSchema, ...OriginFields })),
    platforms: Type.Array(Type.Composite([PlatformSchema, Type.Object(OriginFields)])),
    sources: Type.Array(SourceCitationSchema),
  },
  { title: 'ZoneDetail' },
);
export type ZoneDetailDto = Static<typeof ZoneDetailDtoSchema>;

export const ZoneParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const ProgramDtoSchema = Type.Object(
  {
    id: SlugSchema,
    parent: Type.Optional(SlugSchema),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    zones: Type.Array(SlugSchema),
    industries: Type.Array(IndustrySchema),
    incentives: Type.Array(IncentiveSchema),
    restrictions: Type.Array(RestrictionSchema),
    targets: Type.Array(TargetSchema),
    partners: Type.Array(Type.Object({ country: CountryCodeSchema, source: SourceRefSchema })),
    platforms: Type.Array(PlatformSchema),
    sources: Type.Array(SourceRefSchema),
  },
  { title: 'Program' },
);
export const ProgramListDtoSchema = Type.Object({ items: Type.Array(ProgramDtoSchema), total: Type.Integer() });

const ConceptNodeBase = {
  id: SlugSchema,
  labels: LocalizedTextSchema,
  synonyms: Type.Object({ en: Type.Array(Type.String()), ja: Type.Array(Type.String()), zh: Type.Array(Type.String()) }),
  isic: Type.Optional(Type.Array(Type.String())),
};
// Three levels is what the taxonomy uses; a fixed depth keeps the schema serializable without $ref cycles.
const Level3 = Type.Object({ ...ConceptNodeBase, children: Type.Array(Type.Object({ ...ConceptNodeBase, children: Type.Array(Type.Any()) })) });
const Level2 = Type.Object({ ...ConceptNodeBase, children: Type.Array(Level3) });
export const ConceptNodeDtoSchema = Type.Object({ ...ConceptNodeBase, children: Type.Array(Level2) }, { title: 'ConceptNode' });
export const ConceptTreeDtoSchema = Type.Object({
  items: Type.Array(ConceptNodeDtoSchema),
  total: Type.Integer({ description: 'Number of concepts in the tree' }),
});
