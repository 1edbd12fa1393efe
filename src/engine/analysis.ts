/**
 * What a ranking works out about one profile, and the evidence the components keep about it: the
 * shapes the profile analysis and the components share. Types only, so that neither side imports
 * the other's module for them.
 */
import type { Incentive, Need } from '../catalog/schema.js';
import type { Activity, DetectedConcept, ProfileField } from './types.js';
import type { IndexedIncentive } from './zone-index.js';

export interface ProfileConcept {
  id: string;
  /** The highest field weight among the fields that named it. */
  weight: number;
  field: ProfileField;
  matchedTexts: string[];
}

export interface ProfileAnalysis {
  concepts: ProfileConcept[];
  detected: DetectedConcept[];
  /** TF-IDF weight per term. */
  vector: Map<string, number>;
  norm: number;
  /** A readable surface form for each term of the vector (the profile's own words). */
  surfaces: Map<string, string>;
  /** What the company will do at the site, as stated or read from its industries. */
  activity: { value: Activity; inferred: boolean };
  /** The regional-cluster evidence of a province for this profile (components/cluster.ts), worked out once per province. */
  cluster: (province: string) => ClusterEvidence;
  /**
   * The eligibility conditions of a measure the profile fails (none: it qualifies), filled as
   * measures are judged: a program's measures are inherited by each of its zones and would
   * otherwise be judged once per zone.
   */
  failedConditions: Map<Incentive, readonly string[]>;
  /** One entry of a list judged (components/incentives.ts); undefined when the profile does not qualify. */
  metEntries: Map<IndexedIncentive, MetIncentive | undefined>;
  /** The evaluation of a zone's list of measures; zones that inherit the same list share it. */
  incentives: Map<readonly IndexedIncentive[], IncentiveEvidence>;
}

export interface ClusterEvidence {
  score: number;
  /** Zones in the province that list the industry or one below it; absent without data. */
  own?: number;
  /** Further zones there that list only a sibling under the same parent (counted half). */
  related?: number;
  /** The profile concept the counts are for. */
  conceptId?: string;
  /** The zone's city (or the place its name gives) and the zones there that list the industry or one below it. */
  city?: { name: string; own: number; related: number };
}

/** One qualifying measure and what makes it worth something to this company. */
export interface MetIncentive extends IndexedIncentive {
  value: number;
  /** The profile's needs it serves. */
  serves: Need[];
  /** Its eligibility names one of the company's industries. */
  namesIndustry: boolean;
}

export interface IncentiveEvidence {
  score: number;
  /** The qualifying measures, most valuable first (ties by id). */
  met: readonly MetIncentive[];
  /** The catalog holds no measure for this zone or its programs: the score is NEUTRAL, not 0. */
  noData: boolean;
}
