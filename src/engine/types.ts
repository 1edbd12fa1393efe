/** The engine's input and output shapes. Plain data: no I/O, no clock. */
import type { IncentiveType, Language, NegativeListKind, Need, SourceRef, Stage } from '../catalog/schema.js';

/**
 * The score's parts. Fit (industry, technology) says whether the zone hosts what the company
 * does; context (the rest) separates zones that fit comparably.
 */
export const COMPONENT_NAMES = ['industry', 'technology', 'incentives', 'cluster', 'activity', 'standing', 'size', 'cooperation', 'logistics'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
export type Weights = Record<ComponentName, number>;

/** What the company will do at the site: it decides which kinds of zone suit it. */
export const ACTIVITIES = ['manufacturing', 'rnd', 'software', 'trade_logistics', 'services'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** A company profile as the engine reads it (already validated and normalized). */
export interface EngineProfile {
  name: string;
  sector: string;
  country?: string;
  isic?: string;
  technologies: string[];
  products: string[];
  description?: string;
  size: { employees?: number; annualRevenueUsd?: number; plannedInvestmentUsd?: number; landAreaM2?: number };
  stage?: Stage;
  /** What the company will do at the site; read from its industries when not given. */
  activity?: Activity;
  needs: Need[];
  attributes: {
    highTech?: boolean;
    rdIntensityPct?: number;
    exportSharePct?: number;
    energyIntensive?: boolean;
    highEmission?: boolean;
  };
}

export interface RankOptions {
  /** How many zones to return: 1–50. */
  limit: number;
  /** Language of labels and explanation messages. */
  language: Language;
  /** Partial override of DEFAULT_WEIGHTS (validated by the caller: non-negative, not all zero). */
  weights?: Partial<Weights>;
  /** Only zones of these programs (a zone belongs to its program and that program's ancestors). */
  programs?: string[];
  /** Only these zones. */
  zones?: string[];
  /**
   * Areas of one program in one city listed before the others are folded into the best one's
   * `otherAreas` (default AREAS_PER_PROGRAM; 0 lists every area).
   */
  areasPerProgram?: number;
  /** 'top' (default): the REPORTED_INCENTIVES best measures, the rest counted by type; 'all': every applicable measure. */
  incentives?: 'top' | 'all';
}

/** Which profile field a detected concept came from; sector counts most. */
export type ProfileField = 'sector' | 'isic' | 'technologies' | 'products' | 'description';

/** A concept the profile names: one per concept, however many times the profile names it. */
export interface DetectedConcept {
  id: string;
  label: string;
  /** The first words of the profile that named the concept (normalized), or the ISIC code. */
  matchedText: string;
  /** Every distinct wording that named it, first first (matchedText is matchedTexts[0]). */
  matchedTexts: readonly string[];
  /** The first field that named it. */
  field: ProfileField;
}

export interface ComponentResult {
  /** 0–1. */
  score: number;
  /** The weight as given (not normalized). */
  weight: number;
  /** Points this component adds to the 0–100 score, one decimal; the contributions sum to the score. */
  contribution: number;
}

export interface MatchedIndustry {
  industry: string;
  industryId: string;
  level: 'core' | 'secondary';
  origin: 'zone' | 'program';
  /** same: the same concept; narrower: the profile is more specific than the zone's industry; broader: the profile is more general. */
  relation: 'same' | 'narrower' | 'broader';
  /** The industry's place in the zone's list (1 = first, the main industry), for catalogue zones. */
  position?: number;
  /** 0–1 strength of this match after the industry's own weight. */
  strength: number;
  matchedTerms: string[];
  source: SourceRef;
}

export interface ApplicableIncentive {
  id: string;
  title: string;
  type: IncentiveType;
  status: 'stated' | 'proposed';
  origin: 'zone' | 'program';
  why: string;
  source: SourceRef;
}

/** Applicable measures of one type beyond those listed, e.g. "4 more talent and visa measures". */
export interface IncentiveGroup {
  type: IncentiveType;
  count: number;
  label: string;
}

/** A measure the profile misses by one condition, and which. */
export interface NearMiss {
  id: string;
  title: string;
  type: IncentiveType;
  /** "not eligible because …" in the answer's language. */
  reason: string;
  source: SourceRef;
}

/** A context signal that moved the zone, in words, with where the fact comes from. */
export interface Evidence {
  component: ComponentName;
  message: string;
  source?: SourceRef;
}

export interface Concern {
  code: ConcernCode;
  message: string;
  source?: SourceRef;
}

export type ConcernCode =
  | 'NO_STRONG_MATCH'
  | 'HIGH_ENERGY_HIGH_EMISSION'
  | 'NEED_NOT_SERVED'
  | 'PARTNER_COUNTRY_MISMATCH'
  | 'LOGISTICS_DATA_MISSING'
  | 'LIMITED_DATA'
  | 'LAND_NEED_EXCEEDS_AREA'
  | 'ONLY_PROPOSED_MEASURES'
  | 'NO_INCENTIVE_DATA'
  | 'CATALOGUE_ONLY'
  | 'ACTIVITY_ZONE_MISMATCH'
  | 'AREA_SMALL_FOR_COMPANY'
  | NegativeListCode;

export type NegativeListCode = 'NEGATIVE_LIST_PROHIBITED' | 'NEGATIVE_LIST_RESTRICTED';

/** A measure of China's foreign-investment negative list that the profile falls under. */
export interface NegativeListWarning {
  code: NegativeListCode;
  /** The measure's number in the 2024 list. */
  measure: number;
  kind: NegativeListKind;
  /** false: the measure's wording was not transcribed, and `text` only names its topic. */
  transcribed: boolean;
  /** The measure's text (or topic) in the answer's language; in Chinese, the official wording. */
  text: string;
  /** The whole warning as a sentence, in the answer's language. */
  message: string;
  /** What in the profile put it under the measure: the field and the words (or ISIC code). */
  matchedBy: { field: 'sector' | 'products' | 'isic'; text: string };
  source: SourceRef;
}

export interface RankedZone {
  rank: number;
  score: number;
  zone: { id: string; name: string; program: string; city: string; province: string };
  /** strong: the zone hosts the company's industry (it passed the gate); weak: it does not. */
  fit: 'strong' | 'weak';
  components: Record<ComponentName, ComponentResult>;
  /** 1 when nothing restricts the profile here; below 1 when a restriction scaled the points above the gate down. */
  penaltyFactor: number;
  explanation: {
    summary: string;
    matchedIndustries: MatchedIndustry[];
    matchedTechnologyTerms: string[];
    /** The qualifying measures most useful to this company, best first (all with options.incentives 'all'). */
    applicableIncentives: ApplicableIncentive[];
    /** How many measures qualify in all. */
    applicableIncentiveCount: number;
    /** The qualifying measures not listed, counted by type. */
    moreIncentives: IncentiveGroup[];
    /** Measures the company misses by one condition. */
    notEligible: NearMiss[];
    /** The context signals behind the score (standing, cluster, activity, size…), each with its source. */
    evidence: Evidence[];
    concerns: Concern[];
    /** Other areas of the same program in the same city, folded into this result (options.areasPerProgram). */
    otherAreas: { id: string; name: string; score: number }[];
  };
}

export interface RankResult {
  engineVersion: string;
  catalogVersion: string;
  detectedConcepts: { id: string; label: string; matchedText: string }[];
  /** What the company will do at the site, as given or as read from its industries. */
  activity: { value: Activity; inferred: boolean };
  /** How many zones were scored (after program/zone restrictions). */
  candidates: number;
  results: RankedZone[];
  /** Negative-list measures the profile falls under (none for a mainland Chinese company); each is also a concern on every result. */
  warnings: NegativeListWarning[];
}
