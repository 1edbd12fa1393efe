/**
 * The catalog resolved once: every zone with its programme chain and the facts it inherits (own
 * first, each marked with where it comes from), and the taxonomy's relations (ancestors,
 * descendants, depth, top-level field). Pure: the ranking engine's index, the read API's views,
 * the integrity check and the repository all read these instead of walking parents themselves.
 */
import type { Catalog, Concept, Incentive, Industry, Program, Restriction, SourceRef, Target, Zone } from './schema.js';

/** Where a fact on a resolved zone comes from: the zone itself or one of its programmes. */
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
  /** The zone's programme first, then its ancestors. */
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

export interface Taxonomy {
  concepts: Map<string, Concept>;
  /** Each concept's ancestors, nearest first (not including itself). */
  ancestors: Map<string, string[]>;
  /** Each concept and every concept below it. */
  descendants: Map<string, Set<string>>;
  /** Levels above each concept (0 for a top-level concept). */
  depth: Map<string, number>;
  /** Each concept's top-level field (itself for a top-level concept). */
  field: Map<string, string>;
  /** Concept ids per ISIC code (4-digit classes and 2-digit divisions). */
  byIsic: Map<string, string[]>;
  /** Each concept's place in the catalog's concept list: for tables indexed by concept. */
  position: Map<string, number>;
  /** Concepts found among their own ancestors (a broken taxonomy; the integrity check reports them). */
  cyclic: string[];
}

export interface ResolvedCatalog {
  catalog: Catalog;
  programs: Map<string, Program>;
  taxonomy: Taxonomy;
  /** Sorted by id, so iteration order never depends on catalog order. */
  zones: ResolvedZone[];
  byId: Map<string, ResolvedZone>;
}

/** The taxonomy's relations, walked once. */
export function resolveTaxonomy(concepts: readonly Concept[]): Taxonomy {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const ancestors = new Map<string, string[]>();
  const field = new Map<string, string>();
  const depth = new Map<string, number>();
  const descendants = new Map<string, Set<string>>(concepts.map((c) => [c.id, new Set([c.id])]));
  const cyclic: string[] = [];
  for (const c of concepts) {
    const chain: string[] = [];
    for (let p = c.parent; p; p = byId.get(p)?.parent ?? null) {
      if (p === c.id || chain.includes(p)) {
        cyclic.push(c.id);
        break;
      }
      chain.push(p);
    }
    ancestors.set(c.id, chain);
    field.set(c.id, chain.at(-1) ?? c.id);
    depth.set(c.id, chain.length);
    for (const a of chain) descendants.get(a)?.add(c.id);
  }
  const byIsic = new Map<string, string[]>();
  for (const c of concepts) {
    for (const code of c.isic ?? []) byIsic.set(code, [...(byIsic.get(code) ?? []), c.id]);
  }
  return { concepts: byId, ancestors, descendants, depth, field, byIsic, position: new Map(concepts.map((c, i) => [c.id, i])), cyclic };
}

/** A programme and its ancestors, nearest first; stops at an unknown id or a loop. */
export function programChain(programs: ReadonlyMap<string, Program>, programId: string | undefined): Program[] {
  const chain: Program[] = [];
  for (let id = programId; id && !chain.some((p) => p.id === id); id = programs.get(id)?.parent) {
    const program = programs.get(id);
    if (!program) break;
    chain.push(program);
  }
  return chain;
}

const FACTS = ['industries', 'incentives', 'restrictions', 'targets', 'partners', 'platforms'] as const;

/** One zone with what its programmes add. */
export function resolveZone(zone: Zone, programs: ReadonlyMap<string, Program>): ResolvedZone {
  const chain = programChain(programs, zone.program);
  const own: Origin = { origin: 'zone' };
  const collect = <K extends (typeof FACTS)[number]>(key: K) => [
    ...zone[key].map((x) => ({ ...x, ...own })),
    ...chain.flatMap((p) => p[key].map((x) => ({ ...x, origin: 'program' as const, programId: p.id }))),
  ];
  const partners = collect('partners') as ResolvedZone['partners'];
  const resolved: ResolvedZone = {
    zone,
    programs: chain,
    industries: collect('industries') as ResolvedIndustry[],
    incentives: collect('incentives') as ResolvedIncentive[],
    restrictions: collect('restrictions') as ResolvedRestriction[],
    targets: collect('targets') as ResolvedTarget[],
    // A country named twice (zone and programme) is one partner.
    partners: partners.filter((p, i) => partners.findIndex((q) => q.country === p.country) === i),
    platforms: collect('platforms') as ResolvedZone['platforms'],
    sources: [],
  };
  const refs = new Map<string, SourceRef>();
  for (const entry of [zone, ...chain]) {
    for (const ref of entry.sources) refs.set(`${ref.doc}\0${ref.section}`, ref);
  }
  for (const key of FACTS) {
    for (const item of resolved[key]) refs.set(`${item.source.doc}\0${item.source.section}`, item.source);
  }
  resolved.sources = [...refs.values()];
  return resolved;
}

/** Resolves every zone and the taxonomy. */
export function resolveCatalog(catalog: Catalog): ResolvedCatalog {
  const programs = new Map(catalog.programs.map((p) => [p.id, p]));
  const zones = [...catalog.zones].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((zone) => resolveZone(zone, programs));
  return { catalog, programs, taxonomy: resolveTaxonomy(catalog.concepts), zones, byId: new Map(zones.map((z) => [z.zone.id, z])) };
}
