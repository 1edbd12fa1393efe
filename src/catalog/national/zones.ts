/**
 * Turns imported catalogue zones into engine zones of the program `national-catalogue`, and adds
 * them to a catalog (CATALOGUE=national). A catalogue entry that a seed zone already links to
 * (its code is in the seed zone's `catalogueCodes`) is left out: the seed zone, built from the
 * policy documents, stands for it.
 *
 * A catalogue zone carries what the catalogue states — its Chinese name, province, type, approval date, area, and its
 * leading industries as industries linked to the concepts they were mapped to, named in en and ja
 * from the reviewed table `seeds/national/leading-industries.json` — and its name in English
 * (pinyin and reviewed type terms) and Japanese (kanji forms), built by `zone-names.ts`. No
 * incentives, partners or distances: the catalogue records none. Its city, county and the
 * coordinates of their seat are read from its name by `places.ts`.
 */
import { createHash } from 'node:crypto';
import type { Catalog, Industry, LocalizedText, Program, SourceDocument, SourceRef, Zone, ZoneKind } from '../schema.js';
import { CATALOGUE_PROGRAM_ID } from '../../engine/zone-index.js';
import type { CatalogueZoneRecord } from './mapping.js';
import { labelIndustry, leadingIndustriesList, shippedIndustryLabels, type IndustryLabels } from './industry-labels.js';
import { CATALOGUE_FILE_NAME } from './parse.js';
import { createPlacer, type Placer } from './places.js';
import { createZoneNamer, type ZoneNamer } from './zone-names.js';

export { CATALOGUE_PROGRAM_ID };

export const CATALOGUE_SOURCE: SourceDocument = {
  doc: CATALOGUE_FILE_NAME,
  title: {
    en: 'China Development Zone Audit Announcement Catalogue, 2018 edition (NDRC and other ministries, announcement No. 4 of 2018)',
    ja: '中国開発区審核公告目録（2018年版）（国家発展改革委員会など、2018年第4号公告）',
    zh: '中国开发区审核公告目录（2018年版）（国家发展改革委等，2018年第4号公告）',
  },
  language: 'zh',
  publisher: 'National Development and Reform Commission of the PRC, with other central ministries',
  published: '2018',
  kind: 'catalogue',
  issuer: {
    en: 'National Development and Reform Commission, with other central ministries',
    ja: '国家発展改革委員会など',
    zh: '国家发展改革委等',
  },
  note: 'The official register of national- and provincial-level development zones; 2,543 zones. Shipped as seeds/national/china-dev-zones-2018.csv.',
};

const wholeCatalogue: SourceRef = { doc: CATALOGUE_FILE_NAME, section: '中国开发区审核公告目录（2018年版）' };

export const CATALOGUE_PROGRAM: Program = {
  id: CATALOGUE_PROGRAM_ID,
  name: {
    en: 'National development-zone catalogue (2018)',
    ja: '国家開発区目録（2018年版）',
    zh: '中国开发区审核公告目录（2018年版）',
  },
  description: {
    en: "China's official register of development zones approved by the State Council or by provincial governments that passed the 2018 review. For each zone it records the name, province, type, approval date, approved area and leading industries — no incentives, partners or distances.",
    ja: '2018年の審査を経た、国務院または省政府承認の開発区の公式名簿。各区について名称、省、類型、承認時期、承認面積、主導産業を記載し、優遇策・協力相手国・距離の記載はない。',
    zh: '经2018年审核、由国务院或省级政府批准设立的开发区的官方名录。每个开发区载明名称、所在省份、类型、批准时间、核准面积和主导产业，不含优惠政策、合作国别或交通距离。',
  },
  industries: [],
  incentives: [],
  restrictions: [],
  targets: [],
  partners: [],
  platforms: [],
  sources: [wholeCatalogue],
};

const same = (text: string): LocalizedText => ({ en: text, ja: text, zh: text });

/** Province-level divisions as the catalogue names them, in three languages. */
export const PROVINCES: Record<string, LocalizedText> = {
  北京市: { en: 'Beijing', ja: '北京市', zh: '北京市' },
  天津市: { en: 'Tianjin', ja: '天津市', zh: '天津市' },
  上海市: { en: 'Shanghai', ja: '上海市', zh: '上海市' },
  重庆市: { en: 'Chongqing', ja: '重慶市', zh: '重庆市' },
  河北省: { en: 'Hebei Province', ja: '河北省', zh: '河北省' },
  山西省: { en: 'Shanxi Province', ja: '山西省', zh: '山西省' },
  辽宁省: { en: 'Liaoning Province', ja: '遼寧省', zh: '辽宁省' },
  吉林省: { en: 'Jilin Province', ja: '吉林省', zh: '吉林省' },
  黑龙江省: { en: 'Heilongjiang Province', ja: '黒竜江省', zh: '黑龙江省' },
  江苏省: { en: 'Jiangsu Province', ja: '江蘇省', zh: '江苏省' },
  浙江省: { en: 'Zhejiang Province', ja: '浙江省', zh: '浙江省' },
  安徽省: { en: 'Anhui Province', ja: '安徽省', zh: '安徽省' },
  福建省: { en: 'Fujian Province', ja: '福建省', zh: '福建省' },
  江西省: { en: 'Jiangxi Province', ja: '江西省', zh: '江西省' },
  山东省: { en: 'Shandong Province', ja: '山東省', zh: '山东省' },
  河南省: { en: 'Henan Province', ja: '河南省', zh: '河南省' },
  湖北省: { en: 'Hubei Province', ja: '湖北省', zh: '湖北省' },
  湖南省: { en: 'Hunan Province', ja: '湖南省', zh: '湖南省' },
  广东省: { en: 'Guangdong Province', ja: '広東省', zh: '广东省' },
  海南省: { en: 'Hainan Province', ja: '海南省', zh: '海南省' },
  四川省: { en: 'Sichuan Province', ja: '四川省', zh: '四川省' },
  贵州省: { en: 'Guizhou Province', ja: '貴州省', zh: '贵州省' },
  云南省: { en: 'Yunnan Province', ja: '雲南省', zh: '云南省' },
  陕西省: { en: 'Shaanxi Province', ja: '陝西省', zh: '陕西省' },
  甘肃省: { en: 'Gansu Province', ja: '甘粛省', zh: '甘肃省' },
  青海省: { en: 'Qinghai Province', ja: '青海省', zh: '青海省' },
  内蒙古自治区: { en: 'Inner Mongolia Autonomous Region', ja: '内モンゴル自治区', zh: '内蒙古自治区' },
  广西壮族自治区: { en: 'Guangxi Zhuang Autonomous Region', ja: '広西チワン族自治区', zh: '广西壮族自治区' },
  西藏自治区: { en: 'Tibet Autonomous Region', ja: 'チベット自治区', zh: '西藏自治区' },
  宁夏回族自治区: { en: 'Ningxia Hui Autonomous Region', ja: '寧夏回族自治区', zh: '宁夏回族自治区' },
  新疆维吾尔自治区: { en: 'Xinjiang Uygur Autonomous Region', ja: '新疆ウイグル自治区', zh: '新疆维吾尔自治区' },
};

const ZONE_TYPES: Record<string, { kind: ZoneKind; name: LocalizedText }> = {
  经济技术开发区: { kind: 'industrial_park', name: { en: 'economic and technological development zone', ja: '経済技術開発区', zh: '经济技术开发区' } },
  高新技术产业开发区: { kind: 'high_tech_zone', name: { en: 'high-tech industrial development zone', ja: 'ハイテク産業開発区', zh: '高新技术产业开发区' } },
  海关特殊监管区域: { kind: 'bonded_zone', name: { en: 'customs special supervision area', ja: '税関特殊監督管理区域', zh: '海关特殊监管区域' } },
  '边境/跨境经济合作区': {
    kind: 'industrial_park',
    name: { en: 'border / cross-border economic cooperation zone', ja: '国境・越境経済協力区', zh: '边境/跨境经济合作区' },
  },
  其他类型开发区: { kind: 'industrial_park', name: { en: 'development zone of another national type', ja: 'その他の国家級開発区', zh: '其他类型开发区' } },
  经济开发区: { kind: 'industrial_park', name: { en: 'economic development zone', ja: '経済開発区', zh: '经济开发区' } },
  工业园区: { kind: 'industrial_park', name: { en: 'industrial park', ja: '工業園区', zh: '工业园区' } },
};

// Among the "other" national zones are tourism resorts, a finance and trade zone and border
// trade markets: service areas, not industrial parks; their names say which.
const SERVICE_NAME = /旅游度假区|金融贸易区|互市贸易区/u;

const LEVEL_NAMES: Record<CatalogueZoneRecord['level'], LocalizedText> = {
  national: { en: 'National-level', ja: '国家級', zh: '国家级' },
  provincial: { en: 'Provincial-level', ja: '省級', zh: '省级' },
};

let namer: ZoneNamer | undefined;
let placer: Placer | undefined;
/** The shipped tables' namer and placer, built once (they index every division name). */
const shippedNamer = (): ZoneNamer => (namer ??= createZoneNamer());
const shippedPlacer = (): Placer => (placer ??= createPlacer());

/** Where a catalogue zone's facts come from: the file and its row. */
export function catalogueSourceOf(record: Pick<CatalogueZoneRecord, 'row' | 'code' | 'nameZh'>): SourceRef {
  return { doc: CATALOGUE_FILE_NAME, section: `row ${record.row}: ${record.code} ${record.nameZh}` };
}

/**
 * The engine zone for one catalogue entry; concepts unknown to `knownConcepts` are left out.
 * Leading industries are named in en and ja from `labels` (default: the shipped table).
 */
export function toCatalogueZone(record: CatalogueZoneRecord, knownConcepts: ReadonlySet<string>, labels: IndustryLabels = shippedIndustryLabels()): Zone {
  const source = catalogueSourceOf(record);
  const type = ZONE_TYPES[record.zoneType];
  const kind: ZoneKind = SERVICE_NAME.test(record.nameZh) ? 'service_district' : (type?.kind ?? 'industrial_park');
  const typeName = type?.name ?? same(record.zoneType);
  const province = PROVINCES[record.province] ?? same(record.province);
  const level = LEVEL_NAMES[record.level];
  const industries: Industry[] = [];
  record.phrases.forEach((phrase, i) => {
    const concepts = phrase.concepts.filter((c) => knownConcepts.has(c));
    if (concepts.length === 0) return;
    industries.push({ id: `leading-${i + 1}`, name: labelIndustry(labels, phrase.text), concepts, level: 'core', details: [], source });
  });
  const listed = leadingIndustriesList(
    labels,
    record.phrases.map((p) => p.text),
    record.leadingIndustries,
  );
  return {
    id: record.id,
    program: CATALOGUE_PROGRAM_ID,
    name: shippedNamer().name(record.nameZh),
    summary: {
      en: `${level.en} ${typeName.en} in ${province.en}, approved ${record.approved}. Leading industries in the 2018 national catalogue: ${listed.en}.`,
      ja: `${province.ja}の${level.ja}${typeName.ja}（${record.approved}承認）。2018年版国家目録の主導産業：${listed.ja}。`,
      zh: `位于${province.zh}的${level.zh}${typeName.zh}，批准时间${record.approved}。2018年版目录所列主导产业：${listed.zh}。`,
    },
    kind,
    location: shippedPlacer().locate({ code: record.code, nameZh: record.nameZh, parts: shippedNamer().parse(record.nameZh), province }),
    ...(record.areaHa !== null ? { areaKm2: { value: Math.round(record.areaHa * 100) / 10_000, source } } : {}),
    industries,
    incentives: [],
    restrictions: [],
    targets: [],
    partners: [],
    platforms: [],
    completeness: 'minimal',
    catalogueCodes: [record.code],
    // Two zones give a second date after a slash (a later extension); the first is the founding.
    approved: { value: record.approved.split('/')[0]!, source },
    sources: [source],
  };
}

const NATIONAL_VERSION = '+national.';

/** The stored catalog's version within a view's version (the whole version without the national catalogue). */
export function storedVersionOf(version: string): string {
  const at = version.indexOf(NATIONAL_VERSION);
  return at < 0 ? version : version.slice(0, at);
}

/** Catalogue codes that the catalog's (seed) zones link to. */
export function linkedCatalogueCodes(catalog: Pick<Catalog, 'zones'>): Map<string, string> {
  const linked = new Map<string, string>();
  for (const zone of catalog.zones) for (const code of zone.catalogueCodes ?? []) linked.set(code, zone.id);
  return linked;
}

/**
 * The catalog plus the catalogue-level zones (and the `national-catalogue` program and source),
 * leaving out the entries a seed zone links to, and any whose id a catalog zone already uses
 * (the reviewed zone wins). The version is the stored catalog's followed by `+national.` and a
 * hash of the zones added, so that an answer ranked over the 2,558 zones never carries the same
 * catalogVersion as one ranked over the seed zones alone; reloads compare the stored part only
 * (`storedVersionOf`) with what other instances announce.
 */
export function withNationalCatalogue(catalog: Catalog, records: readonly CatalogueZoneRecord[], labels: IndustryLabels = shippedIndustryLabels()): Catalog {
  const linked = linkedCatalogueCodes(catalog);
  const known = new Set(catalog.concepts.map((c) => c.id));
  const taken = new Set(catalog.zones.map((z) => z.id));
  const zones = records.filter((r) => !linked.has(r.code) && !taken.has(r.id)).map((r) => toCatalogueZone(r, known, labels));
  const content = createHash('sha256').update(JSON.stringify(zones)).digest('hex').slice(0, 12);
  return {
    ...catalog,
    version: `${storedVersionOf(catalog.version)}${NATIONAL_VERSION}${content}`,
    sources: [...catalog.sources.filter((s) => s.doc !== CATALOGUE_SOURCE.doc), CATALOGUE_SOURCE],
    programs: [...catalog.programs.filter((p) => p.id !== CATALOGUE_PROGRAM_ID), CATALOGUE_PROGRAM],
    zones: [...catalog.zones, ...zones],
  };
}

/**
 * The catalog without what `withNationalCatalogue` added: the stored, reviewed catalog, e.g. for
 * an export that must stay re-importable.
 */
export function withoutNationalCatalogue(catalog: Catalog): Catalog {
  return {
    ...catalog,
    version: storedVersionOf(catalog.version),
    sources: catalog.sources.filter((s) => s.doc !== CATALOGUE_SOURCE.doc),
    programs: catalog.programs.filter((p) => p.id !== CATALOGUE_PROGRAM_ID),
    zones: catalog.zones.filter((z) => z.program !== CATALOGUE_PROGRAM_ID),
  };
}
