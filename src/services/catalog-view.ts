/**
 * An in-memory, read-only view of one catalog version: zones with their program facts
 * resolved (own first, then inherited), filters for the zone list, and the taxonomy tree.
 * Built once per catalog version; the routes only read from it.
 */
import type {
  Catalog,
  Concept,
  Incentive,
  Industry,
  LocalizedText,
  Program,
  Restriction,
  SourceRef,
  Target,
  Zone,
} from '../catalog/schema.js';
import type { ConceptMatcher } from '../engine/concept-matcher.js';
import { buildZoneIndex, type ZoneIndex } from '../engine/index.js';
import { normalizeText } from '../engine/text.js';
import { placeMatcher, provinceCodeOf, provincesNamed, zonePlaceKeys } from '../catalog/place-search.js';

/** Where a fact on a resolved zone comes from: the zone itself or one of its programs. */
export interface Origin {
  origin: 'zone' | 'program';
  programId?: string;
}

export type ResolvedIndustry = Industry & Origin;
export type ResolvedIncentive = Incentive & Origin;
export type ResolvedRestriction = Restriction & Origin;
export type ResolvedTarget = Target & Origin;

export interface ResolvedZone {
  zone: Zone;
  /** The zone's program first, then its ancestors. */
  programs: Program[];
  industries: ResolvedIndustry[];
  incentives: ResolvedIncentive[];
  restrictions: ResolvedRestriction[];
  targets: ResolvedTarget[];
  partners: (Zone['partners'][number] & Origin)[];
  platforms: (Zone['platforms'][number] & Origin)[];
  /** Every document section the resolved facts cite, once each. */
  sources: SourceRef[];
}

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
  private readonly resolved = new Map<string, ResolvedZone>();
  private readonly descendants = new Map<string, Set<string>>();
  private readonly searchText = new Map<string, string>();
  /** Names and places as `place-search.ts` matches them (pinyin included). */
  private readonly placeKeys = new Map<string, string>();
  private readonly programsById: Map<string, Program>;
  private titles: Map<string, LocalizedText> | undefined;

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.version = catalog.version;
    this.programsById = new Map(catalog.programs.map((p) => [p.id, p]));
    this.index = buildZoneIndex(catalog);
    this.matcher = this.index.matcher;

    const children = new Map<string, string[]>();
    for (const c of catalog.concepts) {
      if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
    }
    for (const c of catalog.concepts) {
      const all = new Set<string>([c.id]);
      const stack = [c.id];
      while (stack.length > 0) {
        for (const child of children.get(stack.pop()!) ?? []) {
          if (!all.has(child)) {
            all.add(child);
            stack.push(child);
          }
        }
      }
      this.descendants.set(c.id, all);
    }

    for (const zone of [...catalog.zones].sort((a, b) => a.id.localeCompare(b.id))) {
      const view = this.resolve(zone);
      this.resolved.set(zone.id, view);
      this.searchText.set(zone.id, normalizeText(searchableText(view)));
      this.placeKeys.set(zone.id, zonePlaceKeys(zone));
    }
  }

  get zoneIds(): string[] {
    return [...this.resolved.keys()];
  }

  zone(id: string): ResolvedZone | undefined {
    return this.resolved.get(id);
  }

  program(id: string): Program | undefined {
    return this.programsById.get(id);
  }

  /** A source document's title, by its file name (undefined for a document the catalog does not list). */
  sourceTitle(doc: string): LocalizedText | undefined {
    this.titles ??= new Map(this.catalog.sources.map((s) => [s.doc, s.title]));
    return this.titles.get(doc);
  }

  /** The concept and all concepts below it. */
  conceptWithDescendants(id: string): Set<string> {
    return this.descendants.get(id) ?? new Set();
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

    return [...this.resolved.values()].filter((view) => {
      const { zone } = view;
      if (filter.program && !view.programs.some((p) => p.id === filter.program)) return false;
      if (province && !provinces!.has(provinceCodeOf(zone) ?? '') && !Object.values(zone.location.province).some((name) => normalizeText(name) === province)) return false;
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

  private resolve(zone: Zone): ResolvedZone {
    const programs: Program[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = zone.program; id && !seen.has(id); ) {
      seen.add(id);
      const program = this.programsById.get(id);
      if (!program) break;
      programs.push(program);
      id = program.parent;
    }
    const own: Origin = { origin: 'zone' };
    const from = (p: Program): Origin => ({ origin: 'program', programId: p.id });
    const collect = <K extends 'industries' | 'incentives' | 'restrictions' | 'targets' | 'partners' | 'platforms'>(key: K) => [
      ...zone[key].map((x) => ({ ...x, ...own })),
      ...programs.flatMap((p) => p[key].map((x) => ({ ...x, ...from(p) }))),
    ];
    const view: ResolvedZone = {
      zone,
      programs,
      industries: collect('industries') as ResolvedIndustry[],
      incentives: collect('incentives') as ResolvedIncentive[],
      restrictions: collect('restrictions') as ResolvedRestriction[],
      targets: collect('targets') as ResolvedTarget[],
      partners: collect('partners') as ResolvedZone['partners'],
      platforms: collect('platforms') as ResolvedZone['platforms'],
      sources: [],
    };
    // A country named twice (zone and program) is one partner.
    view.partners = view.partners.filter((p, i, all) => all.findIndex((q) => q.country === p.country) === i);
    const refs = new Map<string, SourceRef>();
    for (const entry of [zone, ...programs]) {
      for (const ref of entry.sources) refs.set(`${ref.doc}\0${ref.section}`, ref);
    }
    for (const list of [view.industries, view.incentives, view.restrictions, view.targets, view.partners, view.platforms]) {
      for (const item of list) refs.set(`${item.source.doc}\0${item.source.section}`, item.source);
    }
    view.sources = [...refs.values()];
    return view;
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
