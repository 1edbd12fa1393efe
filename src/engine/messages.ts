/**
 * Explanation sentences in English, Japanese and Chinese. Every message is filled from the
 * numbers and facts that produced the score; nothing here decides anything.
 */
import type { IncentiveType, Language, Need, ZoneKind } from '../catalog/schema.js';
import type { Activity, ComponentName } from './types.js';

type Vars = Record<string, string | number>;
type Template = (v: Vars) => string;

const list = (lang: Language, items: string[]) => items.join(lang === 'en' ? ', ' : '、');

const NEED_LABELS: Record<Need, Record<Language, string>> = {
  land: { en: 'land', ja: '用地', zh: '用地' },
  talent: { en: 'talent', ja: '人材', zh: '人才' },
  financing: { en: 'financing', ja: '資金調達', zh: '融资' },
  rnd_collaboration: { en: 'R&D collaboration', ja: '研究開発協力', zh: '研发合作' },
  export_logistics: { en: 'export logistics', ja: '輸出物流', zh: '出口物流' },
  bonded_trade: { en: 'bonded trade', ja: '保税貿易', zh: '保税贸易' },
  cross_border_data: { en: 'cross-border data', ja: '越境データ', zh: '跨境数据' },
  listing: { en: 'listing', ja: '上場', zh: '上市' },
  ip_protection: { en: 'IP protection', ja: '知的財産保護', zh: '知识产权保护' },
};

export const COMPONENT_LABELS: Record<ComponentName, Record<Language, string>> = {
  industry: { en: 'industry', ja: '産業', zh: '产业' },
  technology: { en: 'technology', ja: '技術', zh: '技术' },
  incentives: { en: 'incentives', ja: '優遇策', zh: '优惠政策' },
  cluster: { en: 'regional cluster', ja: '産業集積', zh: '产业集聚' },
  activity: { en: 'zone type', ja: '区の類型', zh: '园区类型' },
  standing: { en: 'approval level', ja: '承認レベル', zh: '批准级别' },
  size: { en: 'size', ja: '規模', zh: '规模' },
  cooperation: { en: 'cooperation', ja: '協力', zh: '合作' },
  logistics: { en: 'logistics', ja: '物流', zh: '物流' },
};

const INCENTIVE_TYPE_LABELS: Record<IncentiveType, Record<Language, [one: string, many: string]>> = {
  tax: { en: ['tax measure', 'tax measures'], ja: ['税制措置', '税制措置'], zh: ['税收措施', '税收措施'] },
  finance_subsidy: {
    en: ['funding or subsidy measure', 'funding and subsidy measures'],
    ja: ['資金・補助措置', '資金・補助措置'],
    zh: ['资金补贴措施', '资金补贴措施'],
  },
  land: { en: ['land measure', 'land measures'], ja: ['用地措置', '用地措置'], zh: ['用地措施', '用地措施'] },
  talent_visa: {
    en: ['talent and visa measure', 'talent and visa measures'],
    ja: ['人材・査証措置', '人材・査証措置'],
    zh: ['人才和签证措施', '人才和签证措施'],
  },
  trade_customs: {
    en: ['trade and customs measure', 'trade and customs measures'],
    ja: ['貿易・通関措置', '貿易・通関措置'],
    zh: ['贸易和通关措施', '贸易和通关措施'],
  },
  data: { en: ['data measure', 'data measures'], ja: ['データ関連措置', 'データ関連措置'], zh: ['数据相关措施', '数据相关措施'] },
  rnd_platform: { en: ['R&D platform measure', 'R&D platform measures'], ja: ['研究開発基盤措置', '研究開発基盤措置'], zh: ['研发平台措施', '研发平台措施'] },
  listing_capital: {
    en: ['listing and capital measure', 'listing and capital measures'],
    ja: ['上場・資本措置', '上場・資本措置'],
    zh: ['上市和资本措施', '上市和资本措施'],
  },
};

export function incentiveTypeLabel(type: IncentiveType, lang: Language, count: number): string {
  const [one, many] = INCENTIVE_TYPE_LABELS[type][lang];
  return count === 1 ? one : many;
}

/**
 * How the zone's industry relates to the company's, in words that say the same in every
 * language: it is the company's industry, it covers it, or it is a specialty within it.
 */
const RELATION_PHRASES: Record<'same' | 'narrower' | 'broader', Record<Language, Template>> = {
  same: {
    en: (v) => `it lists "${v.industry}"${v.main ? ' as its main industry' : ''}, your own industry`,
    ja: (v) => `貴社の産業である「${v.industry}」を${v.main ? '筆頭の' : ''}重点産業に掲げています`,
    zh: (v) => `该区将贵公司所属的“${v.industry}”列为${v.main ? '首要' : ''}重点产业`,
  },
  narrower: {
    en: (v) => `it lists "${v.industry}"${v.main ? ' as its main industry' : ''}, which covers your industry`,
    ja: (v) => `貴社の産業を含む「${v.industry}」を${v.main ? '筆頭の' : ''}重点産業に掲げています`,
    zh: (v) => `该区将涵盖贵公司产业的“${v.industry}”列为${v.main ? '首要' : ''}重点产业`,
  },
  broader: {
    en: (v) => `it lists "${v.industry}"${v.main ? ' as its main industry' : ''}, a specialty within your field`,
    ja: (v) => `貴社の分野に属する「${v.industry}」を${v.main ? '筆頭の' : ''}重点産業に掲げています`,
    zh: (v) => `该区将属于贵公司领域的“${v.industry}”列为${v.main ? '首要' : ''}重点产业`,
  },
};

export function relationPhrase(relation: 'same' | 'narrower' | 'broader', lang: Language, industry: string, main: boolean): string {
  return RELATION_PHRASES[relation][lang]({ industry, main: main ? 1 : '' });
}

const ACTIVITY_LABELS: Record<Activity, Record<Language, string>> = {
  manufacturing: { en: 'a production plant', ja: '生産拠点', zh: '生产基地' },
  rnd: { en: 'an R&D centre', ja: '研究開発拠点', zh: '研发中心' },
  software: { en: 'a software or digital business', ja: 'ソフトウェア・デジタル事業', zh: '软件和数字业务' },
  trade_logistics: { en: 'a trading or logistics operation', ja: '貿易・物流拠点', zh: '贸易和物流业务' },
  services: { en: 'a service business', ja: 'サービス事業', zh: '服务业务' },
};

export function activityLabel(activity: Activity, lang: Language): string {
  return ACTIVITY_LABELS[activity][lang];
}

const KIND_LABELS: Record<ZoneKind, Record<Language, string>> = {
  industrial_park: { en: 'a development zone or industrial park', ja: '開発区・工業団地', zh: '开发区或工业园区' },
  high_tech_zone: { en: 'a high-tech zone', ja: 'ハイテク区', zh: '高新区' },
  bonded_zone: { en: 'a bonded zone', ja: '保税区', zh: '保税区域' },
  innovation_district: { en: 'an innovation district', ja: 'イノベーション地区', zh: '创新街区' },
  service_district: { en: 'a service district', ja: 'サービス業集積地区', zh: '服务业集聚区' },
};

export function kindLabel(kind: ZoneKind, lang: Language): string {
  return KIND_LABELS[kind][lang];
}

const regionNames: Record<Language, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
  zh: new Intl.DisplayNames(['zh-Hans'], { type: 'region' }),
};
const countryNames = new Map<string, string>();

// English names that take "the" in a sentence ("from the United States", "with the Netherlands").
const WITH_ARTICLE =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall Islands|Solomon Islands|Central African Republic|Dominican Republic|Comoros|Czech Republic)/;

/**
 * A country's name in the language, as it reads in a sentence (ISO 3166-1 code in; "Japan",
 * "the United States" / 「日本」 / “日本” out); the code itself if ICU knows no name.
 */
export function countryName(code: string, lang: Language): string {
  const key = `${lang}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name = regionNames[lang].of(code) ?? code;
    } catch {
      name = code;
    }
    if (lang === 'en' && WITH_ARTICLE.test(name)) name = `the ${name}`;
    countryNames.set(key, name);
  }
  return name;
}

const LIST_LOCALES: Record<Language, string> = { en: 'en', ja: 'ja', zh: 'zh-Hans' };
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Countries as a sentence lists them: "Germany and Japan" (with 'and'), "China or Japan" (any
 * one of them: 'or'); 「ドイツ、日本」; “德国和日本”.
 */
export function countryList(codes: readonly string[], lang: Language, type: 'and' | 'or' = 'and'): string {
  const key = `${lang}:${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(LIST_LOCALES[lang], { type: type === 'and' ? 'conjunction' : 'disjunction' })));
  return format.format(codes.map((c) => countryName(c, lang)));
}

const T: Record<string, Record<Language, Template>> = {
  summaryStrong: {
    en: (v) => `${v.zone} scores ${v.score}/100, a strong industry fit: ${v.relation}${v.incentives}${v.partner}.`,
    ja: (v) => `${v.zone}は${v.score}点で、産業面の適合度は高い区です。${v.relation}${v.incentives}${v.partner}。`,
    zh: (v) => `${v.zone}得分${v.score}，产业匹配度高：${v.relation}${v.incentives}${v.partner}。`,
  },
  summaryWeak: {
    en: (v) => `${v.zone} scores ${v.score}/100, a weak industry fit: none of its priority industries is yours or covers it${v.incentives}${v.partner}.`,
    ja: (v) => `${v.zone}は${v.score}点で、産業面の適合度は低い区です。重点産業に貴社の産業やそれを含む産業はありません${v.incentives}${v.partner}。`,
    zh: (v) => `${v.zone}得分${v.score}，产业匹配度低：该区重点产业中没有贵公司所属产业或涵盖它的产业${v.incentives}${v.partner}。`,
  },
  summaryIncentives: {
    en: (v) => `; ${v.n} incentive measure${Number(v.n) === 1 ? '' : 's'} apply to you`,
    ja: (v) => `。適用可能な優遇策は${v.n}件です`,
    zh: (v) => `；可适用优惠政策${v.n}项`,
  },
  summaryPartner: {
    en: (v) => `; it is set up for cooperation with ${v.country}`,
    ja: (v) => `。${v.country}との協力を掲げる区です`,
    zh: (v) => `；该区以与${v.country}合作为方向`,
  },
  moreIncentives: {
    en: (v) => `${v.n} more ${v.type}`,
    ja: (v) => `ほかに${v.type}${v.n}件`,
    zh: (v) => `另有${v.type}${v.n}项`,
  },
  notEligible: {
    en: (v) => `not eligible because ${v.because}`,
    ja: (v) => `対象外：${v.because}`,
    zh: (v) => `不符合条件：${v.because}`,
  },
  missCountry: {
    en: (v) => `it applies only to companies from ${v.countries}`,
    ja: (v) => `${v.countries}の企業のみが対象です`,
    zh: (v) => `仅适用于来自${v.countries}的企业`,
  },
  missStage: {
    en: (v) => `it applies only to ${v.stages} companies`,
    ja: (v) => `${v.stages}企業のみが対象です`,
    zh: (v) => `仅适用于${v.stages}企业`,
  },
  missHighTech: {
    en: () => 'it applies only to certified high-tech enterprises',
    ja: () => '認定ハイテク企業のみが対象です',
    zh: () => '仅适用于认定的高新技术企业',
  },
  missThreshold: {
    en: (v) => `it requires ${v.what} of at least ${v.min}% (yours: ${v.value})`,
    ja: (v) => `${v.what}${v.min}%以上が条件です（貴社：${v.value}）`,
    zh: (v) => `要求${v.what}不低于${v.min}%（贵公司：${v.value}）`,
  },
  rdIntensity: { en: () => 'R&D intensity', ja: () => '研究開発費比率', zh: () => '研发投入强度' },
  exportShare: { en: () => 'an export share', ja: () => '輸出比率', zh: () => '出口占比' },
  notStated: { en: () => 'not stated', ja: () => '未記入', zh: () => '未填写' },
  evidenceNational: {
    en: (v) => `A national-level zone approved by the State Council${v.year ? ` in ${v.year}` : ''} (catalogue code ${v.code}).`,
    ja: (v) => `${v.year ? `${v.year}年に` : ''}国務院が承認した国家級の区です（目録コード${v.code}）。`,
    zh: (v) => `${v.year ? `${v.year}年` : ''}经国务院批准的国家级开发区（目录代码${v.code}）。`,
  },
  evidenceProvincial: {
    en: (v) => `A provincial-level zone approved by the provincial government${v.year ? ` in ${v.year}` : ''} (catalogue code ${v.code}).`,
    ja: (v) => `${v.year ? `${v.year}年に` : ''}省政府が承認した省級の区です（目録コード${v.code}）。`,
    zh: (v) => `${v.year ? `${v.year}年` : ''}经省级政府批准的省级开发区（目录代码${v.code}）。`,
  },
  evidenceCluster: {
    en: (v) => `${v.own} development ${v.zones} in ${v.province} list your industry "${v.industry}": an existing cluster of suppliers and skills.`,
    ja: (v) => `${v.province}では${v.own}の開発区が貴社の産業「${v.industry}」を掲げており、取引先や人材の集積があります。`,
    zh: (v) => `${v.province}有${v.own}个开发区布局贵公司所属产业“${v.industry}”，已形成配套和人才集聚。`,
  },
  evidenceClusterRelated: {
    en: (v) =>
      `${v.own} development ${v.zones} in ${v.province} list your industry "${v.industry}" and ${v.related} more a related one: an existing cluster of suppliers and skills.`,
    ja: (v) =>
      `${v.province}では${v.own}の開発区が貴社の産業「${v.industry}」を、さらに${v.related}の開発区が関連産業を掲げており、取引先や人材の集積があります。`,
    zh: (v) => `${v.province}有${v.own}个开发区布局贵公司所属产业“${v.industry}”，另有${v.related}个布局相关产业，已形成配套和人才集聚。`,
  },
  evidenceClusterCity: {
    en: (v) => `In ${v.city} itself, ${v.own} development ${v.zones} list your industry "${v.industry}": suppliers and skills within commuting distance.`,
    ja: (v) => `${v.city}では${v.own}の開発区が貴社の産業「${v.industry}」を掲げており、取引先や人材が通勤圏内にあります。`,
    zh: (v) => `${v.city}本地有${v.own}个开发区布局贵公司所属产业“${v.industry}”，配套企业和人才近在咫尺。`,
  },
  evidenceActivity: {
    en: (v) => `As ${v.kind}, it suits ${v.activity}.`,
    ja: (v) => `${v.kind}であり、${v.activity}に適しています。`,
    zh: (v) => `作为${v.kind}，适合设立${v.activity}。`,
  },
  activityMismatch: {
    en: (v) => `The zone is ${v.kind}, which is seldom where ${v.activity} is set up.`,
    ja: (v) => `この区は${v.kind}で、${v.activity}の立地としては一般的ではありません。`,
    zh: (v) => `该区属于${v.kind}，通常不是设立${v.activity}的地方。`,
  },
  evidenceArea: {
    en: (v) => `Its planned area of ${v.area} km² leaves room for a large company.`,
    ja: (v) => `計画面積${v.area} km²で、大企業の進出に十分な余地があります。`,
    zh: (v) => `规划面积${v.area}平方公里，可容纳大型企业。`,
  },
  areaSmall: {
    en: (v) => `Its planned area is only ${v.area} km², small for a large company's site.`,
    ja: (v) => `計画面積は${v.area} km²にとどまり、大企業の拠点としては狭い区です。`,
    zh: (v) => `规划面积仅${v.area}平方公里，对大型企业而言偏小。`,
  },
  whyOpen: {
    en: () => 'open to any company in the zone',
    ja: () => '区内のすべての企業が対象',
    zh: () => '适用于区内所有企业',
  },
  whyCountry: {
    en: (v) => `applies to companies from ${v.countries}; yours is from ${v.country}`,
    ja: (v) => `${v.countries}の企業が対象で、貴社は${v.country}`,
    zh: (v) => `适用于来自${v.countries}的企业，贵公司来自${v.country}`,
  },
  whyNotExcluded: {
    en: (v) => `applies to companies not from ${v.countries}`,
    ja: (v) => `${v.countries}以外の企業が対象`,
    zh: (v) => `适用于${v.countries}以外的企业`,
  },
  whyConcepts: {
    en: (v) => `covers your field (${v.concepts})`,
    ja: (v) => `貴社の分野（${v.concepts}）が対象`,
    zh: (v) => `覆盖贵公司所属领域（${v.concepts}）`,
  },
  whyStage: {
    en: (v) => `applies to ${v.stage} companies`,
    ja: (v) => `${v.stage}企業が対象`,
    zh: (v) => `适用于${v.stage}企业`,
  },
  whyHighTech: {
    en: () => 'you are a high-tech enterprise',
    ja: () => '貴社はハイテク企業',
    zh: () => '贵公司为高新技术企业',
  },
  whyRd: {
    en: (v) => `your R&D intensity ${v.value}% meets the ${v.min}% threshold`,
    ja: (v) => `研究開発費比率${v.value}%が基準${v.min}%以上`,
    zh: (v) => `研发投入强度${v.value}%达到${v.min}%的门槛`,
  },
  whyExport: {
    en: (v) => `your export share ${v.value}% meets the ${v.min}% threshold`,
    ja: (v) => `輸出比率${v.value}%が基準${v.min}%以上`,
    zh: (v) => `出口占比${v.value}%达到${v.min}%的门槛`,
  },
  whyServes: {
    en: (v) => `serves your need: ${v.needs}`,
    ja: (v) => `ニーズ（${v.needs}）に対応`,
    zh: (v) => `满足贵公司需求：${v.needs}`,
  },
  whyProposed: {
    en: () => 'proposed in the documents, not yet a commitment',
    ja: () => '文書では検討段階の施策',
    zh: () => '文件中为拟议措施，尚未确定',
  },
  noStrongMatch: {
    en: (v) => `None of the zone's priority industries matches the profile closely (industry score ${v.score}).`,
    ja: (v) => `区の重点産業とプロフィールの間に強い適合がありません（産業スコア${v.score}）。`,
    zh: (v) => `该区重点产业与企业情况没有明显匹配（产业得分${v.score}）。`,
  },
  restriction: {
    en: (v) => `The documents curb high-energy, high-emission projects here; the points above the industry gate are scaled by ${v.factor}.`,
    ja: (v) => `文書は高エネルギー消費・高排出の事業を抑制しており、産業ゲートを超える部分の点数に${v.factor}を掛けています。`,
    zh: (v) => `文件对高耗能、高排放项目加以限制，产业门槛以上的得分乘以${v.factor}。`,
  },
  needNotServed: {
    en: (v) => `No measure in the documents for this zone addresses your need: ${v.needs}.`,
    ja: (v) => `この区の文書には次のニーズに対応する施策がありません：${v.needs}。`,
    zh: (v) => `该区文件中没有针对以下需求的措施：${v.needs}。`,
  },
  partnerMismatch: {
    en: (v) => `The zone is set up for cooperation with ${v.partners}; the company is from ${v.country}.`,
    ja: (v) => `この区は${v.partners}との協力を目的としていますが、貴社は${v.country}の企業です。`,
    zh: (v) => `该区面向与${v.partners}的合作，贵公司来自${v.country}。`,
  },
  logisticsMissing: {
    en: () => 'The documents give no distances to port or airport for this zone; logistics is scored neutral.',
    ja: () => '文書にこの区から港・空港までの距離の記載がなく、物流は中立評価です。',
    zh: () => '文件未给出该区到港口或机场的距离，物流按中性评分。',
  },
  limitedData: {
    en: () => 'The documents say little about this zone beyond its focus industry; verify details with the zone.',
    ja: () => '文書にはこの区の重点産業以外の情報がほとんどありません。詳細は区に確認してください。',
    zh: () => '文件对该区除重点产业外的信息很少，请向该区核实详情。',
  },
  landExceeds: {
    en: (v) => `The land you need (${v.need} km²) is more than ${v.share} of the zone's planned area (${v.area} km²).`,
    ja: (v) => `必要な用地（${v.need} km²）が区の計画面積（${v.area} km²）の${v.share}を超えています。`,
    zh: (v) => `所需用地（${v.need}平方公里）超过该区规划面积（${v.area}平方公里）的${v.share}。`,
  },
  noIncentiveData: {
    en: (v) => `Our source documents list no incentive measures for this zone; incentives are scored neutral (${v.neutral}) — ask the zone what it offers.`,
    ja: (v) => `出典文書にはこの区の優遇策の記載がなく、優遇策は中立（${v.neutral}）で評価しています。提供内容を区に確認してください。`,
    zh: (v) => `来源文件未列出该区的优惠政策，优惠政策按中性（${v.neutral}）评分，请向该区了解具体政策。`,
  },
  catalogueOnly: {
    en: () =>
      `This zone's data comes only from the 2018 national development-zone catalogue (name, type, approval, area and leading industries); no policy document in our sources describes it, so its incentives are unknown — ask the zone what it offers.`,
    ja: () =>
      `この区のデータは2018年版国家開発区目録（名称・類型・承認・面積・主導産業）のみに基づきます。出典の政策文書には記載がなく、優遇策は不明です。提供内容を区に確認してください。`,
    zh: () => `该区数据仅来自2018年版国家开发区目录（名称、类型、批准、面积和主导产业），来源政策文件未介绍该区，优惠政策不详，请向该区了解。`,
  },
  negativeList: {
    en: (v) =>
      `China's 2024 foreign-investment negative list, measure ${v.measure} (${v.sector}), ${v.prohibited ? 'prohibits' : 'restricts'} foreign investment in what you do: ${v.text}`,
    ja: (v) =>
      `中国の外商投資参入ネガティブリスト（2024年版）第${v.measure}項は、貴社の事業分野への外資の投資を${v.prohibited ? '禁止' : '制限'}しています：${v.text}`,
    zh: (v) => `《外商投资准入特别管理措施（负面清单）（2024年版）》第${v.measure}项${v.prohibited ? '禁止' : '限制'}外商投资贵公司所属领域：${v.text}`,
  },
  negativeListTopic: {
    en: (v) =>
      `China's 2024 foreign-investment negative list, measure ${v.measure}, ${v.prohibited ? 'prohibits' : 'restricts'} foreign investment in what you do. Its wording is not transcribed here; its topic: ${v.text} Check the official text.`,
    ja: (v) =>
      `中国の外商投資参入ネガティブリスト（2024年版）第${v.measure}項は、貴社の事業分野への外資の投資を${v.prohibited ? '禁止' : '制限'}しています。条文は未転記で、対象分野の概要のみ示します：${v.text}公式の条文を確認してください。`,
    zh: (v) =>
      `《外商投资准入特别管理措施（负面清单）（2024年版）》第${v.measure}项${v.prohibited ? '禁止' : '限制'}外商投资贵公司所属领域。此处未转录该项原文，仅说明其涉及领域：${v.text}请查阅官方文本。`,
  },
  onlyProposed: {
    en: () => 'Every incentive that applies is only proposed in the documents, not yet committed.',
    ja: () => '適用可能な優遇策はいずれも文書上は検討段階です。',
    zh: () => '可适用的优惠政策在文件中均为拟议措施，尚未确定。',
  },
};

export function message(key: keyof typeof T, lang: Language, vars: Vars = {}): string {
  const template = T[key]?.[lang];
  if (!template) throw new Error(`no message ${String(key)} for ${lang}`);
  return template(vars);
}

export function needLabels(needs: Need[], lang: Language): string {
  return list(
    lang,
    needs.map((n) => NEED_LABELS[n][lang]),
  );
}

export function joinList(lang: Language, items: string[]): string {
  return list(lang, items);
}

const STAGE_LABELS: Record<string, Record<Language, string>> = {
  startup: { en: 'start-up', ja: 'スタートアップ', zh: '初创' },
  sme: { en: 'small and medium', ja: '中小', zh: '中小' },
  large: { en: 'large', ja: '大', zh: '大型' },
  listed: { en: 'listed', ja: '上場', zh: '上市' },
};

export function stageLabels(stages: string[], lang: Language): string {
  return list(
    lang,
    stages.map((s) => STAGE_LABELS[s]?.[lang] ?? s),
  );
}
