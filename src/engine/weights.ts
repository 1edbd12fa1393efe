/**
 * The engine's knobs, each a named constant with its meaning, default and range.
 * docs/design.md ("The score") explains the reasoning behind the defaults.
 */
import type { Stage, ZoneKind } from '../catalog/schema.js';
import type { Activity, ComponentName, Weights } from './types.js';

/** Bump when scoring changes so stored recommendations can be told apart. */
export const ENGINE_VERSION = '2.1.0';

/**
 * Default component weights (relative; any non-negative numbers, not all zero). Fit components
 * (industry, technology) and context components (the rest) are weighed within their own group:
 * FIT_SHARE of the points above the gate come from fit, the rest from context, whatever the
 * weights — so no weighting can let context outweigh fit.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  industry: 0.75,
  technology: 0.25,
  incentives: 0.2,
  cluster: 0.2,
  activity: 0.15,
  standing: 0.15,
  size: 0.1,
  cooperation: 0.1,
  logistics: 0.1,
});

/** The fit components; the rest are context. */
export const FIT_COMPONENTS: readonly ComponentName[] = ['industry', 'technology'];

/**
 * Points a zone earns by having a strong industry match (industry score ≥ STRONG_MATCH_THRESHOLD).
 * Every other point is out of the remaining 100 − GATE_POINTS, so a zone without a strong match
 * (at most GATE_POINTS − 0.1) never ranks above one with it (at least GATE_POINTS). Default 50.
 */
export const GATE_POINTS = 50;

/** Share of the points above the gate that fit earns (the rest is context), 0–1. Default 0.75. */
export const FIT_SHARE = 0.75;

/** Weight of a profile concept by the field it came from (0–1): the sector says what the company is. */
export const FIELD_WEIGHTS = Object.freeze({ sector: 1, isic: 0.9, products: 0.85, technologies: 0.8, description: 0.6 });

/**
 * How strongly a profile concept matches an industry concept, by taxonomy relation (0–1). Two
 * concepts that only share a top-level field are not a match at all: "battery" does not make a
 * zone for "smart city" fit, however many fields they share.
 */
export const RELATION_STRENGTH = Object.freeze({ same: 1, narrower: 0.85, broader: 0.6 });

/**
 * Each further level between a profile concept and a zone concept on one branch multiplies the
 * narrower/broader strength by this: a zone that lists a whole field ("equipment manufacturing")
 * is weaker evidence for a medical-device maker than one that lists "medical devices". 0.7: one
 * level 0.85, two 0.6, three 0.42 — an umbrella three levels up is no strong match on its own.
 */
export const RELATION_LEVEL_DECAY = 0.7;

/**
 * Weight of a zone industry by level and origin (0–1): the zone's own core focus counts most,
 * facts inherited from its program least.
 */
export const INDUSTRY_WEIGHTS = Object.freeze({
  zoneCore: 1,
  zoneSecondary: 0.75,
  programCore: 0.7,
  programSecondary: 0.6,
});

/**
 * Weight of a 2018-catalogue leading industry by its place in the zone's list: the catalogue
 * names the main industry first. The 1st counts fully, then 0.9, 0.85, and 0.8 from the 4th on.
 */
export const CATALOGUE_POSITION_WEIGHTS: readonly number[] = [1, 0.9, 0.85, 0.8];

/**
 * Cap on the technology score of a zone known only from the 2018 catalogue: its text is two or
 * three words, which a short profile text matches too easily. Default 0.6.
 */
export const CATALOGUE_TECHNOLOGY_CAP = 0.3;

/** Industry score = BEST_MATCH_SHARE × best single match + (1 − share) × coverage of the profile's concepts. */
export const BEST_MATCH_SHARE = 0.6;

/**
 * A zone has a strong industry match — it passes the gate — when one of its industries is a
 * concept of the profile's sector, ISIC code, products or technologies, or lies on the same
 * branch of the taxonomy at most this many levels away (above: it covers the company's industry;
 * below: a specialty within it). The zone's own industries may be two levels away; industries it
 * inherits from its program, which are written for many zones at once, one. Words of the free
 * description alone do not open the gate: descriptions name customers and plans as often as what
 * the company is.
 */
export const GATE_LEVELS = Object.freeze({ zone: 2, program: 1 });

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

/** Multiplier for a measure whose eligibility names the company's industry: aimed at it, not at everyone. */
export const INCENTIVE_NAMES_INDUSTRY = 1.3;

/**
 * Multiplier for a measure open to every company in the zone (no eligibility condition) that
 * serves none of the profile's needs: it speaks less for this zone for this company than a
 * measure aimed at the company's country, field or stage.
 */
export const INCENTIVE_OPEN_FACTOR = 0.5;

/** Measures listed per result before grouping the rest by type (options.incentives 'all' lists every one). */
export const REPORTED_INCENTIVES = 5;

/** Measures the company narrowly misses (one condition unmet) listed per result. */
export const REPORTED_NEAR_MISSES = 3;

/** Cooperation score: partner country, no partner country given by the zone, profile country unknown, another partner. */
export const COOPERATION_SCORES = Object.freeze({ partner: 1, openZone: 0.5, unknownCountry: 0.5, otherPartner: 0.25 });

/** How well a company stage suits a zone kind (0–1). */
export const STAGE_KIND_FIT: Readonly<Record<Stage, Record<ZoneKind, number>>> = Object.freeze({
  startup: { innovation_district: 1, high_tech_zone: 0.9, service_district: 0.6, bonded_zone: 0.4, industrial_park: 0.35 },
  sme: { high_tech_zone: 0.9, innovation_district: 0.8, industrial_park: 0.75, service_district: 0.6, bonded_zone: 0.6 },
  large: { industrial_park: 1, high_tech_zone: 0.8, bonded_zone: 0.7, service_district: 0.6, innovation_district: 0.45 },
  listed: { industrial_park: 0.9, high_tech_zone: 0.85, service_district: 0.8, bonded_zone: 0.6, innovation_district: 0.5 },
});

/**
 * How well a zone kind suits what the company will do there (0–1): a plant belongs in an
 * industrial park or development zone, an R&D centre or software house in a high-tech zone or
 * innovation district, a trading or logistics operation in a bonded zone.
 */
export const ACTIVITY_KIND_FIT: Readonly<Record<Activity, Record<ZoneKind, number>>> = Object.freeze({
  // Export-processing and comprehensive bonded zones were built for foreign plants that export.
  manufacturing: { industrial_park: 1, high_tech_zone: 0.85, bonded_zone: 0.8, innovation_district: 0.35, service_district: 0.2 },
  rnd: { high_tech_zone: 1, innovation_district: 1, industrial_park: 0.6, service_district: 0.6, bonded_zone: 0.3 },
  software: { high_tech_zone: 1, innovation_district: 1, service_district: 0.8, industrial_park: 0.45, bonded_zone: 0.35 },
  trade_logistics: { bonded_zone: 1, industrial_park: 0.7, service_district: 0.6, high_tech_zone: 0.4, innovation_district: 0.3 },
  services: { service_district: 1, innovation_district: 0.85, high_tech_zone: 0.7, industrial_park: 0.45, bonded_zone: 0.5 },
});

/**
 * Standing score by who approved the zone: the State Council (national level) or a province.
 * A zone without a catalogue code gets what a catalogue zone gets on average (a fifth of them are
 * national): not knowing is no evidence against it.
 */
export const STANDING_SCORES = Object.freeze({ national: 1, provincial: 0.55, unknown: 0.65 });

/** The year of the review the 2018 catalogue records: a zone's age is counted to it. */
export const CATALOGUE_YEAR = 2018;

/** Years open at which a zone counts as mature (its standing is no longer scaled down). Default 20. */
export const STANDING_MATURE_YEARS = 20;

/** Share of its level's standing a zone approved in the catalogue's year keeps. Default 0.6. */
export const STANDING_NEW_ZONE_FACTOR = 0.6;

/**
 * Zones in the same province that host the company's industry at which the cluster score
 * reaches 1 (it grows with the logarithm of the count). Default 12.
 */
export const CLUSTER_SATURATION = 12;

/**
 * Zones in the same city (or the place a catalogue zone's name gives) hosting the company's
 * industry at which the city part of the cluster score reaches 1 (logarithmic). Default 4.
 */
export const CLUSTER_CITY_SATURATION = 4;

/** Share of the cluster score that the city's count gives; the province's gives the rest (0–1). Default 0.5. */
export const CLUSTER_CITY_SHARE = 0.5;

/** Below this many zones in the index, clusters say nothing (the seed catalog alone): cluster scores NEUTRAL. */
export const CLUSTER_MIN_ZONES = 200;

/** Headcount below which a company without a stated stage is treated as a start-up, and below which as an SME. */
export const HEADCOUNT_STAGE_LIMITS = Object.freeze({ startup: 20, sme: 250 });

/** A land need above this (m²) is a plant that needs an industrial park. */
export const LARGE_LAND_NEED_M2 = 50_000;

/** Planned investment (USD) from which a project counts as a large plant. */
export const LARGE_INVESTMENT_USD = 100_000_000;

/**
 * Planned area (km²) at which a zone has room for a large company's plant: a large company's
 * area factor grows with the logarithm of the area up to this. Default 20.
 */
export const LARGE_COMPANY_AREA_KM2 = 20;

/** Export share (%) from which a profile counts as export-oriented. */
export const EXPORT_ORIENTED_PCT = 30;

/** Distance (km) to a port or airport at which the logistics score reaches its floor. */
export const LOGISTICS_FAR_KM = 150;

/** Factor on the points above the gate where a zone's documents curb a project like the profile's. */
export const RESTRICTION_FACTOR = 0.6;

/** Neutral component score where the profile or the zone gives nothing to compare. */
export const NEUTRAL = 0.5;

/**
 * Areas of one program in one city shown among the results before the rest of them are folded
 * into the best one's `otherAreas` (options.areasPerProgram; 0 shows every area). Default 2.
 */
export const AREAS_PER_PROGRAM = 2;

/** Short profile phrases (sector, products, technologies) whose analysis is kept per catalog, least recently used first out. */
export const PHRASE_CACHE_SIZE = 10_000;
