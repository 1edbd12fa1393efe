/**
 * The database schema, shared by embedded PGlite and a real Postgres (15+): only plain types,
 * jsonb, text arrays and GIN indexes, which both support. Constraints are named so that
 * migrations and error messages stay readable.
 *
 * Each program and zone keeps its whole reviewed document in `doc` (what the API serves) and
 * is also spread into `zone_industries` and `incentives` for queries that need them row by row.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Concept,
  Eligibility,
  LocalizedText,
  Program,
  SourceRef,
  Zone,
} from '../src/catalog/schema.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** One row: the version of the catalog the database holds. */
export const catalogState = pgTable(
  'catalog_state',
  {
    id: integer('id').primaryKey(),
    version: text('version').notNull(),
    revision: integer('revision').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [check('catalog_state_single_row', sql`${t.id} = 1`)],
);

export const sources = pgTable('sources', {
  doc: text('doc').primaryKey(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  language: text('language').notNull(),
  publisher: text('publisher').notNull(),
  published: text('published'),
  note: text('note'),
});

export const concepts = pgTable(
  'concepts',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    labels: jsonb('labels').$type<LocalizedText>().notNull(),
    synonyms: jsonb('synonyms').$type<Concept['synonyms']>().notNull(),
    isic: text('isic').array(),
    /** Position in the files, so the taxonomy reads back in its reviewed order. */
    position: integer('position').notNull(),
  },
  (t) => [
    foreignKey({ name: 'concepts_parent_fk', columns: [t.parentId], foreignColumns: [t.id] }).onDelete('restrict'),
    index('concepts_parent_idx').on(t.parentId),
  ],
);

export const programs = pgTable(
  'programs',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id'),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    doc: jsonb('doc').$type<Program>().notNull(),
    contentHash: text('content_hash').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [foreignKey({ name: 'programs_parent_fk', columns: [t.parentId], foreignColumns: [t.id] })],
);

export const zones = pgTable(
  'zones',
  {
    id: text('id').primaryKey(),
    programId: text('program_id').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    provinceEn: text('province_en').notNull(),
    cityEn: text('city_en').notNull(),
    areaKm2: doublePrecision('area_km2'),
    completeness: text('completeness').notNull(),
    doc: jsonb('doc').$type<Zone>().notNull(),
    contentHash: text('content_hash').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: 'zones_program_fk', columns: [t.programId], foreignColumns: [programs.id] }),
    check('zones_area_positive', sql`${t.areaKm2} is null or ${t.areaKm2} > 0`),
    index('zones_program_idx').on(t.programId),
  ],
);

/**
 * Priority industries of a zone (own) or of a program (inherited by its zones):
 * exactly one of zone_id and program_id is set.
 */
export const zoneIndustries = pgTable(
  'zone_industries',
  {
    ownerId: text('owner_id').notNull(),
    industryKey: text('industry_key').notNull(),
    zoneId: text('zone_id'),
    programId: text('program_id'),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    level: text('level').notNull(),
    conceptIds: text('concept_ids').array().notNull(),
    details: jsonb('details').$type<LocalizedText[]>().notNull(),
    source: jsonb('source').$type<SourceRef>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'zone_industries_pk', columns: [t.ownerId, t.industryKey] }),
    foreignKey({ name: 'zone_industries_zone_fk', columns: [t.zoneId], foreignColumns: [zones.id] }).onDelete('cascade'),
    foreignKey({ name: 'zone_industries_program_fk', columns: [t.programId], foreignColumns: [programs.id] }).onDelete('cascade'),
    check('zone_industries_one_owner', sql`(${t.zoneId} is null) <> (${t.programId} is null)`),
    index('zone_industries_concepts_idx').using('gin', t.conceptIds),
  ],
);

/** Incentives and policy measures of a zone or a program (exactly one owner). */
export const incentives = pgTable(
  'incentives',
  {
    id: text('id').primaryKey(),
    zoneId: text('zone_id'),
    programId: text('program_id'),
    type: text('type').notNull(),
    status: text('status').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    eligibility: jsonb('eligibility').$type<Eligibility>().notNull(),
    serves: text('serves').array().notNull(),
    source: jsonb('source').$type<SourceRef>().notNull(),
  },
  (t) => [
    foreignKey({ name: 'incentives_zone_fk', columns: [t.zoneId], foreignColumns: [zones.id] }).onDelete('cascade'),
    foreignKey({ name: 'incentives_program_fk', columns: [t.programId], foreignColumns: [programs.id] }).onDelete('cascade'),
    check('incentives_one_owner', sql`(${t.zoneId} is null) <> (${t.programId} is null)`),
    index('incentives_zone_idx').on(t.zoneId),
    index('incentives_program_idx').on(t.programId),
  ],
);

/** A submitted company profile, as normalized, with the concepts detected in it. */
export const companyProfiles = pgTable(
  'company_profiles',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    country: text('country'),
    profile: jsonb('profile').notNull(),
    conceptIds: text('concept_ids').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('company_profiles_concepts_idx').using('gin', t.conceptIds),
    index('company_profiles_created_idx').on(t.createdAt),
  ],
);

/** A ranking answered for a profile, stored exactly as it was sent. */
export const recommendations = pgTable(
  'recommendations',
  {
    id: uuid('id').primaryKey(),
    profileId: uuid('profile_id').notNull(),
    catalogVersion: text('catalog_version').notNull(),
    engineVersion: text('engine_version').notNull(),
    response: jsonb('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: 'recommendations_profile_fk', columns: [t.profileId], foreignColumns: [companyProfiles.id] }).onDelete(
      'cascade',
    ),
    index('recommendations_profile_idx').on(t.profileId),
  ],
);
