/**
 * The ranking set: company profiles written the way investment-promotion staff write them, in
 * English, Japanese and Chinese, each with the zone an analyst would put first.
 *
 * Every expectation was decided from the source documents (`../shared/seeds/*.txt`) and the
 * zone files before the engine was run, and is not changed to make the engine pass: a case the
 * engine gets wrong stays as reasoned and is reported. `alsoRelevant` lists the zones a
 * reasonable analyst would also accept in the top 3 (graded relevance for nDCG: expectedTop 2,
 * alsoRelevant 1).
 *
 * Ids ending in `-en`, `-ja` and `-zh` with the same stem are one company written in the three
 * languages; they must get the same top zone.
 *
 * Document short names used in the comments:
 *   Dalian plan   000_e949d19d91dea074.txt (China-Japan (Dalian) model zone master plan)
 *   MOST plan     001_eaf0b4e527a92ad6.txt (14th Five-Year Plan for national high-tech zones)
 *   Shanghai 6+1  002_db68afa89548ec08.txt (Shanghai FTZ linked innovation zones)
 *   Qingdao Daily 003_97a4b1e478b23a38.txt (China-Japan (Qingdao) model zone; the six CJ zones)
 *   HK plan       004_e8e0f5f3c6ae9580.txt (mainland–Hong Kong I&T joint action plan)
 */
import type { ProfileInput } from '../../src/schemas/recommendation-dto.js';

export interface RankingCase {
  id: string;
  language: 'en' | 'ja' | 'zh';
  /** The zone an analyst would rank first, decided from the documents. */
  expectedTop: string;
  /** Other zones a reasonable analyst would accept in the top 3 (relevance 1 in nDCG). */
  alsoRelevant?: string[];
  /** Why expectedTop fits best: the zone's own priority industries and facts. */
  why: string;
  profile: ProfileInput;
}

export const RANKING_SET: RankingCase[] = [
  // ───────────────────────── One company, three languages ─────────────────────────

  // Japanese tier-1 supplier of NEV drive and battery-management parts. Dalian plan § 二 (1):
  // the Shin-Nihon Industrial Park's Japan focus is NEV complete vehicles and their core parts,
  // 15 km from the airport and 35 km from Dayaowan port (it exports back to Japan). Shanghai's
  // CJ zone (new energy) is a fallback an analyst would accept.
  {
    id: 'nev-parts-en',
    language: 'en',
    expectedTop: 'dalian-xinriben',
    alsoRelevant: ['shanghai-cj'],
    why: 'Shin-Nihon Industrial Park is the Dalian area whose stated Japan focus is NEVs and their core components, close to airport and port for export.',
    profile: {
      name: 'Kansai Mobility Components Co., Ltd.',
      sector: 'Core components for new-energy vehicles',
      country: 'JP',
      technologies: ['battery management systems', 'traction motor control', 'inverters for electric drive'],
      products: ['battery management system (BMS) units', 'e-axle drive motors', 'power control units'],
      description:
        'Osaka-based tier-1 supplier of electric drive and battery management components for battery-electric and plug-in hybrid vehicles. Plans an R&D and production base in China to supply Japanese and Chinese carmakers, with part of the output exported back to Japan.',
      size: { employees: 1800, plannedInvestmentUsd: 120_000_000, landAreaM2: 80_000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, exportSharePct: 40 },
    },
  },
  // Same company in Japanese.
  {
    id: 'nev-parts-ja',
    language: 'ja',
    expectedTop: 'dalian-xinriben',
    alsoRelevant: ['shanghai-cj'],
    why: '新日本工業団地エリアは対日協力の重点を新エネルギー車の完成車とコア部品に置く大連のエリアで、空港・港にも近く日本への輸出に向く。',
    profile: {
      name: '関西モビリティ部品株式会社',
      sector: '新エネルギー自動車のコア部品',
      country: 'JP',
      technologies: ['電池管理システム', '駆動モーター制御', '電動駆動用インバーター'],
      products: ['BMSユニット', 'eアクスル用駆動モーター', 'パワーコントロールユニット'],
      description:
        '大阪に本社を置く一次サプライヤー。純電気自動車とプラグインハイブリッド車向けの電動駆動部品と電池管理部品を手がける。日系・中国系の完成車メーカーに供給し、一部を日本へ輸出する研究開発・生産拠点を中国に設けたい。',
      size: { employees: 1800, plannedInvestmentUsd: 120_000_000, landAreaM2: 80_000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, exportSharePct: 40 },
    },
  },
  // Same company in Chinese.
  {
    id: 'nev-parts-zh',
    language: 'zh',
    expectedTop: 'dalian-xinriben',
    alsoRelevant: ['shanghai-cj'],
    why: '新日本工业团地片区对日合作重点是新能源汽车整车及核心零部件，距机场和港口近，便于返销日本。',
    profile: {
      name: '关西移动零部件株式会社',
      sector: '新能源汽车核心零部件',
      country: 'JP',
      technologies: ['电池管理系统', '驱动电机控制', '电驱动逆变器'],
      products: ['BMS电池管理单元', '电驱桥驱动电机', '动力控制单元'],
      description:
        '总部位于大阪的一级供应商，为纯电动汽车和插电式混合动力汽车提供电驱动及电池管理零部件。计划在中国设立研发和生产基地，供应日系及中国整车企业，部分产品返销日本。',
      size: { employees: 1800, plannedInvestmentUsd: 120_000_000, landAreaM2: 80_000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, exportSharePct: 40 },
    },
  },

  // Japanese pharmaceutical CDMO. Dalian plan § 二 (2): Songmudao names new pharmaceutical
  // intermediates and CDMO as a Japan-cooperation direction, in a fine-chemical park with
  // by-product exchange; § 三 (一) 2 plans a CDMO outsourcing centre for Japan. Xizhongdao lists
  // pharmaceutical chemicals, so it is acceptable second.
  {
    id: 'cdmo-en',
    language: 'en',
    expectedTop: 'dalian-songmudao',
    alsoRelevant: ['dalian-xizhongdao'],
    why: 'Songmudao is the only zone whose own focus names CDMO and new pharmaceutical intermediates, in a fine-chemical park built for by-product sharing.',
    profile: {
      name: 'Hokuriku Pharma Chemical Co., Ltd.',
      sector: 'Pharmaceutical CDMO: contract development and manufacturing of APIs and intermediates',
      country: 'JP',
      technologies: ['continuous flow synthesis', 'process chemistry scale-up', 'GMP manufacturing'],
      products: ['active pharmaceutical ingredients', 'advanced pharmaceutical intermediates', 'custom synthesis for drug developers'],
      description:
        'Toyama-based contract development and manufacturing organisation serving Japanese and European drug companies. Looking for a chemical park with shared utilities, by-product exchange and wastewater treatment to build a GMP intermediates plant and take on global outsourcing orders.',
      size: { employees: 650, plannedInvestmentUsd: 60_000_000, landAreaM2: 60_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
  },
  // Same company in Japanese.
  {
    id: 'cdmo-ja',
    language: 'ja',
    expectedTop: 'dalian-songmudao',
    alsoRelevant: ['dalian-xizhongdao'],
    why: '松木島エリアは新型医薬中間体とCDMOを対日協力の重点に掲げる唯一のエリアで、副産物交換を前提とした精密化学工業パークである。',
    profile: {
      name: '北陸ファーマケミカル株式会社',
      sector: '医薬品CDMO（原薬・医薬中間体の受託開発製造）',
      country: 'JP',
      technologies: ['連続フロー合成', 'プロセス化学のスケールアップ', 'GMP製造'],
      products: ['原薬', '高度医薬中間体', '創薬企業向け受託合成'],
      description:
        '富山の医薬品受託開発製造会社で、日本と欧州の製薬会社を顧客に持つ。ユーティリティの共用、副産物の相互利用、排水処理が整った化学工業パークにGMP対応の中間体工場を建て、世界の製薬会社からのアウトソーシングを受けたい。',
      size: { employees: 650, plannedInvestmentUsd: 60_000_000, landAreaM2: 60_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
  },
  // Same company in Chinese.
  {
    id: 'cdmo-zh',
    language: 'zh',
    expectedTop: 'dalian-songmudao',
    alsoRelevant: ['dalian-xizhongdao'],
    why: '松木岛片区是唯一把新型医药中间体和CDMO列为对日合作重点的片区，且是以副产品互换为基础的精细化工园区。',
    profile: {
      name: '北陆制药化学株式会社',
      sector: '医药CDMO：原料药及医药中间体的合同研发生产',
      country: 'JP',
      technologies: ['连续流合成', '工艺化学放大', 'GMP生产'],
      products: ['原料药', '高级医药中间体', '面向新药研发企业的定制合成'],
      description:
        '总部位于富山的医药合同研发生产企业，客户为日本和欧洲制药公司。希望在公用工程共享、副产品互换、污水处理配套完善的化工园区建设GMP中间体工厂，承接全球医药外包订单。',
      size: { employees: 650, plannedInvestmentUsd: 60_000_000, landAreaM2: 60_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
  },

  // Japanese energy-saving and pollution-control engineering firm. Qingdao Daily: the Qingdao
  // zone is the only national-level China-Japan zone for energy saving and environmental
  // protection (high-efficiency energy saving, advanced environmental protection, resource
  // recycling), with land, R&D awards and a Japanese-talent green channel. Dalian lists the
  // field only as a secondary city-wide direction.
  {
    id: 'eco-engineering-en',
    language: 'en',
    expectedTop: 'qingdao-cj',
    why: 'Qingdao is the only national China-Japan model zone for energy saving and environmental protection, and its core chain is exactly high-efficiency energy saving and advanced environmental protection.',
    profile: {
      name: 'Setouchi Eco Engineering Co., Ltd.',
      sector: 'Energy-saving and environmental protection equipment',
      country: 'JP',
      technologies: ['industrial waste heat recovery', 'flue gas desulphurisation and denitrification', 'high-efficiency industrial heat pumps'],
      products: ['waste-heat recovery boilers', 'flue gas treatment systems', 'energy management services for factories'],
      description:
        'Hiroshima engineering company that designs and builds energy-saving and pollution-control systems for steel, cement and chemical plants. Wants a base combining design, production and after-sales service for Chinese customers working towards their carbon-peaking targets.',
      size: { employees: 900, plannedInvestmentUsd: 30_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
    },
  },
  // Same company in Japanese.
  {
    id: 'eco-engineering-ja',
    language: 'ja',
    expectedTop: 'qingdao-cj',
    why: '青島は省エネ・環境保護分野で唯一の国家級中日協力モデル区で、高効率省エネと先進環境保護が中核の産業チェーンである。',
    profile: {
      name: '瀬戸内エコエンジニアリング株式会社',
      sector: '省エネ・環境保全設備',
      country: 'JP',
      technologies: ['工場排熱回収', '排煙脱硫・脱硝', '高効率産業用ヒートポンプ'],
      products: ['排熱回収ボイラー', '排ガス処理システム', '工場向けエネルギー管理サービス'],
      description:
        '広島のエンジニアリング会社。鉄鋼・セメント・化学工場向けに省エネ設備と公害防止設備を設計・施工している。カーボンピークアウトを目指す中国の顧客向けに、設計・生産・アフターサービスを一体で行う拠点を設けたい。',
      size: { employees: 900, plannedInvestmentUsd: 30_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
    },
  },
  // Same company in Chinese.
  {
    id: 'eco-engineering-zh',
    language: 'zh',
    expectedTop: 'qingdao-cj',
    why: '青岛示范区是中日两国在节能环保领域唯一的国家级示范区，核心产业链正是高效节能和先进环保。',
    profile: {
      name: '濑户内生态工程株式会社',
      sector: '节能环保装备',
      country: 'JP',
      technologies: ['工业余热回收', '烟气脱硫脱硝', '高效工业热泵'],
      products: ['余热回收锅炉', '烟气治理系统', '工厂能源管理服务'],
      description:
        '总部位于广岛的工程公司，为钢铁、水泥和化工厂设计建设节能和污染治理系统。希望设立集设计、生产和售后服务于一体的基地，服务致力于碳达峰的中国客户。',
      size: { employees: 900, plannedInvestmentUsd: 30_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['land', 'talent', 'rnd_collaboration'],
    },
  },

  // Japanese technical-ceramics and membrane maker. Dalian plan § 二 (四): Huayuankou's Japan
  // focus is aerospace materials, new-energy materials, advanced metals, special ceramic new
  // materials and new functional membrane materials, on a national new-materials base. Qingdao's
  // new-materials chain is broader and less specific.
  {
    id: 'fine-ceramics-en',
    language: 'en',
    expectedTop: 'dalian-huayuankou',
    alsoRelevant: ['qingdao-cj'],
    why: "Huayuankou names special ceramic new materials, functional membrane materials and aerospace materials as its Japan focus — the company's three product lines.",
    profile: {
      name: 'Mino Advanced Ceramics Co., Ltd.',
      sector: 'Special ceramic new materials',
      country: 'JP',
      technologies: ['silicon nitride sintering', 'ceramic membrane filtration', 'thermal barrier coatings'],
      products: ['silicon nitride bearing balls', 'ceramic separation membranes', 'ceramic components for aircraft engines'],
      description:
        'Gifu-based maker of technical ceramics and functional membranes for aerospace, new-energy and water-treatment customers. Seeks a new-materials industrial base in China with room to build and later expand a sintering plant.',
      size: { employees: 280, plannedInvestmentUsd: 25_000_000, landAreaM2: 40_000 },
      stage: 'sme',
      needs: ['land', 'rnd_collaboration'],
    },
  },
  // Same company in Japanese.
  {
    id: 'fine-ceramics-ja',
    language: 'ja',
    expectedTop: 'dalian-huayuankou',
    alsoRelevant: ['qingdao-cj'],
    why: '花園口エリアは特殊セラミック新材料、新型機能膜材料、航空・宇宙材料を対日協力の重点に掲げており、同社の3製品群と一致する。',
    profile: {
      name: '美濃アドバンストセラミックス株式会社',
      sector: '特殊セラミック新材料',
      country: 'JP',
      technologies: ['窒化ケイ素焼結', 'セラミック膜ろ過', '遮熱コーティング'],
      products: ['窒化ケイ素ベアリングボール', 'セラミック分離膜', '航空機エンジン用セラミック部品'],
      description:
        '岐阜のファインセラミックスと機能膜のメーカー。航空宇宙、新エネルギー、水処理の顧客に供給している。中国の新材料産業基地で焼結工場を建設し、将来拡張できる用地を探している。',
      size: { employees: 280, plannedInvestmentUsd: 25_000_000, landAreaM2: 40_000 },
      stage: 'sme',
      needs: ['land', 'rnd_collaboration'],
    },
  },
  // Same company in Chinese.
  {
    id: 'fine-ceramics-zh',
    language: 'zh',
    expectedTop: 'dalian-huayuankou',
    alsoRelevant: ['qingdao-cj'],
    why: '花园口片区对日合作重点为特种陶瓷新材料、新型功能膜材料和航空航天材料，与该企业三条产品线一致。',
    profile: {
      name: '美浓先进陶瓷株式会社',
      sector: '特种陶瓷新材料',
      country: 'JP',
      technologies: ['氮化硅烧结', '陶瓷膜过滤', '热障涂层'],
      products: ['氮化硅轴承球', '陶瓷分离膜', '航空发动机用陶瓷部件'],
      description: '总部位于岐阜的精细陶瓷和功能膜制造商，客户涵盖航空航天、新能源和水处理领域。希望在中国的新材料产业基地建设烧结工厂，并预留扩建用地。',
      size: { employees: 280, plannedInvestmentUsd: 25_000_000, landAreaM2: 40_000 },
      stage: 'sme',
      needs: ['land', 'rnd_collaboration'],
    },
  },

  // Chinese AI start-up building training corpora and education LLMs. Shanghai 6+1: Xuhui's
  // focus is AI, the digital economy and commercialising research, with AI–education
  // integration, a digital-economy corpus ecosystem, secure cross-border data flows and
  // incubators. Zhongguancun (new-generation IT) and Yangpu (digital economy) are acceptable.
  {
    id: 'ai-corpus-en',
    language: 'en',
    expectedTop: 'shanghai-lz-xuhui',
    alsoRelevant: ['zhongguancun', 'shanghai-lz-yangpu'],
    why: 'Xuhui is the zone focused on AI and the digital economy, and it proposes exactly what the company needs: a corpus ecosystem, secure cross-border data flows, AI–education integration and incubators.',
    profile: {
      name: 'Lingyu Intelligence Technology',
      sector: 'Artificial intelligence: large language models and training corpora',
      country: 'CN',
      technologies: ['large language models', 'natural language processing', 'data annotation and corpus construction'],
      products: ['domain-specific language models for education', 'multilingual training datasets', 'AI tutoring assistants'],
      description:
        'Shanghai start-up spun out of a university lab. Builds multilingual training corpora and fine-tunes language models for schools and publishers. Needs compliant cross-border transfer of overseas training data and incubator space close to universities.',
      size: { employees: 35 },
      stage: 'startup',
      needs: ['cross_border_data', 'talent', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 45 },
    },
  },
  // Same company in Japanese.
  {
    id: 'ai-corpus-ja',
    language: 'ja',
    expectedTop: 'shanghai-lz-xuhui',
    alsoRelevant: ['zhongguancun', 'shanghai-lz-yangpu'],
    why: '徐匯は人工知能とデジタル経済に焦点を当てる区で、コーパス・エコシステム、安全な越境データ流通、AIと教育の融合、インキュベーターという同社の必要をそのまま掲げている。',
    profile: {
      name: '霊語インテリジェンス科技',
      sector: '人工知能（大規模言語モデルと学習用コーパス）',
      country: 'CN',
      technologies: ['大規模言語モデル', '自然言語処理', 'データアノテーションとコーパス構築'],
      products: ['教育向け特化型言語モデル', '多言語学習データセット', 'AI学習支援アシスタント'],
      description:
        '大学の研究室から生まれた上海のスタートアップ。多言語の学習用コーパスを構築し、学校や出版社向けに言語モデルをチューニングしている。海外の学習データを適法に越境移転できる環境と、大学に近いインキュベーターを求めている。',
      size: { employees: 35 },
      stage: 'startup',
      needs: ['cross_border_data', 'talent', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 45 },
    },
  },
  // Same company in Chinese.
  {
    id: 'ai-corpus-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-xuhui',
    alsoRelevant: ['zhongguancun', 'shanghai-lz-yangpu'],
    why: '徐汇聚焦人工智能和数字经济，提出的语料生态、数据安全跨境流动、人工智能产教融合和孵化器正是该企业所需。',
    profile: {
      name: '灵语智能科技',
      sector: '人工智能：大语言模型与训练语料',
      country: 'CN',
      technologies: ['大语言模型', '自然语言处理', '数据标注与语料库建设'],
      products: ['面向教育的垂直领域语言模型', '多语种训练数据集', 'AI辅导助手'],
      description:
        '由高校实验室孵化的上海初创企业，构建多语种训练语料，为学校和出版社微调语言模型。需要合规的境外训练数据跨境传输渠道，以及靠近高校的孵化器空间。',
      size: { employees: 35 },
      stage: 'startup',
      needs: ['cross_border_data', 'talent', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 45 },
    },
  },

  // German fibre-laser and optical-communication maker. MOST plan § 一 (一): Wuhan East Lake is
  // the world-class optoelectronics cluster (50% of the national industry); no other zone names
  // optoelectronics. Zhongguancun (new-generation IT, which includes optical communication) is
  // an acceptable second.
  {
    id: 'laser-optics-en',
    language: 'en',
    expectedTop: 'wuhan-east-lake',
    alsoRelevant: ['zhongguancun'],
    why: 'Wuhan East Lake is the national high-tech zone the MOST plan names as the world-class optoelectronics cluster; lasers and optical communication modules are optoelectronics.',
    profile: {
      name: 'Lichtwerk Photonics GmbH',
      sector: 'Optoelectronics: fibre lasers and optical communication devices',
      country: 'DE',
      technologies: ['fibre lasers', 'optical transceivers', 'optical fibre amplifiers'],
      products: ['industrial fibre lasers', 'optical transceiver modules', 'laser marking systems'],
      description:
        'Jena-based maker of industrial fibre lasers and optical communication modules. Looking for a Chinese production and R&D base inside an established optoelectronics cluster, with optical fibre, chip and laser suppliers nearby and engineers to hire.',
      size: { employees: 600, plannedInvestmentUsd: 40_000_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration', 'ip_protection'],
      attributes: { highTech: true, rdIntensityPct: 12 },
    },
  },
  // Same company in Japanese.
  {
    id: 'laser-optics-ja',
    language: 'ja',
    expectedTop: 'wuhan-east-lake',
    alsoRelevant: ['zhongguancun'],
    why: '武漢東湖は科学技術部の計画が世界的な光電子産業クラスターとして挙げる国家ハイテク区で、レーザーと光通信モジュールは光電子産業に当たる。',
    profile: {
      name: 'リヒトヴェルク・フォトニクス社',
      sector: '光電子（ファイバーレーザーと光通信デバイス）',
      country: 'DE',
      technologies: ['ファイバーレーザー', '光トランシーバー', '光ファイバー増幅器'],
      products: ['産業用ファイバーレーザー', '光トランシーバーモジュール', 'レーザーマーキング装置'],
      description:
        'ドイツ・イエナの産業用ファイバーレーザーと光通信モジュールのメーカー。光ファイバー、チップ、レーザーの部材メーカーが近くにあり技術者を採用しやすい、既存の光電子産業集積地に中国の生産・研究開発拠点を設けたい。',
      size: { employees: 600, plannedInvestmentUsd: 40_000_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration', 'ip_protection'],
      attributes: { highTech: true, rdIntensityPct: 12 },
    },
  },
  // Same company in Chinese.
  {
    id: 'laser-optics-zh',
    language: 'zh',
    expectedTop: 'wuhan-east-lake',
    alsoRelevant: ['zhongguancun'],
    why: '科技部规划将武汉东湖列为世界级光电子产业集群，激光器和光通信模块属于光电子产业。',
    profile: {
      name: '光工坊光子有限公司',
      sector: '光电子：光纤激光器与光通信器件',
      country: 'DE',
      technologies: ['光纤激光器', '光收发器', '光纤放大器'],
      products: ['工业光纤激光器', '光收发模块', '激光打标设备'],
      description:
        '总部位于德国耶拿的工业光纤激光器和光通信模块制造商。希望在已形成光电子产业集群的地区设立中国生产和研发基地，周边有光纤、芯片和激光器配套企业，便于招聘工程师。',
      size: { employees: 600, plannedInvestmentUsd: 40_000_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration', 'ip_protection'],
      attributes: { highTech: true, rdIntensityPct: 12 },
    },
  },

  // ───────────────────────────────── English ─────────────────────────────────

  // Japanese nursing-home and rehabilitation operator. Qingdao Daily: the NDRC approved
  // Tianjin's China-Japan zone with the health industry as its one focus. Dalian lists elderly
  // care only as a secondary city-wide direction, not for any one area.
  {
    id: 'elderly-care-en',
    language: 'en',
    expectedTop: 'tianjin-cj',
    why: "Tianjin's China-Japan model zone was approved with the health industry as its focus; elderly care and rehabilitation are health-industry services.",
    profile: {
      name: 'Sakura Wellness Care Co., Ltd.',
      sector: 'Health industry: elderly care and rehabilitation services',
      country: 'JP',
      technologies: ['functional rehabilitation training', 'dementia care methods', 'care records software'],
      products: ['nursing homes', 'rehabilitation day-care centres', 'care-worker training'],
      description:
        'Nagoya-based operator of nursing homes and rehabilitation day-care centres. Wants to open its first facilities in China with a local partner and train Chinese care staff in Japanese care methods.',
      size: { employees: 2500, plannedInvestmentUsd: 15_000_000 },
      stage: 'large',
      needs: ['talent', 'financing'],
    },
  },
  // Japanese PV maker. Qingdao Daily: Shanghai's CJ zone is the one approved for new energy.
  // Qingdao's new-energy chain names hydrogen, bio, ocean and wind energy, and Dalian's
  // (Xizhongdao, program) hydrogen, storage, nuclear and wind — none names solar.
  {
    id: 'solar-pv-en',
    language: 'en',
    expectedTop: 'shanghai-cj',
    alsoRelevant: ['qingdao-cj', 'dalian-xizhongdao'],
    why: "Shanghai's China-Japan model zone was approved with new energy as its focus; the other zones' new-energy lists name hydrogen, wind, ocean and bioenergy rather than solar.",
    profile: {
      name: 'Hikari Solar Technologies Co., Ltd.',
      sector: 'New energy: solar photovoltaics',
      country: 'JP',
      technologies: ['perovskite-silicon tandem solar cells', 'heterojunction solar cells', 'PV plant monitoring'],
      products: ['high-efficiency PV modules', 'string inverters', 'rooftop solar systems for factories'],
      description:
        'Kyoto-based solar company bringing perovskite tandem cell technology to mass production. Looking for a China-Japan cooperation site focused on new energy, close to the Yangtze River Delta photovoltaic supply chain and its customers.',
      size: { employees: 1200, plannedInvestmentUsd: 70_000_000, landAreaM2: 60_000 },
      stage: 'large',
      needs: ['land', 'rnd_collaboration', 'talent'],
      attributes: { highTech: true },
    },
  },
  // Japanese factory-automation integrator. Qingdao Daily: Suzhou's CJ zone is the one
  // approved for smart manufacturing. Minhang (high-end smart manufacturing) and the Dalian
  // program (CNC, robots, smart factories) are acceptable.
  {
    id: 'factory-automation-en',
    language: 'en',
    expectedTop: 'suzhou-cj',
    alsoRelevant: ['shanghai-lz-minhang', 'dalian-xinriben'],
    why: "Suzhou's China-Japan model zone was approved with smart manufacturing as its focus, for a Japanese automation integrator.",
    profile: {
      name: 'Tokai Factory Automation Co., Ltd.',
      sector: 'Smart manufacturing: factory automation and robot system integration',
      country: 'JP',
      technologies: ['machine vision inspection', 'PLC and motion control', 'digital twins of production lines'],
      products: ['automated assembly lines', 'robotic welding cells', 'manufacturing execution systems'],
      description:
        'Aichi-based system integrator that designs and installs automated production lines for automotive and electronics makers. Wants a China base close to Japanese manufacturers\u2019 plants in the Yangtze River Delta.',
      size: { employees: 700, plannedInvestmentUsd: 20_000_000, landAreaM2: 20_000 },
      stage: 'large',
      needs: ['talent', 'land'],
    },
  },
  // London asset manager whose portfolio managers need their qualifications recognised.
  // Shanghai 6+1: Huangpu (the Bund) focuses on financial services and proposes recognising
  // overseas financial professional qualifications. Hongkou (finance, cross-border RMB) is close.
  {
    id: 'asset-manager-en',
    language: 'en',
    expectedTop: 'shanghai-lz-huangpu',
    alsoRelevant: ['shanghai-lz-hongkou'],
    why: "Huangpu focuses on financial services and proposes recognising overseas financial professional qualifications, which the firm's portfolio managers need.",
    profile: {
      name: 'Meridian Asset Management',
      sector: 'Financial services: asset and wealth management',
      country: 'GB',
      technologies: ['quantitative portfolio management', 'ESG investment research'],
      products: ['mutual funds', 'wealth management for high-net-worth clients', 'private equity funds investing in technology companies'],
      description:
        'London-based asset manager opening a wholly foreign-owned fund management company in Shanghai. Its portfolio managers hold UK and CFA qualifications and need them recognised to practise in China; it also wants to finance Chinese science and technology companies.',
      size: { employees: 120 },
      stage: 'listed',
      needs: ['talent'],
    },
  },
  // Singapore ship manager and lessor. Shanghai 6+1: Hongkou (North Bund) focuses on high-end
  // shipping and financial services and green, low-carbon services (green shipping, cross-border
  // RMB). Huangpu (finance) and Baoshan (green supply chains) are acceptable.
  {
    id: 'ship-management-en',
    language: 'en',
    expectedTop: 'shanghai-lz-hongkou',
    alsoRelevant: ['shanghai-lz-huangpu', 'shanghai-lz-baoshan'],
    why: 'Hongkou is the zone for high-end shipping services and finance, with green shipping and cross-border RMB business among its proposed reforms.',
    profile: {
      name: 'Straits Ship Management Pte. Ltd.',
      sector: 'High-end shipping services: ship management and ship finance',
      country: 'SG',
      technologies: ['dual-fuel LNG and methanol fleet management', 'vessel emissions monitoring'],
      products: ['third-party ship management', 'ship leasing and finance', 'green shipping advisory'],
      description:
        'Singapore ship manager and lessor opening a Shanghai office to manage Chinese-owned vessels, arrange cross-border RMB ship financing and help owners move their fleets to low-carbon fuels.',
      size: { employees: 150 },
      stage: 'sme',
      needs: ['financing', 'talent'],
    },
  },
  // Israeli technology-transfer firm. Shanghai 6+1: Yangpu focuses on S&T innovation
  // cooperation — jointly built innovation platforms, matching international innovation
  // resources, cross-border transfer of research results, district–university–enterprise
  // cooperation. Xuhui (commercialising research) is close.
  {
    id: 'tech-transfer-en',
    language: 'en',
    expectedTop: 'shanghai-lz-yangpu',
    alsoRelevant: ['shanghai-lz-xuhui', 'hk-shenzhen-itp'],
    why: 'Yangpu focuses on international S&T innovation cooperation: matching international innovation resources, cross-border transfer of research results and university–enterprise platforms.',
    profile: {
      name: 'Negev Tech Transfer Partners',
      sector: 'Technology transfer and international innovation cooperation services',
      country: 'IL',
      technologies: ['patent licensing', 'university–industry matching'],
      products: ['cross-border technology licensing', 'joint innovation labs with universities', 'soft-landing programmes for foreign start-ups'],
      description:
        'Israeli technology-transfer company that licenses university inventions to manufacturers. Wants to set up a joint innovation platform with Shanghai universities and match Israeli research results with Chinese companies.',
      size: { employees: 25 },
      stage: 'sme',
      needs: ['rnd_collaboration', 'ip_protection'],
    },
  },
  // Italian cruise line homeporting ships in Shanghai. Shanghai 6+1: Baoshan covers the
  // Shanghai International Cruise Tourism Resort and focuses on the cruise economy: cruise-port
  // clearance, supplies for cruise ships in port, cruise talent.
  {
    id: 'cruise-line-en',
    language: 'en',
    expectedTop: 'shanghai-lz-baoshan',
    why: 'Baoshan covers the Shanghai International Cruise Tourism Resort and proposes cruise-port clearance, ship supplies in port and cruise-talent training.',
    profile: {
      name: 'Mare Nostrum Cruises S.p.A.',
      sector: 'Cruise tourism: cruise line operation',
      country: 'IT',
      technologies: ['shore power connection'],
      products: ['international cruise itineraries from Shanghai to Japan and Korea', 'ship provisioning', 'cruise crew training'],
      description:
        'Italian cruise line planning to homeport two ships in Shanghai. Needs faster clearance at the cruise terminal, supplies for its ships while in port, and a training centre for Chinese crew.',
      size: { employees: 400 },
      stage: 'large',
      needs: ['talent', 'export_logistics'],
    },
  },
  // German machining and metrology equipment maker wanting a Hongqiao hub. Shanghai 6+1: Minhang
  // focuses on new forms of international trade (bonded logistics centre type B, public bonded
  // warehouses) and high-end smart manufacturing (shared research instruments, cross-regional
  // cooperation in high-end equipment).
  {
    id: 'precision-equipment-en',
    language: 'en',
    expectedTop: 'shanghai-lz-minhang',
    alsoRelevant: ['suzhou-cj', 'shanghai-lz-bonded'],
    why: 'Minhang joins high-end smart manufacturing with bonded logistics (bonded logistics centre, public bonded warehouses) and shared research instruments — sales, demo and service hub in one place.',
    profile: {
      name: 'Rhein Precision Systems GmbH',
      sector: 'High-end smart manufacturing equipment',
      country: 'DE',
      technologies: ['precision motion control', 'industrial metrology', 'metal additive manufacturing'],
      products: ['five-axis machining centres', 'coordinate measuring machines', 'metal 3D printers'],
      description:
        'German maker of high-end machining and metrology equipment. Plans a Shanghai sales, demonstration and service hub: a bonded warehouse for imported machines and spare parts, a demonstration centre shared with research institutes, and local assembly for customers across the Yangtze River Delta.',
      size: { employees: 90 },
      stage: 'large',
      needs: ['bonded_trade', 'rnd_collaboration'],
    },
  },
  // Singapore fabless chip designer. MOST plan § 一 (一): Shanghai Zhangjiang is the
  // world-class integrated-circuit cluster (35% of the national industry). Qingdao also seeks IC
  // design, but for Japanese cooperation.
  {
    id: 'chip-design-en',
    language: 'en',
    expectedTop: 'shanghai-zhangjiang',
    alsoRelevant: ['qingdao-cj'],
    why: 'Zhangjiang is the national high-tech zone named as the world-class integrated-circuit cluster; a fabless designer needs its design talent and supply chain.',
    profile: {
      name: 'Merlion Semiconductor Design Pte. Ltd.',
      sector: 'Integrated circuit design (fabless)',
      country: 'SG',
      technologies: ['RISC-V processor IP', 'analog and mixed-signal design', 'chip verification'],
      products: ['microcontroller chips', 'power management ICs', 'low-power wireless SoCs'],
      description:
        'Singapore fabless chip company setting up its China design centre close to foundries, EDA vendors and IC design engineers. Its chips are made by foundries and packaged and tested by partners.',
      size: { employees: 80 },
      stage: 'sme',
      needs: ['talent', 'ip_protection', 'listing'],
      attributes: { highTech: true, rdIntensityPct: 35 },
    },
  },
  // Hong Kong regtech spin-off. HK plan items 7 and 22: fintech is one of the HK innovation
  // platforms, and the HK–Shenzhen I&T Park is to let people, money and goods for innovation
  // flow efficiently; item 21 supports HK listings. Huangpu (finance) and Xuhui (data) are
  // acceptable.
  {
    id: 'hk-fintech-en',
    language: 'en',
    expectedTop: 'hk-shenzhen-itp',
    alsoRelevant: ['shanghai-lz-huangpu', 'shanghai-lz-xuhui'],
    why: 'The HK–Shenzhen I&T Park is the cross-boundary park of the mainland–HK plan, which backs fintech platforms, cross-boundary flows and HK listings for a Hong Kong company.',
    profile: {
      name: 'Harbour Fintech Labs Ltd.',
      sector: 'Financial technology (fintech)',
      country: 'HK',
      technologies: ['regtech', 'blockchain settlement', 'AI credit scoring'],
      products: ['cross-border payment compliance platform', 'digital identity verification'],
      description:
        'Hong Kong university spin-off building regtech and cross-border payment tools for banks in the Greater Bay Area. Wants a lab across the boundary where its researchers and data can move easily between Hong Kong and Shenzhen, and plans an IPO in Hong Kong.',
      size: { employees: 28 },
      stage: 'startup',
      needs: ['rnd_collaboration', 'cross_border_data', 'listing', 'talent'],
      attributes: { highTech: true, rdIntensityPct: 40 },
    },
  },

  // ───────────────────────────────── Japanese ─────────────────────────────────

  // Japanese catalyst maker. Dalian plan § 二 (2) and § 三 (一) 2: Songmudao's focus includes new
  // catalysts; the plan's catalyst goals (molecular-sieve, environmental, denitrification,
  // polyolefin catalysts) build on Dalian's catalyst alliance. Xizhongdao (chemicals) is close.
  {
    id: 'catalysts-ja',
    language: 'ja',
    expectedTop: 'dalian-songmudao',
    alsoRelevant: ['dalian-xizhongdao'],
    why: '松木島エリアの重点に新型触媒が含まれ、計画はモレキュラーシーブ触媒、脱硝触媒、ポリオレフィン触媒の発展を掲げている。',
    profile: {
      name: '株式会社なにわ触媒',
      sector: '新型触媒（ゼオライト触媒・排ガス浄化触媒）',
      country: 'JP',
      technologies: ['モレキュラーシーブ合成', '脱硝触媒', 'ポリオレフィン重合触媒'],
      products: ['ゼオライト触媒', 'SCR脱硝触媒', 'ポリオレフィン用触媒担体'],
      description: '大阪の触媒メーカー。化学工業パークの副産物相互利用を活かし、中国の石油化学と環境分野の顧客向けに触媒を現地生産したい。',
      size: { employees: 350, plannedInvestmentUsd: 35_000_000, landAreaM2: 45_000 },
      stage: 'large',
      needs: ['land', 'rnd_collaboration'],
    },
  },
  // Japanese maker of high-purity wet chemicals for fabs. Dalian plan § 二 (三): Xizhongdao names
  // electronic chemicals and functional chemicals, on the Changxing Island petrochemical base
  // that supplies the basic feedstock. Songmudao (semiconductor materials) and Qingdao (IC chain)
  // are acceptable.
  {
    id: 'electronic-chemicals-ja',
    language: 'ja',
    expectedTop: 'dalian-xizhongdao',
    alsoRelevant: ['dalian-songmudao', 'qingdao-cj'],
    why: '西中島エリアは電子化学品と機能化学品を対日協力の重点に掲げ、長興島石化基地の基礎化学原料を使える。',
    profile: {
      name: '株式会社高純度ケミカル',
      sector: '電子化学品（半導体向け高純度薬液）',
      country: 'JP',
      technologies: ['超高純度精製', '微量金属不純物分析'],
      products: ['高純度フッ化水素酸', '高純度硫酸', 'フォトレジスト用溶剤'],
      description:
        '半導体工場向けの高純度薬液メーカー。石油化学基地の基礎化学原料を調達できる場所に精製プラントを建て、中国の半導体・ディスプレイ工場に供給したい。',
      size: { employees: 800, plannedInvestmentUsd: 80_000_000, landAreaM2: 70_000 },
      stage: 'large',
      needs: ['land'],
    },
  },
  // Japanese industrial-gas company recovering by-product hydrogen. Dalian plan § 二 (三):
  // Xizhongdao names hydrogen energy use, hydrogen from chemical feedstock and industrial
  // by-products, and gasification units supplying industrial gases. Qingdao (hydrogen) and the
  // Dalian program's hydrogen equipment are acceptable.
  {
    id: 'byproduct-hydrogen-ja',
    language: 'ja',
    expectedTop: 'dalian-xizhongdao',
    alsoRelevant: ['qingdao-cj', 'dalian-xinriben'],
    why: '西中島エリアは水素エネルギー利用、化学工業原料や工業副産物による水素製造、工業ガスを供給するガス化装置を明記している。',
    profile: {
      name: '日東産業ガス株式会社',
      sector: '水素エネルギー（工業副生水素の精製・供給）',
      country: 'JP',
      technologies: ['PSA水素精製', '副生ガスからの水素回収', '液化水素貯蔵'],
      products: ['燃料電池車向け高純度水素', '工業用ガス（窒素・酸素）', '水素ステーション'],
      description: '産業ガス会社の中国事業部。石油化学コンビナートの副生ガスから水素を回収・精製し、燃料電池車や工場に供給する事業を計画している。',
      size: { employees: 3000, plannedInvestmentUsd: 150_000_000, landAreaM2: 50_000 },
      stage: 'large',
      needs: ['land'],
    },
  },
  // Japanese health check-up clinic chain. Qingdao Daily: Tianjin's CJ zone focuses on the
  // health industry. Qingdao's modern services include healthcare, so it is acceptable.
  {
    id: 'health-checkup-ja',
    language: 'ja',
    expectedTop: 'tianjin-cj',
    alsoRelevant: ['qingdao-cj'],
    why: '天津の中日協力モデル区は健康産業を重点として認められており、健康診断・予防医療はその中心的なサービスである。',
    profile: {
      name: '株式会社ヘルスケアみらい',
      sector: '健康産業（健康診断・予防医療サービス）',
      country: 'JP',
      technologies: ['人間ドック', '予防医療', '健康管理アプリ'],
      products: ['健診センターの運営', '企業向け健康管理サービス'],
      description: '東京で人間ドックと予防医療のクリニックを展開している。中国の日系企業の駐在員や富裕層向けに健診センターを開設したい。',
      size: { employees: 400, plannedInvestmentUsd: 10_000_000 },
      stage: 'large',
      needs: ['talent', 'financing'],
    },
  },
  // Japanese cobot and factory-IoT maker selling to Japanese plants. Qingdao Daily: Suzhou's CJ
  // zone focuses on smart manufacturing. Minhang and the Dalian program are acceptable.
  {
    id: 'cobots-ja',
    language: 'ja',
    expectedTop: 'suzhou-cj',
    alsoRelevant: ['shanghai-lz-minhang', 'dalian-xinriben'],
    why: '蘇州の中日協力モデル区はスマート製造を重点として認められており、協働ロボットと工場IoTはその中核である。',
    profile: {
      name: '株式会社岡山精機',
      sector: 'スマート製造（協働ロボットと工場IoT）',
      country: 'JP',
      technologies: ['協働ロボット', '工場IoT', '予知保全'],
      products: ['協働ロボットアーム', '設備稼働監視システム', 'スマート工場の導入支援'],
      description:
        '岡山の中堅機械メーカー。中小製造業向けに協働ロボットと設備の稼働監視システムを提供している。長江デルタの日系工場への販売とサービスの拠点を中国に設けたい。',
      size: { employees: 230 },
      stage: 'sme',
      needs: ['talent', 'rnd_collaboration'],
    },
  },
  // Japanese anime studio. Qingdao Daily: Chengdu's CJ zone focuses on cultural and creative
  // industries. Dalian lists animation only as a secondary city-wide direction.
  {
    id: 'anime-studio-ja',
    language: 'ja',
    expectedTop: 'chengdu-cj',
    why: '成都の中日協力モデル区は文化創意産業を重点として認められており、アニメ制作とキャラクターIPはその代表的な分野である。',
    profile: {
      name: '株式会社スタジオ彩雲',
      sector: '文化創意産業（アニメーション制作）',
      country: 'JP',
      technologies: ['3DCGアニメーション', 'モーションキャプチャ'],
      products: ['テレビアニメ', '劇場版アニメ', 'キャラクターIPのライセンス'],
      description: '東京のアニメ制作会社。中国のアニメ市場向けに共同制作スタジオを設け、現地のクリエイターを育成したい。',
      size: { employees: 150 },
      stage: 'sme',
      needs: ['talent', 'ip_protection'],
    },
  },
  // Japanese cross-border e-commerce seller of cosmetics. Shanghai 6+1: the comprehensive bonded
  // zones focus on cross-border e-commerce clusters and "bonded+" business. Qingdao (cross-border
  // e-commerce with Japan) and Huangpu (import trade) are acceptable.
  {
    id: 'cross-border-cosmetics-ja',
    language: 'ja',
    expectedTop: 'shanghai-lz-bonded',
    alsoRelevant: ['qingdao-cj', 'shanghai-lz-huangpu'],
    why: '総合保税区連携イノベーション区は越境電子商取引の産業集積と「保税+」ビジネスを重点とし、保税倉庫からの越境EC出荷に最も適する。',
    profile: {
      name: '株式会社美肌ネット通販',
      sector: '越境EC（化粧品・日用品の中国向け通販）',
      country: 'JP',
      technologies: ['越境ECプラットフォーム運営', '保税倉庫からの直送'],
      products: ['スキンケア化粧品', 'ベビー用品', '健康食品'],
      description: '日本製の化粧品や日用品を中国の消費者に越境ECで販売している。上海の保税区に在庫を置き、通関と配送の日数を短縮したい。',
      size: { employees: 80 },
      stage: 'sme',
      needs: ['bonded_trade', 'export_logistics'],
    },
  },
  // Japanese supply-chain carbon-accounting start-up. Shanghai 6+1: Baoshan covers a core
  // function area for green and low-carbon supply chains, with a public service platform and a
  // carbon-finance system. Hongkou (green, low-carbon services) is acceptable.
  {
    id: 'supply-chain-carbon-ja',
    language: 'ja',
    expectedTop: 'shanghai-lz-baoshan',
    alsoRelevant: ['shanghai-lz-hongkou'],
    why: '宝山はグリーン・低炭素サプライチェーンの中核機能エリアを含み、その公共サービスプラットフォームと炭素金融の整備を掲げている。',
    profile: {
      name: '株式会社グリーンチェーン・ソリューションズ',
      sector: 'グリーン・低炭素サプライチェーン管理サービス',
      country: 'JP',
      technologies: ['サプライチェーンの温室効果ガス排出量算定（スコープ3）', 'カーボンクレジット管理'],
      products: ['脱炭素サプライチェーン管理サービス', '炭素会計コンサルティング', 'グリーン調達支援'],
      description:
        '東京の企業。取引先を含むサプライチェーン全体の温室効果ガス排出量を可視化するサービスを提供している。上海の物流・製造企業向けに、炭素会計と炭素金融をつなぐサービスを始めたい。',
      size: { employees: 60 },
      stage: 'sme',
      needs: ['financing'],
    },
  },
  // Japanese back-end IC packaging and test subcontractor. Qingdao Daily: Qingdao's IC chain
  // explicitly seeks packaging companies and an electronic-components base, with Japan as
  // partner. Zhangjiang (IC cluster) is acceptable.
  {
    id: 'ic-packaging-ja',
    language: 'ja',
    expectedTop: 'qingdao-cj',
    alsoRelevant: ['shanghai-zhangjiang'],
    why: '青島の集積回路産業チェーンは封止（パッケージング）企業の誘致と電子部品の産業基地を明記し、日本との協力を前提としている。',
    profile: {
      name: '九州パッケージテクノロジー株式会社',
      sector: '半導体後工程（ICパッケージング・テスト）',
      country: 'JP',
      technologies: ['フリップチップ実装', 'ウェハレベルパッケージ', 'ファイナルテスト'],
      products: ['パワー半導体のパッケージング受託', 'MEMSセンサーの組立・検査'],
      description: '九州の半導体後工程受託会社。中国の顧客に近く、日系企業との連携がある集積回路の産業集積地に、封止・検査工場を設けたい。',
      size: { employees: 500, plannedInvestmentUsd: 50_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['land', 'talent'],
      attributes: { highTech: true },
    },
  },
  // Japanese lightweight body-parts maker. Dalian plan § 二 (1): the Shin-Nihon Industrial Park
  // names new metal materials for automobiles alongside NEV parts. Huayuankou (advanced metals)
  // is acceptable.
  {
    id: 'auto-lightweight-ja',
    language: 'ja',
    expectedTop: 'dalian-xinriben',
    alsoRelevant: ['dalian-huayuankou'],
    why: '新日本工業団地エリアは新エネルギー車部品と並んで自動車用新型金属材料を重点に掲げており、EV向け軽量化部品に合う。',
    profile: {
      name: '株式会社中部ライトメタル',
      sector: '自動車用新型金属材料（アルミ・高張力鋼の車体部品）',
      country: 'JP',
      technologies: ['ホットスタンピング', 'アルミダイカスト', '異種材料接合'],
      products: ['電気自動車用アルミ製バッテリーケース', '高張力鋼ボディ部品'],
      description: '愛知の車体部品メーカー。日系・中国系の電気自動車メーカー向けに、軽量化部品を中国で現地生産したい。',
      size: { employees: 1200, plannedInvestmentUsd: 90_000_000, landAreaM2: 100_000 },
      stage: 'large',
      needs: ['land', 'talent'],
    },
  },

  // ───────────────────────────────── Chinese ─────────────────────────────────

  // Japanese recycler (written in Chinese). Qingdao Daily: Qingdao's energy-saving and
  // environmental chain names resource recycling; it is the only national CJ zone in the field.
  {
    id: 'recycling-zh',
    language: 'zh',
    expectedTop: 'qingdao-cj',
    why: '青岛示范区是中日节能环保领域唯一的国家级示范区，节能环保产业链明确包括资源循环利用。',
    profile: {
      name: '日环再生资源株式会社',
      sector: '资源循环利用（废塑料与废旧家电再生）',
      country: 'JP',
      technologies: ['废塑料化学回收', '废旧家电拆解', '稀有金属回收'],
      products: ['再生塑料颗粒', '回收贵金属'],
      description: '日本资源循环企业，拥有废塑料化学回收和废旧家电拆解技术，计划在中国建设研发与生产一体化的再生资源基地，服务绿色低碳转型。',
      size: { employees: 500, plannedInvestmentUsd: 40_000_000, landAreaM2: 50_000 },
      stage: 'large',
      needs: ['land', 'rnd_collaboration'],
    },
  },
  // Japanese game and character-IP company. Qingdao Daily: Chengdu's CJ zone focuses on
  // cultural and creative industries.
  {
    id: 'game-ip-zh',
    language: 'zh',
    expectedTop: 'chengdu-cj',
    why: '成都中日地方发展合作示范区聚焦文化创意产业，游戏和角色IP授权属于文化创意产业。',
    profile: {
      name: '梦像素株式会社',
      sector: '文化创意产业：游戏与角色IP授权',
      country: 'JP',
      technologies: ['手机游戏开发', '虚拟现实体验'],
      products: ['角色IP授权', '手游本地化发行', '主题快闪店'],
      description: '日本游戏和角色IP公司，希望与中国文创企业合作开发联名产品和手游，并设立本地化工作室。',
      size: { employees: 120 },
      stage: 'sme',
      needs: ['talent', 'ip_protection'],
    },
  },
  // French wine importer wanting bonded exhibition. Shanghai 6+1: Huangpu focuses on import trade
  // and proposes a pilot of a new bonded exhibition-and-trading model. The bonded zones and
  // Minhang (bonded warehouses) are acceptable.
  {
    id: 'wine-import-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-huangpu',
    alsoRelevant: ['shanghai-lz-bonded', 'shanghai-lz-minhang'],
    why: '黄浦联动创新区聚焦进口贸易，并提出试行保税展示交易新模式，适合在市中心展示保税进口商品。',
    profile: {
      name: '卢米埃尔酒业贸易（上海）有限公司',
      sector: '进口贸易：葡萄酒与高端消费品',
      country: 'FR',
      technologies: ['保税展示交易', '进口供应链管理'],
      products: ['法国葡萄酒', '香槟', '干邑白兰地'],
      description: '法国葡萄酒和烈酒出口商，计划在上海市中心设立进口分销总部，利用保税展示交易模式在展厅中展示保税商品，降低库存占用资金。',
      size: { employees: 60 },
      stage: 'sme',
      needs: ['bonded_trade'],
    },
  },
  // Norwegian marine insurer (written in Chinese). Shanghai 6+1: Hongkou focuses on high-end
  // shipping and finance and green, low-carbon services (green shipping, cross-border RMB).
  {
    id: 'marine-insurance-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-hongkou',
    alsoRelevant: ['shanghai-lz-huangpu', 'shanghai-lz-baoshan'],
    why: '虹口联动创新区聚焦高端航运和金融服务以及绿色低碳服务，绿色航运和跨境人民币业务都在其改革举措之中。',
    profile: {
      name: '北海航运保险（上海）代表处',
      sector: '航运保险与绿色航运服务',
      country: 'NO',
      technologies: ['船舶碳排放核算', '航运风险建模'],
      products: ['船舶保险', '航运碳资产管理咨询', '绿色船舶融资顾问'],
      description: '挪威航运保险公司，计划在上海设立代表处，为中资船东提供船舶保险、碳排放核算和绿色船舶融资咨询服务，并希望开展跨境人民币结算。',
      size: { employees: 40 },
      stage: 'sme',
      needs: ['financing', 'talent'],
    },
  },
  // Shanghai digital-trade SaaS firm. Shanghai 6+1: Yangpu focuses on the online new economy,
  // digital trade and opening up digital-economy companies. Xuhui (digital economy) and the
  // bonded zones (cross-border e-commerce) are acceptable.
  {
    id: 'digital-trade-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-yangpu',
    alsoRelevant: ['shanghai-lz-xuhui', 'shanghai-lz-bonded'],
    why: '杨浦联动创新区聚焦在线新经济，提出促进数字贸易创新发展、鼓励数字经济企业开放创新。',
    profile: {
      name: '云帆数字贸易科技有限公司',
      sector: '在线新经济：数字贸易服务平台',
      country: 'CN',
      technologies: ['跨境支付接口', '多语种电商SaaS', '海外社交媒体营销数据分析'],
      products: ['数字贸易SaaS平台', '海外数字营销服务', '在线展会'],
      description: '上海成长起来的在线新经济企业，为中小外贸企业提供数字贸易SaaS、海外社交媒体营销和在线展会服务，计划扩大研发团队并推动业务出海。',
      size: { employees: 180 },
      stage: 'sme',
      needs: ['talent', 'cross_border_data', 'financing'],
      attributes: { highTech: true },
    },
  },
  // Shanghai high-end equipment maker. Shanghai 6+1: Minhang focuses on high-end smart
  // manufacturing, with shared research instruments and cross-regional cooperation in high-end
  // equipment. Suzhou (smart manufacturing) is acceptable.
  {
    id: 'smart-equipment-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-minhang',
    alsoRelevant: ['suzhou-cj'],
    why: '闵行联动创新区聚焦高端智能制造，提出支持科研仪器设备共享、促进高端装备领域跨区域产业协作。',
    profile: {
      name: '申川智能装备股份有限公司',
      sector: '高端智能制造装备',
      country: 'CN',
      technologies: ['工业机器人视觉引导', '数字孪生', '柔性装配'],
      products: ['精密电子智能装配线', '智能检测设备'],
      description: '上海本土高端装备企业，计划在上海建设研发中心，需要共享高端科研仪器设备，并与长三角其他地区合作建设生产基地。',
      size: { employees: 600 },
      stage: 'large',
      needs: ['rnd_collaboration'],
      attributes: { highTech: true },
    },
  },
  // Korean bonded-stock cross-border e-commerce seller. Shanghai 6+1: the comprehensive bonded
  // zones focus on cross-border e-commerce, "bonded+" business and cross-border fund settlement.
  {
    id: 'cross-border-ecommerce-zh',
    language: 'zh',
    expectedTop: 'shanghai-lz-bonded',
    alsoRelevant: ['shanghai-lz-huangpu', 'shanghai-lz-minhang'],
    why: '综合保税区联动创新区聚焦跨境电商产业集聚、“保税+”业务和跨境资金结算，正合保税备货模式。',
    profile: {
      name: '韩购全球电子商务有限公司',
      sector: '跨境电子商务（保税备货进口）',
      country: 'KR',
      technologies: ['跨境电商ERP', '海关清单申报对接'],
      products: ['韩国美妆', '母婴用品', '跨境直播'],
      description: '韩国跨境电商企业，采用保税备货模式，将商品存放在上海的综合保税区，消费者下单后快速清关发货，并需要优化跨境资金结算。',
      size: { employees: 70 },
      stage: 'sme',
      needs: ['bonded_trade', 'export_logistics', 'financing'],
    },
  },
  // Chinese cloud and 5G software firm. MOST plan § 一 (一): Zhongguancun is the world-class
  // cluster for new-generation information technology (17% of the national industry). Xuhui and
  // Yangpu (digital economy) are acceptable.
  {
    id: 'cloud-5g-zh',
    language: 'zh',
    expectedTop: 'zhongguancun',
    alsoRelevant: ['shanghai-lz-xuhui', 'shanghai-lz-yangpu'],
    why: '科技部规划将中关村列为新一代信息技术世界级产业集群，云计算、5G和数据库软件都属于新一代信息技术。',
    profile: {
      name: '京云智算科技股份有限公司',
      sector: '新一代信息技术：云计算与5G行业应用',
      country: 'CN',
      technologies: ['云原生操作系统', '5G专网', '分布式数据库'],
      products: ['政务云平台', '工业互联网平台', '边缘计算服务器'],
      description: '软件与云服务企业，国家高新技术企业，计划扩建研发中心并申请科创板上市。',
      size: { employees: 240 },
      stage: 'sme',
      needs: ['listing', 'talent', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 18 },
    },
  },
  // Chinese RF chip designer heading for a STAR Market listing. MOST plan: Zhangjiang is the
  // world-class IC cluster; the high-tech zones' listing and HNTE measures apply. Qingdao (IC)
  // and Zhongguancun (IT) are acceptable.
  {
    id: 'rf-chips-zh',
    language: 'zh',
    expectedTop: 'shanghai-zhangjiang',
    alsoRelevant: ['qingdao-cj', 'zhongguancun'],
    why: '科技部规划将上海张江列为集成电路世界级产业集群，芯片设计企业所需的人才和产业链都在那里。',
    profile: {
      name: '芯途微电子有限公司',
      sector: '集成电路设计',
      country: 'CN',
      technologies: ['射频前端芯片设计', '低功耗蓝牙SoC'],
      products: ['5G射频前端模组', '物联网蓝牙芯片'],
      description: '国家高新技术企业，准备申请科创板上市，需要集成电路设计人才和流片资金支持。',
      size: { employees: 220 },
      stage: 'sme',
      needs: ['talent', 'listing', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 30 },
    },
  },
  // Hong Kong surgical-robot start-up. HK plan items 6, 7, 21, 22: medical science and AI &
  // robotics platforms, cross-border use of biological genetic resources, HK listings and the
  // HK–Shenzhen I&T Park.
  {
    id: 'hk-medtech-zh',
    language: 'zh',
    expectedTop: 'hk-shenzhen-itp',
    why: '港深创新及科技园是内地与香港合作行动计划中的跨境园区，计划支持医疗科学和人工智能与机器人平台、生物样本跨境使用和香港上市。',
    profile: {
      name: '港湾医疗机器人科技有限公司',
      sector: '医疗科学与手术机器人',
      country: 'HK',
      technologies: ['手术机器人', '医学影像人工智能'],
      products: ['微创手术机器人', '影像辅助诊断软件'],
      description: '香港高校孵化的医疗科技初创企业，希望在深港交界处设立研发和临床转化基地，使用内地的临床资源和生物样本，并计划在港交所上市。',
      size: { employees: 30 },
      stage: 'startup',
      needs: ['rnd_collaboration', 'listing', 'talent'],
      attributes: { highTech: true, rdIntensityPct: 50 },
    },
  },
];
