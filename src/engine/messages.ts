/**
 * Explanation sentences in English, Japanese and Chinese. Every message is filled from the
 * numbers and facts that produced the score; nothing here decides anything.
 */
import type { Language, Need } from '../catalog/schema.js';
import type { ComponentName } from './types.js';

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
  cooperation: { en: 'cooperation', ja: '協力', zh: '合作' },
  size: { en: 'size', ja: '規模', zh: '规模' },
  logistics: { en: 'logistics', ja: '物流', zh: '物流' },
};

const RELATION_WORDS: Record<string, Record<Language, string>> = {
  same: { en: 'exact', ja: '完全一致', zh: '完全匹配' },
  narrower: { en: 'specialised', ja: '下位分野', zh: '细分领域' },
  broader: { en: 'broader', ja: '上位分野', zh: '上位领域' },
  field: { en: 'same field', ja: '同一分野', zh: '同一领域' },
};

const T: Record<string, Record<Language, Template>> = {
  summaryStrong: {
    en: (v) => `${v.zone} scores ${v.score}/100: ${v.relation} fit with its industry "${v.industry}"${v.incentives}${v.partner}.`,
    ja: (v) => `${v.zone}は${v.score}点：重点産業「${v.industry}」と${v.relation}で適合${v.incentives}${v.partner}。`,
    zh: (v) => `${v.zone}得分${v.score}：与其重点产业“${v.industry}”${v.relation}${v.incentives}${v.partner}。`,
  },
  summaryWeak: {
    en: (v) => `${v.zone} scores ${v.score}/100: no strong industry fit${v.incentives}${v.partner}.`,
    ja: (v) => `${v.zone}は${v.score}点：産業面の強い適合はありません${v.incentives}${v.partner}。`,
    zh: (v) => `${v.zone}得分${v.score}：产业匹配度不高${v.incentives}${v.partner}。`,
  },
  summaryIncentives: {
    en: (v) => `, ${v.n} applicable incentive${Number(v.n) === 1 ? '' : 's'}`,
    ja: (v) => `、適用可能な優遇策${v.n}件`,
    zh: (v) => `，可适用优惠政策${v.n}项`,
  },
  summaryPartner: {
    en: (v) => `, partner country ${v.country}`,
    ja: (v) => `、協力相手国${v.country}`,
    zh: (v) => `，合作伙伴国家/地区${v.country}`,
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
    en: (v) => `The documents curb high-energy, high-emission projects here; all component scores are scaled by ${v.factor}.`,
    ja: (v) => `文書は高エネルギー消費・高排出の事業を抑制しており、各要素のスコアに${v.factor}を掛けています。`,
    zh: (v) => `文件对高耗能、高排放项目加以限制，各项得分乘以${v.factor}。`,
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
    en: (v) => `This zone's data comes only from the 2018 national development-zone catalogue (name, type, area and leading industries); no policy document describes it, so its industry and technology fit count at most ${v.cap} and its incentives are unknown.`,
    ja: (v) => `この区のデータは2018年版国家開発区目録（名称・類型・面積・主導産業）のみに基づきます。政策文書の記載がないため、産業・技術の適合は最大${v.cap}として評価し、優遇策は不明です。`,
    zh: (v) => `该区数据仅来自2018年版国家开发区目录（名称、类型、面积和主导产业），没有政策文件介绍该区，因此产业和技术匹配最多按${v.cap}计，优惠政策不详。`,
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
  return list(lang, needs.map((n) => NEED_LABELS[n][lang]));
}

export function relationWord(relation: string, lang: Language): string {
  return RELATION_WORDS[relation]?.[lang] ?? relation;
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
  return list(lang, stages.map((s) => STAGE_LABELS[s]?.[lang] ?? s));
}
