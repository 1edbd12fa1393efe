/**
 * Cited sources in an answer carry their document's title in the answer's language, so that a
 * client shows "MOST: 14th Five-Year Plan for National High-tech Zones — 三、重要タスク > …"
 * rather than a file name. The engine cites documents by file name (stable, language-free); the
 * titles are the catalog's, added here on the way out.
 */
import type { Language } from '../catalog/schema.js';
import type { CatalogView } from './catalog-view.js';

const isSourceRef = (x: unknown): x is { doc: string; section: string } =>
  typeof x === 'object' && x !== null && typeof (x as { doc?: unknown }).doc === 'string' && typeof (x as { section?: unknown }).section === 'string';

/** A copy of `value` in which every `source: { doc, section }` also has `title` (when the catalog lists the document). */
export function withSourceTitles<T>(value: T, view: CatalogView, language: Language): T {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (typeof x !== 'object' || x === null) return x;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(x)) {
      if (key === 'source' && isSourceRef(v)) {
        const title = view.sourceTitle(v.doc)?.[language];
        out[key] = title ? { ...v, title } : v;
      } else out[key] = walk(v);
    }
    return out;
  };
  return walk(value) as T;
}
