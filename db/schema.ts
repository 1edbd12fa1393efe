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
  bigint,
  check,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Concept, Eligibility, LocalizedText, Program, SourceRef, Zone } from '../src/catalog/schema.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/**
 * Catalog management: who owns a program or zone row. `seed_hash` is the content hash of the seed
 * file entry last written to the row (null if seeding never wrote it); `api_edited_at` is set when
 * the API last changed the row, and while it is set seeding leaves the row alone.
 */
const provenance = () => ({
  seedHash: text('seed_hash'),
  apiEditedAt: timestamp('api_edited_at', { withTimezone: true, mode: 'date' }),
});

/** One row: the version of the catalog the database holds. */
export const catalogState = pgTable(
  'catalog_state',
  {
    id: integer('id').primaryKey(),
    version: text('version').notNull(),
    revision: integer('revision').notNull().default(1),
    /** Catalog management: set while the taxonomy or sources differ from the seed files because an import changed them (seeding then keeps them). */
    taxonomyEditedAt: timestamp('taxonomy_edited_at', { withTimezone: true, mode: 'date' }),
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
  /** What kind of document it is (law, order, plan, …); null for sources seeded before it was recorded. */
  kind: text('kind'),
  /** Who issued it, in en, ja and zh. */
  issuer: jsonb('issuer').$type<LocalizedText>(),
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
    ...provenance(),
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
    ...provenance(),
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
  // No index on concept_ids: lead matching reads the bit strings in `companies` instead.
  (t) => [index('company_profiles_created_idx').on(t.createdAt)],
);

/** A Postgres `bit varying`, as its text form ('0110…'): drizzle has no column type of its own for it. */
const bitVarying = customType<{ data: string; driverData: string }>({ dataType: () => 'bit varying' });

/**
 * A small number for every concept a stored profile has named, so that a company's concepts fit
 * in one bit string (`companies.concept_bits`). Assigned when a profile first names the concept and
 * never changed or reused; taxonomy edits do not touch it (a code whose concept left the taxonomy
 * is simply never asked for).
 */
export const conceptCodes = pgTable('concept_codes', {
  conceptId: text('concept_id').primaryKey(),
  code: integer('code').notNull().unique('concept_codes_code_key').generatedAlwaysAsIdentity({ startWith: 0, minValue: 0 }),
});

/**
 * One row per company — a (lower(name), coalesce(country, '')) pair — pointing at its latest
 * stored profile (latest `created_at`, then highest id), counting its submissions, and holding
 * that profile's concepts as a bit string: bit `code` (from `concept_codes`, leftmost is 0) is set
 * for each concept it names. Leads count a zone's concepts in it with one bitwise AND per company
 * — no row per concept to group at request time. Kept current in the transaction that stores each
 * profile (saveRecommendations), in one statement, so the bits always belong to `profile_id`.
 * Profiles are never deleted; the foreign key refuses deleting one that is still a company's latest.
 */
export const companies = pgTable(
  'companies',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    nameKey: text('name_key').notNull(),
    countryKey: text('country_key').notNull(),
    profileId: uuid('profile_id').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    submissions: integer('submissions').notNull(),
    /** As long as the highest code when the row was written, plus one (shorter than today's highest: the missing bits are 0). */
    conceptBits: bitVarying('concept_bits').notNull().default(sql`B''`),
  },
  (t) => [
    uniqueIndex('companies_key_idx').on(t.nameKey, t.countryKey),
    uniqueIndex('companies_profile_idx').on(t.profileId),
    foreignKey({ name: 'companies_profile_fk', columns: [t.profileId], foreignColumns: [companyProfiles.id] }),
    check('companies_submissions_positive', sql`${t.submissions} > 0`),
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
    foreignKey({ name: 'recommendations_profile_fk', columns: [t.profileId], foreignColumns: [companyProfiles.id] }).onDelete('cascade'),
    index('recommendations_profile_idx').on(t.profileId),
    // History (GET /v1/recommendations): newest first, a page at a time, optionally within dates.
    index('recommendations_created_idx').on(t.createdAt.desc(), t.id.desc()),
  ],
);

// ── API keys (auth) ─────────────────────────────────────────────────────────────────────────
/**
 * Keys staff tools authenticate with. Only the SHA-256 of a key is stored: keys are 256 random
 * bits, so a fast unsalted hash is enough (nothing to brute-force) and lets a request find its
 * key by an indexed lookup. `prefix` is the first characters of the key, shown by `list` so an
 * operator can tell keys apart. A revoked key keeps its row (revoked_at set) for the record.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    label: text('label').notNull(),
    role: text('role').notNull(),
    keyHash: text('key_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('api_keys_key_hash_idx').on(t.keyHash),
    check('api_keys_role_valid', sql`${t.role} in ('reader', 'staff', 'admin')`),
    check('api_keys_label_not_blank', sql`length(trim(${t.label})) > 0`),
    check('api_keys_key_hash_sha256', sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

// ── The officer's follow-up (outcomes) and weight presets ───────────────────────────────────
/**
 * What happened between a company and a zone, as staff recorded it: append-only (the API has no
 * route to change or delete a row). The company is the one of the stored recommendation named
 * when recording (`companies` row; its name and country are copied for listing and export);
 * `zone_id` is not a foreign key, as zones may leave the catalog while the record stays.
 */
export const leadOutcomes = pgTable(
  'lead_outcomes',
  {
    id: uuid('id').primaryKey(),
    companyId: bigint('company_id', { mode: 'number' }).notNull(),
    recommendationId: uuid('recommendation_id').notNull(),
    companyName: text('company_name').notNull(),
    companyCountry: text('company_country'),
    zoneId: text('zone_id').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    note: text('note'),
    /** The label of the staff key that recorded it (and its id; not a foreign key, the record outlives the key). */
    recordedBy: text('recorded_by').notNull(),
    keyId: text('key_id'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: 'lead_outcomes_company_fk', columns: [t.companyId], foreignColumns: [companies.id] }),
    foreignKey({ name: 'lead_outcomes_recommendation_fk', columns: [t.recommendationId], foreignColumns: [recommendations.id] }),
    check('lead_outcomes_status_valid', sql`${t.status} in ('contacted', 'visited', 'negotiating', 'invested', 'declined')`),
    check('lead_outcomes_declined_reason', sql`${t.status} <> 'declined' or length(trim(coalesce(${t.reason}, ''))) > 0`),
    index('lead_outcomes_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('lead_outcomes_zone_idx').on(t.zoneId, t.createdAt.desc()),
    // The latest outcome per company and zone (the lead list).
    index('lead_outcomes_company_zone_idx').on(t.companyId, t.zoneId, t.createdAt.desc()),
  ],
);

/** Named component weights (learned by `npm run learn-weights` or set by an admin), used by `options.weightsPreset`. */
export const weightPresets = pgTable(
  'weight_presets',
  {
    name: text('name').primaryKey(),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    /** Who saved it: an API key's label, or the tool that did. */
    createdBy: text('created_by').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [check('weight_presets_name_valid', sql`${t.name} ~ '^[a-z0-9][a-z0-9._-]{0,63}$'`)],
);

// ── Catalog management (audit) ──────────────────────────────────────────────────────────────
/**
 * One row per catalog entry changed through the API (PUT/DELETE a zone, an import), with the
 * entry before and after. `key_id` is not a foreign key: the audit outlives revoked or deleted keys.
 */
export const catalogAudit = pgTable(
  'catalog_audit',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    keyId: text('key_id'),
    keyLabel: text('key_label'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The zone the row is about (null for programs, concepts and sources). */
    zoneId: text('zone_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    catalogVersion: text('catalog_version').notNull(),
    revision: integer('revision').notNull(),
  },
  (t) => [
    check('catalog_audit_action_valid', sql`${t.action} in ('zone.put', 'zone.archive', 'catalog.import')`),
    check('catalog_audit_entity_valid', sql`${t.entity} in ('zone', 'program', 'concepts', 'sources')`),
    index('catalog_audit_at_idx').on(t.at),
    index('catalog_audit_zone_idx').on(t.zoneId),
  ],
);

// ---------------------------------------------------------------------------
// The 2018 national development-zone catalogue (src/catalogue/). One row per zone of
// seeds/national/china-dev-zones-2018.csv, with its leading industries mapped to taxonomy
// concepts; the import replaces the rows whose content changed, in one transaction.
// ---------------------------------------------------------------------------

/** One leading-industry phrase of a catalogue zone and the concepts it was mapped to (empty: unmapped). */
export interface CataloguePhrase {
  text: string;
  concepts: string[];
}

export const catalogueZones = pgTable(
  'catalogue_zones',
  {
    /** `cn-` + lower-cased official code (`-<seq>` added where the source reuses a code). */
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    /** national (State Council) or provincial (provincial government). */
    level: text('level').notNull(),
    seq: integer('seq').notNull(),
    /** Data row number in the CSV file (1 = first row after the header). */
    sourceRow: integer('source_row').notNull(),
    nameZh: text('name_zh').notNull(),
    province: text('province').notNull(),
    zoneType: text('zone_type').notNull(),
    approved: text('approved').notNull(),
    areaHa: doublePrecision('area_ha'),
    leadingIndustries: text('leading_industries').notNull(),
    phrases: jsonb('phrases').$type<CataloguePhrase[]>().notNull(),
    /** Union of the phrases' concepts, in phrase order. */
    conceptIds: text('concept_ids').array().notNull(),
    unmappedPhrases: text('unmapped_phrases').array().notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('catalogue_zones_level_valid', sql`${t.level} in ('national', 'provincial')`),
    check('catalogue_zones_area_positive', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
    uniqueIndex('catalogue_zones_level_seq_key').on(t.level, t.seq),
    index('catalogue_zones_code_idx').on(t.code),
    index('catalogue_zones_concepts_idx').using('gin', t.conceptIds),
  ],
);
