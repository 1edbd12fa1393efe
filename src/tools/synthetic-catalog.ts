/**
 * A synthetic catalog of N zones generated from the real taxonomy with a seeded PRNG, for
 * benchmarks of how ranking cost grows with the number of zones. Not data: never seeded.
 */
import {
  INCENTIVE_TYPES,
  NEEDS,
  ZONE_KINDS,
  type Catalog,
  type Concept,
  type LocalizedText,
  type Program,
  type SourceRef,
  type Zone,
} from '../catalog/schema.js';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE: SourceRef = { doc: '000_e949d19d91dea074.txt', section: 'synthetic' };

export function syntheticCatalog(base: Pick<Catalog, 'concepts' | 'sources'>, zoneCount: number, seed = 42): Catalog {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const leafish = base.concepts.filter((c) => c.parent !== null);
  const text = (c: Concept): LocalizedText => ({ en: c.labels.en, ja: c.labels.ja, zh: c.labels.zh });
  const programs: Program[] = Array.from({ length: 10 }, (_, p) => ({
    id: `synthetic-program-${p}`,
    name: { en: `Synthetic program ${p}`, ja: `合成プログラム${p}`, zh: `合成项目${p}` },
    description: { en: 'Generated', ja: '生成', zh: '生成' },
    industries: [],
    incentives: [],
    restrictions: [],
    targets: [],
    partners: p % 3 === 0 ? [{ country: pick(['JP', 'HK', 'DE']), source: SOURCE }] : [],
    platforms: [],
    sources: [SOURCE],
  }));
  const zones: Zone[] = Array.from({ length: zoneCount }, (_, i) => {
    const industries = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, k) => {
      const c = pick(leafish);
      return {
        id: `i${k}`,
        name: text(c),
        concepts: [c.id],
        level: k === 0 ? ('core' as const) : ('secondary' as const),
        details: [...c.synonyms.en.slice(0, 2), ...c.synonyms.zh.slice(0, 2)].map((s) => ({ en: s, ja: s, zh: s })),
        source: SOURCE,
      };
    });
    const incentives = Array.from({ length: Math.floor(random() * 4) }, (_, k) => ({
      id: `synthetic-${i}-incentive-${k}`,
      type: pick(INCENTIVE_TYPES),
      title: { en: 'Generated measure', ja: '生成施策', zh: '生成措施' },
      summary: { en: 'Generated', ja: '生成', zh: '生成' },
      eligibility: random() < 0.5 ? {} : { concepts: [industries[0]!.concepts[0]!] },
      serves: [pick(NEEDS)],
      status: random() < 0.5 ? ('stated' as const) : ('proposed' as const),
      source: SOURCE,
    }));
    return {
      id: `synthetic-${String(i).padStart(5, '0')}`,
      program: programs[i % programs.length]!.id,
      name: { en: `Synthetic zone ${i}`, ja: `合成区${i}`, zh: `合成区${i}` },
      summary: { en: 'Generated', ja: '生成', zh: '生成' },
      kind: pick(ZONE_KINDS),
      location: { province: { en: 'Nowhere', ja: 'なし', zh: '无' }, city: { en: 'Nowhere', ja: 'なし', zh: '无' } },
      areaKm2: { value: 1 + Math.round(random() * 100), source: SOURCE },
      ...(random() < 0.5 ? { distancesKm: { port: { value: Math.round(random() * 200), source: SOURCE } } } : {}),
      industries,
      incentives,
      restrictions: [],
      targets: [],
      partners: [],
      platforms: [],
      completeness: 'partial' as const,
      sources: [SOURCE],
    };
  });
  return { version: `synthetic-${zoneCount}-${seed}`, sources: base.sources, concepts: base.concepts, programs, zones };
}
