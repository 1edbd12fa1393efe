/**
 * The words the server and the command line print themselves, in English, Japanese and Chinese:
 * the client brief (/r/{id}/brief) and `zonematch recommend`. Explanations (summaries, concerns,
 * industry names) come from the engine in the language asked for; everything around them comes
 * from here. Terms follow the staff console's (public/i18n.js) so a brief reads like the console.
 * `{name}` in a text is filled in by `fill`.
 */
import type { Language, Need, Stage, ZoneKind } from './catalog/schema.js';
import { COMPONENT_NAMES, type ComponentName } from './engine/index.js';
import { COMPONENT_LABELS } from './engine/messages.js';

type Relation = 'same' | 'narrower' | 'broader';

/** The engine's own names of the score's parts, as a heading writes them (capitalised in English). */
function componentLabels(language: Language): Record<ComponentName, string> {
  return Object.fromEntries(
    COMPONENT_NAMES.map((name) => {
      const label = COMPONENT_LABELS[name][language];
      return [name, language === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label];
    }),
  ) as Record<ComponentName, string>;
}

export interface Labels {
  /** BCP 47 tag for <html lang> and Intl (lets browsers pick the right CJK glyphs). */
  locale: string;
  /** Separator between items of a list written as one line. */
  listSeparator: string;
  brief: {
    title: string;
    heading: string;
    prepared: string;
    profile: string;
    company: string;
    country: string;
    sector: string;
    technologies: string;
    products: string;
    employees: string;
    plannedInvestment: string;
    landArea: string;
    stage: string;
    needs: string;
    recognised: string;
    noneRecognised: string;
    shortlist: string;
    shortlistIntro: string;
    zone: string;
    location: string;
    score: string;
    scoreOutOf: string;
    why: string;
    matchedIndustries: string;
    noIndustryMatch: string;
    industryMatch: string;
    incentives: string;
    incentivesCount: string;
    incentivesNone: string;
    incentivesMore: string;
    proposed: string;
    concerns: string;
    noConcerns: string;
    figures: string;
    area: string;
    distancePort: string;
    distanceAirport: string;
    distanceCity: string;
    notGiven: string;
    sources: string;
    footer: string;
  };
  cli: {
    header: string;
    headerStored: string;
    readAs: string;
    noConcept: string;
    rank: string;
    score: string;
    zone: string;
    reasons: string;
    incentives: string;
    incentivesOne: string;
    /** Opening and closing quotation marks around words quoted from the profile. */
    quotes: [string, string];
  };
  relation: Record<Relation, string>;
  level: Record<'core' | 'secondary', string>;
  stage: Record<Stage, string>;
  need: Record<Need, string>;
  kind: Record<ZoneKind, string>;
  component: Record<ComponentName, string>;
}

const en: Labels = {
  locale: 'en',
  listSeparator: ', ',
  brief: {
    title: 'Investment zone brief: {company}',
    heading: 'Investment zones in China for {company}',
    prepared: 'Prepared {date} from recommendation {id}',
    profile: 'Company profile',
    company: 'Company',
    country: 'Country of origin',
    sector: 'Business',
    technologies: 'Technologies',
    products: 'Products',
    employees: 'Employees',
    plannedInvestment: 'Planned investment in China',
    landArea: 'Land needed',
    stage: 'Stage',
    needs: 'Needs',
    recognised: 'Industries recognised',
    noneRecognised: 'none recognised',
    shortlist: 'Zones in this brief',
    shortlistIntro: 'Scores run from 0 to 100 and weigh industry fit, technology, incentives, cooperation, size and logistics.',
    zone: 'Zone',
    location: 'Location',
    score: 'Score',
    scoreOutOf: '{score} / 100',
    why: 'Why this zone',
    matchedIndustries: 'Priority industries that fit',
    noIndustryMatch: 'None of the zone’s priority industries matches the profile closely.',
    industryMatch: '{relation}, {level}',
    incentives: 'Incentives that apply',
    incentivesCount: '{n} measures apply; the most valuable:',
    incentivesNone: 'No stated measure applies to this profile.',
    incentivesMore: 'and {n} more',
    proposed: 'proposed',
    concerns: 'Points to check',
    noConcerns: 'Nothing to flag.',
    figures: 'Key figures',
    area: 'Area',
    distancePort: 'To the port',
    distanceAirport: 'To the airport',
    distanceCity: 'To the city centre',
    notGiven: 'not given',
    sources: 'Sources',
    footer:
      'Scored by zonematch (engine {engine}, catalog {catalog}). Facts are taken from the sources listed; check them against the current documents before deciding.',
  },
  cli: {
    header: '{name} — top {n} zones ({language}, catalog {catalog})',
    headerStored: '{name} — top {n} zones ({language}, catalog {catalog}, stored as {id})',
    readAs: 'Read as: ',
    noConcept: 'no industry concept recognised',
    rank: '#',
    score: 'Score',
    zone: 'Zone',
    reasons: 'Top reasons',
    incentives: '{n} incentives apply, e.g. {title}',
    incentivesOne: '1 incentive applies: {title}',
    quotes: ['“', '”'],
  },
  relation: { same: 'exact fit', narrower: 'within', broader: 'broader than' },
  level: { core: 'core', secondary: 'secondary' },
  stage: { startup: 'Start-up', sme: 'SME', large: 'Large company', listed: 'Listed company' },
  need: {
    land: 'Land',
    talent: 'Talent and visas',
    financing: 'Financing',
    rnd_collaboration: 'R&D collaboration',
    export_logistics: 'Export logistics',
    bonded_trade: 'Bonded trade',
    cross_border_data: 'Cross-border data',
    listing: 'Stock listing',
    ip_protection: 'IP protection',
  },
  kind: {
    industrial_park: 'Industrial park',
    innovation_district: 'Innovation district',
    service_district: 'Service district',
    bonded_zone: 'Bonded zone',
    high_tech_zone: 'High-tech zone',
  },
  component: componentLabels('en'),
};

const ja: Labels = {
  locale: 'ja',
  listSeparator: '、',
  brief: {
    title: '投資先ゾーンのご提案：{company}',
    heading: '{company}様 向け 中国の投資先ゾーンのご提案',
    prepared: '{date}作成（推薦ID {id}）',
    profile: '企業プロフィール',
    company: '企業名',
    country: '本拠地',
    sector: '事業内容',
    technologies: '技術',
    products: '製品',
    employees: '従業員数',
    plannedInvestment: '中国での投資予定額',
    landArea: '必要な用地',
    stage: '企業段階',
    needs: 'ニーズ',
    recognised: '認識した産業',
    noneRecognised: '認識なし',
    shortlist: 'ご提案するゾーン',
    shortlistIntro: 'スコアは0〜100点で、産業の適合、技術、優遇策、協力、規模、物流を重み付けして算出しています。',
    zone: 'ゾーン',
    location: '所在地',
    score: 'スコア',
    scoreOutOf: '{score}点／100点',
    why: 'このゾーンをご提案する理由',
    matchedIndustries: '適合する重点産業',
    noIndustryMatch: 'このゾーンの重点産業には、プロフィールと密接に適合するものがありません。',
    industryMatch: '{relation}・{level}',
    incentives: '適用可能な優遇策',
    incentivesCount: '適用可能な優遇策は{n}件。主なもの：',
    incentivesNone: 'このプロフィールに適用される優遇策は明記されていません。',
    incentivesMore: 'ほか{n}件',
    proposed: '検討段階',
    concerns: '確認が必要な点',
    noConcerns: '特にありません。',
    figures: '主な数値',
    area: '面積',
    distancePort: '港まで',
    distanceAirport: '空港まで',
    distanceCity: '市中心部まで',
    notGiven: '記載なし',
    sources: '出典',
    footer: 'zonematch（エンジン {engine}、カタログ {catalog}）による評価です。記載の事実は上記の出典に基づきます。ご判断の前に最新の文書でご確認ください。',
  },
  cli: {
    header: '{name} — 上位{n}ゾーン（{language}、カタログ {catalog}）',
    headerStored: '{name} — 上位{n}ゾーン（{language}、カタログ {catalog}、保存ID {id}）',
    readAs: '認識した産業：',
    noConcept: '産業を認識できませんでした',
    rank: '順位',
    score: 'スコア',
    zone: 'ゾーン',
    reasons: '主な理由',
    incentives: '適用可能な優遇策{n}件（例：{title}）',
    incentivesOne: '適用可能な優遇策1件：{title}',
    quotes: ['「', '」'],
  },
  relation: { same: '同一産業', narrower: 'その一部', broader: '上位分類' },
  level: { core: '重点', secondary: 'その他' },
  stage: { startup: 'スタートアップ', sme: '中小企業', large: '大企業', listed: '上場企業' },
  need: {
    land: '用地',
    talent: '人材・ビザ',
    financing: '資金調達',
    rnd_collaboration: '研究開発協力',
    export_logistics: '輸出物流',
    bonded_trade: '保税貿易',
    cross_border_data: '越境データ',
    listing: '株式上場',
    ip_protection: '知的財産保護',
  },
  kind: {
    industrial_park: '工業団地',
    innovation_district: 'イノベーション地区',
    service_district: 'サービス業地区',
    bonded_zone: '保税区',
    high_tech_zone: 'ハイテク区',
  },
  component: componentLabels('ja'),
};

const zh: Labels = {
  locale: 'zh-Hans',
  listSeparator: '、',
  brief: {
    title: '投资园区建议：{company}',
    heading: '为{company}推荐的中国投资园区',
    prepared: '{date}编制（推荐编号 {id}）',
    profile: '企业概况',
    company: '企业名称',
    country: '来源国',
    sector: '主营业务',
    technologies: '技术',
    products: '产品',
    employees: '员工人数',
    plannedInvestment: '在华计划投资额',
    landArea: '用地需求',
    stage: '企业阶段',
    needs: '需求',
    recognised: '识别出的产业',
    noneRecognised: '未识别',
    shortlist: '本建议中的园区',
    shortlistIntro: '评分为0至100分，综合考虑产业匹配、技术、优惠政策、合作、规模和物流。',
    zone: '园区',
    location: '所在地',
    score: '评分',
    scoreOutOf: '{score}分／100分',
    why: '推荐理由',
    matchedIndustries: '匹配的重点产业',
    noIndustryMatch: '该园区的重点产业与企业概况没有紧密匹配。',
    industryMatch: '{relation}・{level}',
    incentives: '适用的优惠政策',
    incentivesCount: '共有{n}项政策适用，主要包括：',
    incentivesNone: '没有明确适用于该企业的政策。',
    incentivesMore: '另有{n}项',
    proposed: '拟议中',
    concerns: '需要核实的事项',
    noConcerns: '无。',
    figures: '主要数据',
    area: '面积',
    distancePort: '距港口',
    distanceAirport: '距机场',
    distanceCity: '距市中心',
    notGiven: '未注明',
    sources: '资料来源',
    footer: '由zonematch评分（引擎 {engine}，目录 {catalog}）。所述事实均来自上列资料；决策前请以最新文件为准。',
  },
  cli: {
    header: '{name} — 前{n}个园区（{language}，目录 {catalog}）',
    headerStored: '{name} — 前{n}个园区（{language}，目录 {catalog}，已保存为 {id}）',
    readAs: '识别出的产业：',
    noConcept: '未识别出产业',
    rank: '排名',
    score: '评分',
    zone: '园区',
    reasons: '主要理由',
    incentives: '适用优惠政策{n}项（例如：{title}）',
    incentivesOne: '适用优惠政策1项：{title}',
    quotes: ['“', '”'],
  },
  relation: { same: '同一产业', narrower: '其中一部分', broader: '上位类别' },
  level: { core: '重点', secondary: '其他' },
  stage: { startup: '初创企业', sme: '中小企业', large: '大型企业', listed: '上市公司' },
  need: {
    land: '用地',
    talent: '人才与签证',
    financing: '融资',
    rnd_collaboration: '研发合作',
    export_logistics: '出口物流',
    bonded_trade: '保税贸易',
    cross_border_data: '跨境数据',
    listing: '上市',
    ip_protection: '知识产权保护',
  },
  kind: {
    industrial_park: '产业园区',
    innovation_district: '创新街区',
    service_district: '服务业集聚区',
    bonded_zone: '保税区',
    high_tech_zone: '高新区',
  },
  component: componentLabels('zh'),
};

export const LABELS: Readonly<Record<Language, Labels>> = { en, ja, zh };

/** `template` with each `{name}` replaced by `values[name]` (left as is when not given). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
