/**
 * Cluster: how many zones in the zone's province, and in its city, host the company's industry.
 * Agglomeration is one of the best-documented drivers of where foreign investors go: suppliers,
 * skilled workers and customs experience gather where an industry already is, and they gather by
 * city more than by province (a supplier base is a commute, not a province, away). A zone counts
 * fully when it lists the company's concept or one below it, half when it lists only a sibling
 * under the same parent (not a whole top-level field). Each count saturates logarithmically
 * (ln(1 + n) / ln(1 + saturation), capped at 1): the province at CLUSTER_SATURATION, the city at
 * CLUSTER_CITY_SATURATION, and the score is CLUSTER_CITY_SHARE × city + the rest × province, for
 * the profile's concept that gives the most (times its field weight). With fewer than
 * CLUSTER_MIN_ZONES zones in the index (the seed catalog alone) counts say nothing: NEUTRAL.
 *
 * The city is the catalog's (for a 2018-catalogue zone, the prefecture-level city its name was
 * resolved to). Where the catalog has none, the name stands in: the catalogue names each zone
 * after its place (苏州工业园区, 江苏武进经济开发区, 中日（大连）地方发展合作示范区), so the first two
 * characters after the province's name are the city or county (`placeOf`).
 */
import type { Language } from '../../catalog/schema.js';
import type { ClusterEvidence, ProfileAnalysis, ProfileConcept } from '../analysis.js';
import { CLUSTER_CITY_SATURATION, CLUSTER_CITY_SHARE, CLUSTER_MIN_ZONES, CLUSTER_SATURATION, NEUTRAL } from '../weights.js';
import { countHosts, type IndexedZone, type ZoneIndex } from '../zone-index.js';
import type { ScoringContext } from './context.js';

export type { ClusterEvidence } from '../analysis.js';

const NO_DATA: ClusterEvidence = Object.freeze({ score: NEUTRAL });

/** Whether the catalog knows the zone's city: not where it says the city was not recorded or could not be resolved. */
const knowsCity = (zone: IndexedZone) => zone.zone.location.resolved !== false && !['', '未载明城市', '未能确定城市'].includes(zone.zone.location.city.zh);

const PROVINCE_PREFIX =
  /^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?/u;
/** 中日（大连）…, 中德（沈阳）…: a cooperation zone names its city in brackets. */
const BRACKETED_CITY = /^中[^（(]{1,6}[（(]([^）)]+)[）)]/u;

/**
 * The place a zone is in, in Chinese, as a key of the city-level cluster: the catalog's city
 * where it records one, else the city or county its catalogue name starts with.
 */
export function placeOf(zone: IndexedZone): string {
  if (knowsCity(zone)) return zone.zone.location.city.zh.replace(/市$/u, '');
  const name = zone.zone.name.zh;
  const bracketed = BRACKETED_CITY.exec(name)?.[1];
  if (bracketed) return bracketed.replace(/市$/u, '');
  const rest = name.replace(PROVINCE_PREFIX, '');
  return (rest.length >= 2 ? rest : name).slice(0, 2);
}

/** The zone's city in `language` where the catalog records one, else the place its name gives (in Chinese, as the catalogue writes it). */
export function placeName(zone: IndexedZone, language: Language): string {
  return knowsCity(zone) ? zone.zone.location.city[language] : placeOf(zone);
}

/** Per concept (by taxonomy position), how many zones per place list it or one below it; each zone's place by position. */
interface CityHosts {
  place: string[];
  hosts: Map<string, number>[];
}

const cityHostsOf = new WeakMap<ZoneIndex, CityHosts>();

// The index counts hosts by province; the same count by place is worked out here, once per index.
function cityHosts(index: ZoneIndex): CityHosts {
  let counted = cityHostsOf.get(index);
  if (!counted) {
    const place = index.zones.map(placeOf);
    cityHostsOf.set(index, (counted = { place, hosts: countHosts(index.taxonomy, index.zones, (zone) => place[zone.position]!) }));
  }
  return counted;
}

/** The zones of `area` hosting concept `id` (in `hosts`, by area), and those hosting only a sibling of it. */
function hostCounts(index: ZoneIndex, hosts: readonly Map<string, number>[], id: string, area: string): { own: number; related: number } {
  const { taxonomy } = index;
  const own = hosts[taxonomy.position.get(id)!]!.get(area) ?? 0;
  const parent = taxonomy.ancestors.get(id)?.[0];
  // A parent that is itself a top-level field would count a whole field ("new materials").
  if (!parent || (taxonomy.ancestors.get(parent)?.length ?? 0) === 0) return { own, related: 0 };
  const family = hosts[taxonomy.position.get(parent)!]!.get(area) ?? 0;
  return { own, related: Math.max(0, family - own) };
}

const saturating = (n: number, saturation: number) => Math.min(1, Math.log1p(n) / Math.log1p(saturation));

/**
 * The province-level cluster evidence of each province for one profile, worked out once per
 * province (ProfileAnalysis.cluster): the province part of `evaluateCluster`.
 */
export function clusterLookup(index: ZoneIndex, concepts: readonly ProfileConcept[]): (province: string) => ClusterEvidence {
  if (index.zones.length < CLUSTER_MIN_ZONES || concepts.length === 0) return () => NO_DATA;
  const byProvince = new Map<string, ClusterEvidence>();
  return (province) => {
    let evidence = byProvince.get(province);
    if (evidence) return evidence;
    evidence = { score: 0, own: 0, related: 0 };
    for (const concept of concepts) {
      const { own, related } = hostCounts(index, index.hosts, concept.id, province);
      const score = saturating(own + 0.5 * related, CLUSTER_SATURATION) * concept.weight;
      if (score > evidence.score) evidence = { score, own, related, conceptId: concept.id };
    }
    byProvince.set(province, evidence);
    return evidence;
  };
}

// One ranking's evidence per province and place, kept with the ranking's analysis.
const byArea = new WeakMap<ProfileAnalysis, Map<string, ClusterEvidence>>();

export function evaluateCluster(ctx: ScoringContext): ClusterEvidence {
  const { analysis, index, zone } = ctx;
  const provincial = analysis.cluster(zone.province);
  if (provincial.own === undefined) return provincial;
  const cities = cityHosts(index);
  const place = cities.place[zone.position]!;
  const key = `${zone.province}\u0000${place}`;
  let known = byArea.get(analysis);
  if (!known) byArea.set(analysis, (known = new Map()));
  let evidence = known.get(key);
  if (evidence) return evidence;
  evidence = { score: 0, own: 0, related: 0, city: { name: place, own: 0, related: 0 } };
  for (const concept of analysis.concepts) {
    const { own, related } = hostCounts(index, index.hosts, concept.id, zone.province);
    const city = hostCounts(index, cities.hosts, concept.id, place);
    const mixed =
      (1 - CLUSTER_CITY_SHARE) * saturating(own + 0.5 * related, CLUSTER_SATURATION) +
      CLUSTER_CITY_SHARE * saturating(city.own + 0.5 * city.related, CLUSTER_CITY_SATURATION);
    const score = mixed * concept.weight;
    if (score > evidence.score) evidence = { score, own, related, conceptId: concept.id, city: { name: place, ...city } };
  }
  known.set(key, evidence);
  return evidence;
}
