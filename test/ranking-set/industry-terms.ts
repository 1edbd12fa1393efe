/**
 * For the industry-precision check of `npm run eval`: the Chinese words by which the 2018
 * catalogue's leading-industries text names each industry label of the placements. A zone "lists
 * the company's industry" when its text contains one of them. Written once from the catalogue's
 * vocabulary (its most frequent phrases, ../../../shared/data/README.md) before any ranking was
 * looked at; an umbrella the catalogue commonly uses for the industry (电子信息 for chips, 装备
 * for machinery) counts, a whole sector (制造) does not.
 */
import type { Placement } from './placements.js';

export const INDUSTRY_TERMS: Readonly<Record<Placement['industry'], readonly string[]>> = {
  aerospace: ['航空', '航天', '飞机'],
  'auto parts': ['汽车', '零部件', '零配件', '汽配'],
  cars: ['汽车', '整车'],
  chemicals: ['化工', '化学', '石化', '石油', '炼化'],
  'consumer goods': ['日用', '消费品', '轻工', '家居', '日化', '化妆品'],
  displays: ['显示', '光电', '电子'],
  'electronics assembly': ['电子', '通信', '智能终端', '计算机'],
  'EV batteries': ['电池', '新能源汽车', '储能', '锂'],
  'food and beverages': ['食品', '饮料', '农产品加工', '乳'],
  'industrial automation': ['智能制造', '装备', '自动化', '机械', '电气', '机电'],
  logistics: ['物流', '仓储', '保税', '贸易'],
  'machinery and robots': ['装备', '机械', '机器人', '智能制造', '机电'],
  'medical devices': ['医疗器械', '医疗', '医药'],
  'metal castings': ['铸', '金属', '机械', '装备', '零部件'],
  pharmaceuticals: ['医药', '制药', '生物'],
  'pulp and paper': ['造纸', '纸'],
  semiconductors: ['集成电路', '半导体', '芯片', '电子'],
  'software and R&D': ['软件', '信息', '研发', '服务外包', '科技服务', '互联网'],
  textiles: ['纺织', '服装', '化纤', '印染', '丝绸'],
  'tyres and rubber': ['橡胶', '轮胎', '化工', '汽车零部件'],
};
