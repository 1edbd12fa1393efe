/**
 * The engine's knobs, each a named constant with its meaning, default and range. The README's
 * scoring section explains the reasoning behind the defaults.
 */
import type { Stage, ZoneKind } from '../catalog/schema.js';
import type { ComponentName, Weights } from './types.js';

/** Bump when scoring changes so stored recommendations can be told apart. */
export const ENGINE_VERSION = '1.1.0';

/**
 * Default component weights (relative; any non-negative numbers, not all zero — the score divides
 * by their sum). Industry fit dominates because a zone's priority industries decide whether it
 * will take the company at all; technology refines within an industry; incentives, cooperation,
 * size and logistics separate zones that fit equally well.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  industry: 0.4,
  technology: 0.2,
  incentives: 0.15,
  cooperation: 0.1,
  size: 0.1,
  logistics: 0.05,
});

/** Weight of a profile concept by the field it came from (0–1): the sector says what the company is. */
export const FIELD_WEIGHTS = Object.freeze({ sector: 1, isic: 0.9, products: 0.85, technologies: 0.8, description: 0.6 });

/** How strongly a profile concept matches an industry concept, by taxonomy relation (0–1). */
export const RELATION_STRENGTH = Object.freeze({ same: 1, narrower: 0.85, broader: 0.6, field: 0.3 });

/**
 * Each further level between a profile concept and a zone concept on one branch multiplies the
 * narrower/broader strength by this: a zone that lists a whole field ("new-generation IT") is
 * weaker evidence for a laser maker than one that lists its specialty ("optoelectronics").
 */
export const RELATION_LEVEL_DECAY = 0.85;

/**
 * Weight of a zone industry by level and origin (0–1): the zone's own core focus counts most,
 * facts inherited from its program least.
 */
export const INDUSTRY_WEIGHTS = Object.freeze({
  zoneCore: 1,
  zoneSecondary: 0.75,
  programCore: 0.6,
  programSecondary: 0.5,
});

/**
 * What a zone known only from the 2018 national catalogue (program `national-catalogue`) can earn
 * from its listed leading industries, 0–1. A listing of two or three words is weaker evidence than
 * a policy document's priority industry: each catalogue industry weighs this much (like an
 * industry inherited from a program), and the technology score is capped at the same value,
 * because a thin text matches a short profile text too easily. Default 0.6.
 */
export const CATALOGUE_EVIDENCE_CAP = 0.6;

/** Industry score = BEST_MATCH_SHARE × best single match + (1 − share) × coverage of the profile's concepts. */
export const BEST_MATCH_SHARE = 0.6;

/** Below this industry score a result carries NO_STRONG_MATCH. */
export const STRONG_MATCH_THRESHOLD = 0.5;

/** Cosine similarity that counts as a full technology match (cosines of short texts rarely pass 0.5). */
export const TECHNOLOGY_FULL_COSINE = 0.5;

/**
 * Incentive points at which the incentives component reaches 1. Points add up with diminishing
 * returns (see INCENTIVE_DECAY), so a zone's score reflects how well its best measures fit the
 * profile rather than how many measures its documents list.
 */
export const INCENTIVE_SATURATION = 2;

/** The k-th most valuable qualifying measure (k = 0, 1, …) counts INCENTIVE_DECAY^k of its value. */
export const INCENTIVE_DECAY = 0.6;

/** Value of a qualifying measure by status: stated commitments count fully, proposals less. */
export const INCENTIVE_STATUS_VALUE = Object.freeze({ stated: 1, proposed: 0.6 });

/** Multiplier by relevance: serves a stated need; the profile stated needs but not this one; it stated none. */
export const INCENTIVE_RELEVANCE = Object.freeze({ servesNeed: 1, otherNeed: 0.4, noNeedsGiven: 0.7 });

/**
 * Multiplier for a measure open to every company in the zone (no eligibility condition) that
 * serves none of the profile's needs: it speaks less for this zone for this company than a
 * measure aimed at the company's country, field or stage.
 */
export const INCENTIVE_OPEN_FACTOR = 0.5;

/** Cooperation score: partner country, no partner country given by the zone, profile country unknown, another partner. */
export const COOPERATION_SCORES = Object.freeze({ partner: 1, openZone: 0.5, unknownCountry: 0.5, otherPartner: 0.25 });

/** How well a company stage suits a zone kind (0–1). */
export const STAGE_KIND_FIT: Readonly<Record<Stage, Record<ZoneKind, number>>> = Object.freeze({
  startup: { innovation_district: 1, high_tech_zone: 0.9, service_district: 0.6, bonded_zone: 0.4, industrial_park: 0.35 },
  sme: { high_tech_zone: 0.9, innovation_district: 0.8, industrial_park: 0.75, service_district: 0.6, bonded_zone: 0.6 },
  large: { industrial_park: 1, high_tech_zone: 0.8, bonded_zone: 0.7, service_district: 0.6, innovation_district: 0.45 },
  listed: { industrial_park: 0.9, high_tech_zone: 0.85, service_district: 0.8, bonded_zone: 0.6, innovation_district: 0.5 },
});

/** Headcount below which a company without a stated stage is treated as a start-up, and below which as an SME. */
export const HEADCOUNT_STAGE_LIMITS = Object.freeze({ startup: 20, sme: 250 });

/** A land need above this (m²) is a plant that needs an industrial park. */
export const LARGE_LAND_NEED_M2 = 50_000;

/** Planned investment (USD) from which a project counts as a large plant. */
export const LARGE_INVESTMENT_USD = 100_000_000;

/** Export share (%) from which a profile counts as export-oriented. */
export const EXPORT_ORIENTED_PCT = 30;

/** Distance (km) to a port or airport at which the logistics score reaches its floor. */
export const LOGISTICS_FAR_KM = 150;

/** Score factor applied to every component where a zone's documents curb a project like the profile's. */
export const RESTRICTION_FACTOR = 0.6;

/** Neutral component score where the profile or the zone gives nothing to compare. */
export const NEUTRAL = 0.5;

export const COMPONENT_ORDER: readonly ComponentName[] = ['industry', 'technology', 'incentives', 'cooperation', 'size', 'logistics'];
