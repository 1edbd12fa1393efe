/** The engine's input and output shapes. Plain data: no I/O, no clock. */
import type { IncentiveType, Language, Need, SourceRef, Stage } from '../catalog/schema.js';

export const COMPONENT_NAMES = ['industry', 'technology', 'incentives', 'cooperation', 'size', 'logistics'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
export type Weights = Record<ComponentName, number>;

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
  /** same: the same concept; narrower: the profile is more specific; broader: the profile is more general; field: same top-level field. */
  relation: 'same' | 'narrower' | 'broader' | 'field';
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
  | 'CATALOGUE_ONLY';

export interface RankedZone {
  rank: number;
  score: number;
  zone: { id: string; name: string; program: string; city: string };
  components: Record<ComponentName, ComponentResult>;
  /** 1 when nothing restricts the profile here; below 1 when a restriction scaled the score down. */
  penaltyFactor: number;
  explanation: {
    summary: string;
    matchedIndustries: MatchedIndustry[];
    matchedTechnologyTerms: string[];
    /** The most valuable qualifying measures (REPORTED_INCENTIVES at most). */
    applicableIncentives: ApplicableIncentive[];
    /** How many measures qualify in all. */
    applicableIncentiveCount: number;
    concerns: Concern[];
  };
}

export interface RankResult {
  engineVersion: string;
  catalogVersion: string;
  detectedConcepts: { id: string; label: string; matchedText: string }[];
  /** How many zones were scored (after program/zone restrictions). */
  candidates: number;
  results: RankedZone[];
}
