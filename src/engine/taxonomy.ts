/** Relations between taxonomy concepts, precomputed once per catalog. */
import type { Concept } from '../catalog/schema.js';

export type Relation = 'same' | 'narrower' | 'broader' | 'field';

export interface Taxonomy {
  concepts: Map<string, Concept>;
  /** Each concept's ancestors, nearest first (not including itself). */
  ancestors: Map<string, string[]>;
  /** Each concept's top-level field (itself for a top-level concept). */
  field: Map<string, string>;
  /** Concept ids per ISIC code (4-digit classes and 2-digit divisions). */
  byIsic: Map<string, string[]>;
  /** Each concept's place in the catalog's concept list: for tables indexed by concept. */
  position: Map<string, number>;
}

export function buildTaxonomy(concepts: Concept[]): Taxonomy {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const ancestors = new Map<string, string[]>();
  const field = new Map<string, string>();
  for (const c of concepts) {
    const chain: string[] = [];
    for (let p = c.parent; p && !chain.includes(p) && chain.length < 32; p = byId.get(p)?.parent ?? null) chain.push(p);
    ancestors.set(c.id, chain);
    field.set(c.id, chain.at(-1) ?? c.id);
  }
  const byIsic = new Map<string, string[]>();
  for (const c of concepts) {
    for (const code of c.isic ?? []) byIsic.set(code, [...(byIsic.get(code) ?? []), c.id]);
  }
  return { concepts: byId, ancestors, field, byIsic, position: new Map(concepts.map((c, i) => [c.id, i])) };
}

/**
 * How profile concept `p` relates to zone concept `z`: the same concept, `p` narrower (below z),
 * `p` broader (above z), the same top-level field, or unrelated (undefined).
 */
export function relationOf(taxonomy: Taxonomy, p: string, z: string): Relation | undefined {
  if (p === z) return 'same';
  if (taxonomy.ancestors.get(p)?.includes(z)) return 'narrower';
  if (taxonomy.ancestors.get(z)?.includes(p)) return 'broader';
  const fp = taxonomy.field.get(p);
  if (fp !== undefined && fp === taxonomy.field.get(z)) return 'field';
  return undefined;
}

/**
 * Levels between two concepts on one branch (1 for parent and child); 0 for the same concept or
 * concepts on different branches.
 */
export function levelsBetween(taxonomy: Taxonomy, a: string, b: string): number {
  const up = taxonomy.ancestors.get(a)?.indexOf(b) ?? -1;
  if (up >= 0) return up + 1;
  const down = taxonomy.ancestors.get(b)?.indexOf(a) ?? -1;
  return down >= 0 ? down + 1 : 0;
}

/** True when `id` is `ancestor` or lies below it. */
export function isWithin(taxonomy: Taxonomy, id: string, ancestor: string): boolean {
  return id === ancestor || (taxonomy.ancestors.get(id)?.includes(ancestor) ?? false);
}

/** Concepts for an ISIC Rev.4 code: the class itself, else its division. */
export function conceptsForIsic(taxonomy: Taxonomy, isic: string): string[] {
  return taxonomy.byIsic.get(isic) ?? taxonomy.byIsic.get(isic.slice(0, 2)) ?? [];
}
