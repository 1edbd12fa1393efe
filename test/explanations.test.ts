/**
 * Explanations as a client reads them: countries named in words in the answer's language, never
 * by ISO code.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { buildZoneIndex, rankZones } from '../src/engine/index.js';
import { normalizeProfile } from '../src/services/profile-normalizer.js';

describe('country names in explanations', () => {
  const catalogIndex = buildZoneIndex(loadCatalog());
  const codes = ['JP', 'US', 'HK', 'KR', 'DE', 'CN'];
  it.for(codes)("names the %s company's country and the zones' partners in words, never by ISO code, in en, ja and zh", (country) => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      const profile = normalizeProfile({ name: 'Co', sector: 'lithium batteries', country, needs: ['land', 'listing', 'cross_border_data'] });
      const { results } = rankZones(catalogIndex, profile, { limit: 20, language, areasPerProgram: 0 });
      const texts = results.flatMap((r) => [
        r.explanation.summary,
        ...r.explanation.applicableIncentives.map((i) => i.why),
        ...r.explanation.notEligible.map((n) => n.reason),
        ...r.explanation.evidence.map((e) => e.message),
        ...r.explanation.concerns.map((c) => c.message),
      ]);
      expect(texts.length).toBeGreaterThan(20);
      for (const text of texts) expect(text, `${language}: ${text}`).not.toMatch(/(^|[^A-Za-z])(JP|US|HK|KR|DE|CN|GB|SG|TW)([^A-Za-z]|$)/);
    }
  });
});
