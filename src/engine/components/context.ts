import type { Language } from '../../catalog/schema.js';
import type { ProfileAnalysis } from '../analysis.js';
import type { EngineProfile } from '../types.js';
import type { IndexedZone, ZoneIndex } from '../zone-index.js';

/** What every component reads: the index, the profile and its analysis, one zone, the language. */
export interface ScoringContext {
  index: ZoneIndex;
  profile: EngineProfile;
  analysis: ProfileAnalysis;
  zone: IndexedZone;
  language: Language;
}
