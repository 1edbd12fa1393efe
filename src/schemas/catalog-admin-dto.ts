/**
 * Request and response shapes of catalog management. Zones, programs, concepts and sources are
 * the catalog's own schemas (src/catalog/schema.ts): what the seed files pass, the API takes.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ConceptSchema, ProgramSchema, SlugSchema, SourceDocumentSchema, ZoneSchema, type Zone } from '../catalog/schema.js';

export const ZoneIdParamsSchema = Type.Object({ id: SlugSchema });

const VersionFields = {
  catalogVersion: Type.String({ description: 'The catalog version after the request (unchanged when nothing changed)', examples: ['5d41f0c2a9b3'] }),
  revision: Type.Integer({ minimum: 1, description: 'Counts catalog changes; goes up by one with each change' }),
};

export const ZonePutResultSchema = Type.Object(
  {
    id: Type.String(),
    created: Type.Boolean({ description: 'true when no live zone had this id before' }),
    changed: Type.Boolean({ description: 'false when the stored zone was already exactly this (nothing written)' }),
    ...VersionFields,
  },
  { additionalProperties: false },
);

export const ZoneArchiveResultSchema = Type.Object(
  {
    id: Type.String(),
    archivedAt: Type.String({ format: 'date-time' }),
    ...VersionFields,
  },
  { additionalProperties: false },
);

/** The whole catalog, as `loadCatalog` returns it from the seed files: export answers it, import takes it. */
export const CatalogDocumentSchema = Type.Object(
  {
    version: Type.String({ description: 'The version of the exported catalog (ignored on import)' }),
    sources: Type.Array(SourceDocumentSchema),
    concepts: Type.Array(ConceptSchema),
    programs: Type.Array(ProgramSchema),
    zones: Type.Array(ZoneSchema),
  },
  { additionalProperties: false },
);

export const CatalogImportSchema = Type.Object(
  {
    version: Type.Optional(Type.String({ description: 'Ignored: the import gets a new version' })),
    sources: Type.Array(SourceDocumentSchema),
    concepts: Type.Array(ConceptSchema),
    programs: Type.Array(ProgramSchema),
    zones: Type.Array(ZoneSchema),
  },
  { additionalProperties: false },
);
export type CatalogImport = Static<typeof CatalogImportSchema>;

export const CatalogImportResultSchema = Type.Object(
  {
    changed: Type.Boolean({ description: 'false when the live catalog already was exactly the import' }),
    ...VersionFields,
    counts: Type.Object({ sources: Type.Integer(), concepts: Type.Integer(), programs: Type.Integer(), zones: Type.Integer() }),
  },
  { additionalProperties: false },
);

/** A zone as staff would send it: one sourced industry, the rest of the lists empty. */
export const ZONE_EXAMPLE: Zone = {
  id: 'shanghai-lz-hongkou',
  program: 'shanghai-ftz-linked',
  name: { en: 'Shanghai FTZ Linked Innovation Zone – Hongkou', ja: '上海自由貿易試験区虹口連携イノベーション区', zh: '上海自贸试验区虹口联动创新区' },
  summary: {
    en: 'About 4 km² of the North Bund in Hongkou, concentrating on high-end shipping and financial services.',
    ja: '虹口区北外灘の約4km²。ハイエンドの海運・金融サービスを柱とする。',
    zh: '虹口区北外滩约4平方公里，聚焦高端航运和金融服务。',
  },
  kind: 'service_district',
  location: {
    province: { en: 'Shanghai', ja: '上海市', zh: '上海市' },
    city: { en: 'Shanghai', ja: '上海市', zh: '上海市' },
    district: { en: 'Hongkou District', ja: '虹口区', zh: '虹口区' },
  },
  areaKm2: { value: 4, source: { doc: '002_db68afa89548ec08.txt', section: '虹口連携イノベーション区' } },
  industries: [
    {
      id: 'high-end-shipping',
      name: { en: 'High-end shipping services', ja: 'ハイエンド海運サービス', zh: '高端航运服务' },
      concepts: ['maritime-services'],
      level: 'core',
      details: [{ en: 'New green-shipping business formats', ja: 'グリーン海運の新業態', zh: '绿色航运新业态' }],
      source: { doc: '002_db68afa89548ec08.txt', section: '虹口連携イノベーション区' },
    },
  ],
  incentives: [],
  restrictions: [],
  targets: [],
  partners: [],
  platforms: [],
  completeness: 'partial',
  sources: [{ doc: '002_db68afa89548ec08.txt', section: '虹口連携イノベーション区' }],
};
