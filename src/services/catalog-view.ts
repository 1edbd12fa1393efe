/**
 * An in-memory, read-only view of one catalog version: zones with their program facts
 * resolved (own first, then inherited), filters for the zone list, and the taxonomy tree.
 * Built once per catalog version; the routes only read from it.
 */
import { resolveCatalog, type ResolvedCatalog, type ResolvedZone } from '../catalog/resolve.js';
import type { Catalog, Concept, LocalizedText, Program } from '../catalog/schema.js';
import { shippedNegativeList } from '../catalog/negative-list.js';
import type { ConceptMatcher } from '../engine/concept-matcher.js';
import { buildZoneIndex, type ZoneIndex } from '../engine/index.js';
import { normalizeText } from '../engine/text.js';
import { placeMatcher, provinceCodeOf, provincesNamed, zonePlaceKeys } from '../catalog/place-search.js';

export type { Origin, ResolvedIncentive, ResolvedIndustry, ResolvedRestriction, ResolvedTarget, ResolvedZone } from '../catalog/resolve.js';

export interface ZoneFilter {
  program?: string;
  province?: string;
  concept?: string;
  q?: string;
}

export interface ConceptNode {
  id: string;
  labels: LocalizedText;
  synonyms: Concept['synonyms'];
  isic?: string[];
  children: ConceptNode[];
}

export class CatalogView {
  readonly version: string;
  readonly catalog: Catalog;
  readonly matcher: ConceptMatcher;
  /** The ranking engine's index for this catalog version. */
  readonly index: ZoneIndex;
  private readonly resolved: ResolvedCatalog;
  private readonly searchText = new Map<string, string>();
  /** Names and places as `place-search.ts` matches them (pinyin included). */
  private readonly placeKeys = new Map<string, string>();
  private titles: Map<string, LocalizedText> | undefined;

  constructor(given: Catalog) {
    // The catalog read from the database has no negative list: the shipped one is reference data.
    const catalog = given.negativeList ? given : { ...given, negativeList: shippedNegativeList() };
    this.catalog = catalog;
    this.version = catalog.version;
    this.resolved = resolveCatalog(catalog);
    this.index = buildZoneIndex(catalog, this.resolved);
    this.matcher = this.index.matcher;
    for (const view of this.resolved.zones) {
      this.searchText.set(view.zone.id, normalizeText(searchableText(view)));
      this.placeKeys.set(view.zone.id, zonePlaceKeys(view.zone));
    }
  }

  get zoneIds(): string[] {
    return this.resolved.zones.map((z) => z.zone.id);
  }

  zone(id: string): ResolvedZone | undefined {
    return this.resolved.byId.get(id);
  }

  program(id: string): Program | undefined {
    return this.resolved.programs.get(id);
  }

  /** A source document's title, by its file name (undefined for a document the catalog does not list). */
  sourceTitle(doc: string): LocalizedText | undefined {
    this.titles ??= new Map(this.catalog.sources.map((s) => [s.doc, s.title]));
    return this.titles.get(doc);
  }

  /** The concept and all concepts below it. */
  conceptWithDescendants(id: string): Set<string> {
    return this.resolved.taxonomy.descendants.get(id) ?? new Set();
  }

  /** Zones matching every given filter, ordered by id. */
  listZones(filter: ZoneFilter): ResolvedZone[] {
    let wanted: Set<string> | undefined;
    if (filter.concept) wanted = this.conceptWithDescendants(filter.concept);
    const query = filter.q ? normalizeText(filter.q).trim() : '';
    const queryConcepts = query ? new Set(this.matcher.detect(query).flatMap((m) => [...this.conceptWithDescendants(m.conceptId)])) : undefined;
    const province = filter.province ? normalizeText(filter.province) : undefined;
    // A province in any form (Zhejiang, 浙江, 浙江省, せっこう …); else the exact name as before.
    const provinces = filter.province ? provincesNamed(filter.province) : undefined;
    const placeHit = query ? placeMatcher(filter.q!) : undefined;

    return this.resolved.zones.filter((view) => {
      const { zone } = view;
      if (filter.program && !view.programs.some((p) => p.id === filter.program)) return false;
      if (province && !provinces!.has(provinceCodeOf(zone) ?? '') && !Object.values(zone.location.province).some((name) => normalizeText(name) === province))
        return false;
      if (wanted && !view.industries.some((i) => i.concepts.some((c) => wanted.has(c)))) return false;
      if (query) {
        const textHit = this.searchText.get(zone.id)?.includes(query) ?? false;
        const conceptHit = queryConcepts !== undefined && queryConcepts.size > 0 && view.industries.some((i) => i.concepts.some((c) => queryConcepts.has(c)));
        if (!textHit && !conceptHit && !placeHit!(zone, this.placeKeys.get(zone.id) ?? '')) return false;
      }
      return true;
    });
  }

  /** The taxonomy as a forest, in the reviewed order. */
  conceptTree(): ConceptNode[] {
    const nodes = new Map<string, ConceptNode>();
    for (const c of this.catalog.concepts) {
      nodes.set(c.id, { id: c.id, labels: c.labels, synonyms: c.synonyms, ...(c.isic ? { isic: c.isic } : {}), children: [] });
    }
    const roots: ConceptNode[] = [];
    for (const c of this.catalog.concepts) {
      const node = nodes.get(c.id)!;
      const parent = c.parent ? nodes.get(c.parent) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }
}

function searchableText(view: ResolvedZone): string {
  const parts: string[] = [];
  const add = (t: LocalizedText) => parts.push(t.en, t.ja, t.zh);
  add(view.zone.name);
  add(view.zone.summary);
  add(view.zone.location.city);
  add(view.zone.location.province);
  if (view.zone.location.district) add(view.zone.location.district);
  for (const p of view.programs) add(p.name);
  for (const i of view.industries) {
    add(i.name);
    i.details.forEach(add);
  }
  return parts.join('\n');
}
