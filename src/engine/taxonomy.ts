/** Relations between taxonomy concepts, read from the taxonomy `src/catalog/resolve.ts` walks once per catalog. */
import type { Taxonomy } from '../catalog/resolve.js';

export type { Taxonomy } from '../catalog/resolve.js';

export type Relation = 'same' | 'narrower' | 'broader' | 'field';

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
