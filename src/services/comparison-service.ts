/**
 * Zones side by side for a stored answer: the answer's profile scored for each zone by the
 * engine (`rankZones` restricted to those zones, with the answer's weights), so every number is
 * the engine's, joined with the catalog's figures and titled sources. The client brief reads
 * its zones from here too.
 */
import type { Language, SourceRef } from '../catalog/schema.js';
import { rankZones, type RankedZone } from '../engine/index.js';
import { problem, validationProblem } from '../errors.js';
import {
  BRIEF_DEFAULT_ZONES,
  BRIEF_MAX_ZONES,
  COMPARE_MAX_ZONES,
  type Brief,
  type BriefQuery,
  COMPARE_MIN_ZONES,
  COMPARISON_FIELDS,
  type ComparedZone,
  type Comparison,
  type ComparisonField,
  type ComparisonRow,
} from '../schemas/comparison-dto.js';
import type { CatalogView, ResolvedZone } from './catalog-view.js';
import { withSourceTitles } from './source-titles.js';
import type { RecommendationService, StoredAnswer } from './recommendation-service.js';

const ZONE_ID = /^[a-z0-9-]{1,80}$/;

/**
 * The zone ids of a comma-separated list (spaces around ids ignored): between `min` and `max`,
 * distinct, each a zone id's shape. 400 naming `path` otherwise.
 */
export function parseZoneList(text: string, min: number, max: number, path: string): string[] {
  const ids = text.split(',').map((s) => s.trim());
  const fail = (message: string) => validationProblem([{ path, message }]);
  if (ids.some((id) => id === '')) throw fail('has an empty entry; separate zone ids with single commas');
  const malformed = ids.filter((id) => !ZONE_ID.test(id));
  if (malformed.length > 0) throw fail(`has ${malformed.map((id) => `"${id}"`).join(', ')}, not zone ids (lower-case letters, digits and hyphens)`);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw fail(`names ${[...new Set(repeated)].join(', ')} more than once; each zone once`);
  if (ids.length < min || ids.length > max)
    throw fail(`names ${ids.length} zone${ids.length === 1 ? '' : 's'}; give ${min === max ? min : `${min} to ${max}`}`);
  return ids;
}

/** A stored answer's zones as the engine scores them now, in the order asked for. */
export interface ScoredZones {
  stored: StoredAnswer;
  view: CatalogView;
  language: Language;
  /** The engine that scored them now (the stored answer may come from an earlier one). */
  engineVersion: string;
  zones: ComparedZone[];
}

export class ComparisonService {
  constructor(
    private readonly recommendations: RecommendationService,
    private readonly catalog: () => CatalogView,
  ) {}

  async compare(id: string, query: { zones: string; language?: Language }): Promise<Comparison> {
    const zoneIds = parseZoneList(query.zones, COMPARE_MIN_ZONES, COMPARE_MAX_ZONES, '/querystring/zones');
    const { stored, view, language, engineVersion, zones } = await this.score(id, zoneIds, query.language);
    return {
      recommendationId: stored.answer.id,
      company: stored.answer.profile.name,
      language,
      weights: stored.weights,
      ...(stored.preset ? { weightsPreset: stored.preset } : {}),
      catalogVersion: view.version,
      answerCatalogVersion: stored.answer.catalogVersion,
      engineVersion,
      answerEngineVersion: stored.answer.engineVersion,
      zones,
      rows: comparisonRows(zones),
    };
  }

  /** The client brief's content: the profile and the shortlisted (else the top) zones, in the brief's language. */
  async brief(id: string, query: BriefQuery): Promise<Brief> {
    const zoneIds = query.zones !== undefined ? parseZoneList(query.zones, 1, BRIEF_MAX_ZONES, '/querystring/zones') : { top: BRIEF_DEFAULT_ZONES };
    const { stored, view, language, engineVersion, zones } = await this.score(id, zoneIds, query.lang);
    const { detectedConcepts, ...profile } = stored.answer.profile;
    const labels = new Map(view.catalog.concepts.map((c) => [c.id, c.labels[language]]));
    const recognised = [...new Set(detectedConcepts.map((c) => labels.get(c.id) ?? c.label))];
    return {
      recommendationId: stored.answer.id,
      language,
      answeredAt: stored.answer.createdAt,
      profile: { ...profile, recognisedIndustries: recognised },
      weights: stored.weights,
      ...(stored.preset ? { weightsPreset: stored.preset } : {}),
      catalogVersion: view.version,
      engineVersion,
      zones,
    };
  }

  /**
   * Scores `zoneIds` (default: the answer's first `top`) for the stored answer's profile with its
   * weights, in `language` (default the answer's). 404 for an unknown answer, then for zones the
   * catalog does not have (all of them named).
   */
  async score(id: string, zoneIds: string[] | { top: number }, language?: Language): Promise<ScoredZones> {
    const stored = await this.recommendations.stored(id);
    const view = this.catalog();
    const ids = Array.isArray(zoneIds) ? zoneIds : stored.answer.results.slice(0, zoneIds.top).map((r) => r.zone.id);
    const unknown = ids.filter((z) => view.zone(z) === undefined);
    if (unknown.length > 0) {
      const listed = new Set(stored.answer.results.map((r) => r.zone.id));
      const what = unknown.map((z) => `"${z}"${listed.has(z) ? ' (listed in the answer, but no longer in the catalog)' : ''}`);
      throw problem('ZONE_NOT_FOUND', `There is no zone ${what.join(', ')} in the catalog.`);
    }
    const lang = language ?? stored.answer.language;
    // Every zone asked for, even two areas of one program: none is folded into another.
    const ranked = rankZones(view.index, stored.profile, { limit: ids.length, language: lang, weights: stored.weights, zones: ids, areasPerProgram: 0 });
    const byId = new Map(ranked.results.map((r) => [r.zone.id, r]));
    const zones = ids.map((z) => comparedZone(withSourceTitles(byId.get(z)!, view, lang), view.zone(z)!, view, stored, lang));
    return { stored, view, language: lang, engineVersion: ranked.engineVersion, zones };
  }
}

const sourced = (x: { value: number; source: SourceRef } | undefined) => (x ? { value: x.value, source: x.source } : null);

function comparedZone(result: RankedZone, resolved: ResolvedZone, view: CatalogView, stored: StoredAnswer, language: Language): ComparedZone {
  const { zone } = resolved;
  const listed = stored.answer.results.find((r) => r.zone.id === zone.id);
  const { explanation } = result;
  const partners = resolved.partners.map((p) => ({ country: p.country, source: p.source }));
  const figures = {
    areaKm2: sourced(zone.areaKm2),
    distancesKm: { port: sourced(zone.distancesKm?.port), airport: sourced(zone.distancesKm?.airport), cityCentre: sourced(zone.distancesKm?.cityCentre) },
  };
  // The sections cited by what is shown, in the order shown, once each.
  const cited = [
    ...explanation.matchedIndustries.map((m) => m.source),
    ...explanation.applicableIncentives.map((i) => i.source),
    ...explanation.concerns.flatMap((c) => (c.source ? [c.source] : [])),
    ...[figures.areaKm2, figures.distancesKm.port, figures.distancesKm.airport, figures.distancesKm.cityCentre].flatMap((f) => (f ? [f.source] : [])),
    ...partners.map((p) => p.source),
  ];
  const sources = cited
    .filter((s, i) => cited.findIndex((t) => t.doc === s.doc && t.section === s.section) === i)
    .map((s) => ({ doc: s.doc, section: s.section, title: view.sourceTitle(s.doc)?.[language] ?? s.doc }));
  return {
    id: zone.id,
    name: zone.name[language],
    program: { id: zone.program, name: view.program(zone.program)?.name[language] ?? zone.program },
    kind: zone.kind,
    score: result.score,
    components: result.components,
    penaltyFactor: result.penaltyFactor,
    inAnswer: listed ? { rank: listed.rank, score: listed.score } : null,
    summary: explanation.summary,
    matchedIndustries: explanation.matchedIndustries,
    applicableIncentives: explanation.applicableIncentives,
    applicableIncentiveCount: explanation.applicableIncentiveCount,
    figures,
    location: {
      province: zone.location.province[language],
      city: zone.location.city[language],
      ...(zone.location.district ? { district: zone.location.district[language] } : {}),
      coordinates: zone.location.coordinates ?? null,
    },
    partners,
    concerns: explanation.concerns,
    sources,
  };
}

type Cell = ComparisonRow['values'][number];

/** One value per zone for a field of the comparison table. */
function cell(zone: ComparedZone, field: ComparisonField): Cell {
  if (field.startsWith('components.')) return zone.components[field.slice('components.'.length) as keyof ComparedZone['components']].contribution;
  if (field.startsWith('distancesKm.')) return zone.figures.distancesKm[field.slice('distancesKm.'.length) as 'port' | 'airport' | 'cityCentre']?.value ?? null;
  switch (field) {
    case 'score':
      return zone.score;
    case 'matchedIndustries':
      return zone.matchedIndustries.map((m) => m.industry);
    case 'applicableIncentiveCount':
      return zone.applicableIncentiveCount;
    case 'applicableIncentives':
      return zone.applicableIncentives.map((i) => i.title);
    case 'areaKm2':
      return zone.figures.areaKm2?.value ?? null;
    case 'location':
      return [zone.location.district, zone.location.city, zone.location.province].filter((x) => x !== undefined).join(', ');
    case 'partners':
      return zone.partners.map((p) => p.country);
    case 'concerns':
      return zone.concerns.map((c) => c.code);
    default:
      return [...new Set(zone.sources.map((s) => s.title))];
  }
}

/** Lists compare as sets: the same industries in another order are not a difference. */
const sameness = (value: Cell) => JSON.stringify(Array.isArray(value) ? [...new Set(value)].sort() : value);

export function comparisonRows(zones: ComparedZone[]): ComparisonRow[] {
  return COMPARISON_FIELDS.map((field) => {
    const values = zones.map((z) => cell(z, field));
    return { field, values, differs: new Set(values.map(sameness)).size > 1 };
  });
}
