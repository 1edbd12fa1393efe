/**
 * The multilingual set: companies each described three times, in English, Japanese and Chinese,
 * written by hand the way a company would describe itself in that language — not translated
 * word for word. Each language uses its own trade vocabulary (ja 金型・プレス加工・めっき,
 * zh 冲压・模具・电镀・贴片), so the set measures whether understanding depends on the language
 * (`npm run eval:languages`, test/multilingual.test.ts).
 *
 * The three versions of a company share everything that is not words: country, size, stage,
 * needs and attributes (`company` below copies them into each version). None gives an ISIC
 * code, which would name the same concepts in every language and hide what the words do.
 *
 * The companies are invented; their industries, processes and products are ordinary ones, many
 * of them described by process (a spinning mill, a dyer, a stamping shop, a die caster, a
 * forge, a plater, an SMT assembler) because that is how such firms describe themselves.
 */
import type { ProfileInput } from '../../src/schemas/recommendation-dto.js';

export const AGREEMENT_LANGUAGES = ['en', 'ja', 'zh'] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];

export interface MultilingualCompany {
  id: string;
  /** Who the company is and what a reader of any version should understand. */
  note: string;
  profiles: Record<AgreementLanguage, ProfileInput>;
}

/** What does not depend on the language: the same in all three versions. */
type Shared = Pick<ProfileInput, 'country' | 'size' | 'stage' | 'needs' | 'attributes'>;
/** What each language writes in its own words. */
type Words = Pick<ProfileInput, 'name' | 'sector' | 'technologies' | 'products' | 'description'>;

function company(id: string, note: string, shared: Shared, words: Record<AgreementLanguage, Words>): MultilingualCompany {
  return {
    id,
    note,
    profiles: { en: { ...words.en, ...shared }, ja: { ...words.ja, ...shared }, zh: { ...words.zh, ...shared } },
  };
}

export const MULTILINGUAL_SET: MultilingualCompany[] = [
  // ───────────────────────── Textiles, described by process ─────────────────────────

  company(
    'cotton-spinning',
    'Japanese spinning mill: combed cotton and blended yarns for weavers and knitters.',
    {
      country: 'JP',
      size: { employees: 420, plannedInvestmentUsd: 35_000_000, landAreaM2: 50_000 },
      stage: 'sme',
      needs: ['land', 'export_logistics'],
      attributes: { energyIntensive: true, exportSharePct: 30 },
    },
    {
      en: {
        name: 'Settsu Cotton Spinning Co., Ltd.',
        sector: 'Cotton spinning',
        technologies: ['compact spinning', 'open-end rotor spinning', 'fibre blending'],
        products: ['combed cotton yarn', 'cotton/polyester blended yarn', 'slub yarn'],
        description:
          'Founded in 1921, we spin fine combed cotton and blended yarns for weaving and knitting mills in Japan and Southeast Asia. We plan a 40,000-spindle mill in China, close to raw cotton supply and to our customers.',
      },
      ja: {
        name: '摂津綿紡株式会社',
        sector: '綿紡績',
        technologies: ['コンパクト精紡', 'オープンエンド精紡', '混紡技術'],
        products: ['コーマ綿糸', '綿・ポリエステル混紡糸', 'スラブ糸'],
        description:
          '1921年創業の紡績会社です。細番手のコーマ糸や混紡糸をつくり、国内と東南アジアの織布・ニット工場に納めています。原綿の調達先とお客様に近い中国に、4万錘規模の紡績工場を新設する計画です。',
      },
      zh: {
        name: '摄津棉纺株式会社',
        sector: '棉纺纱',
        technologies: ['紧密纺', '转杯纺', '混纺工艺'],
        products: ['精梳棉纱', '涤棉混纺纱', '竹节纱'],
        description:
          '公司创立于1921年，专业生产高支精梳棉纱和混纺纱线，供应日本及东南亚的织布厂和针织厂。计划在靠近棉花产区和下游客户的地方新建一座4万锭的纺纱厂。',
      },
    },
  ),

  company(
    'textile-dyeing',
    'Korean commission dyer and finisher of woven fabrics; high emission, needs central wastewater treatment.',
    {
      country: 'KR',
      size: { employees: 260, plannedInvestmentUsd: 18_000_000, landAreaM2: 30_000 },
      stage: 'sme',
      needs: ['land'],
      attributes: { highEmission: true, energyIntensive: true },
    },
    {
      en: {
        name: 'Daegu Dyeing & Finishing Co.',
        sector: 'Textile dyeing and finishing',
        technologies: ['reactive dyeing', 'low liquor ratio jet dyeing', 'wastewater recycling'],
        products: ['dyed polyester fabrics', 'piece-dyed cotton fabrics', 'water-repellent and anti-bacterial finishes'],
        description:
          'Commission dyeing and finishing of woven fabrics for garment brands. We need an industrial park with central wastewater treatment and steam supply.',
      },
      ja: {
        name: '大邱染色加工株式会社',
        sector: '繊維の染色整理加工',
        technologies: ['反応染料による染色', '低浴比液流染色', '排水リサイクル'],
        products: ['ポリエステル織物の染色', '綿織物の後染め', '撥水・抗菌などの機能加工'],
        description: 'アパレルブランド向けに、織物の染色と仕上げ加工を受託しています。集中排水処理と蒸気供給が整った工業団地への進出を検討しています。',
      },
      zh: {
        name: '大邱染整株式会社',
        sector: '纺织品印染整理',
        technologies: ['活性染料染色', '小浴比气流染色', '中水回用'],
        products: ['涤纶面料染色', '棉布匹染', '防水抗菌功能整理'],
        description: '为服装品牌提供面料染色和后整理加工。希望入驻有集中污水处理和集中供汽的印染园区。',
      },
    },
  ),

  company(
    'denim-weaving',
    'Japanese (Okayama) weaving mill making premium denim fabric for jeans brands.',
    {
      country: 'JP',
      size: { employees: 180, plannedInvestmentUsd: 12_000_000, landAreaM2: 20_000 },
      stage: 'sme',
      needs: ['land', 'export_logistics'],
      attributes: { exportSharePct: 60 },
    },
    {
      en: {
        name: 'Bitchu Denim Weaving Co.',
        sector: 'Denim weaving',
        technologies: ['shuttle loom weaving', 'rope indigo dyeing', 'selvedge denim'],
        products: ['selvedge denim', 'stretch denim fabric', 'cotton twill'],
        description:
          'Okayama weaving mill making premium denim fabric for jeans brands in Japan, Europe and the US. We are looking for a site for a second weaving plant with 200 air-jet looms.',
      },
      ja: {
        name: '備中デニム織布株式会社',
        sector: 'デニム生地の製織',
        technologies: ['シャトル織機による製織', 'インディゴのロープ染色', 'セルビッジデニム'],
        products: ['セルビッジデニム', 'ストレッチデニム生地', '綿の綾織物'],
        description:
          '岡山県井原市の織布工場として、国内外のジーンズブランドに高級デニム生地を供給しています。エアジェット織機200台規模の第二工場の用地を探しています。',
      },
      zh: {
        name: '备中牛仔织造株式会社',
        sector: '牛仔布织造',
        technologies: ['有梭织机织造', '靛蓝绳状染色', '赤耳牛仔布'],
        products: ['赤耳牛仔布', '弹力牛仔面料', '全棉斜纹布'],
        description: '来自日本冈山的织布企业，为日本和欧美的牛仔裤品牌供应高端牛仔面料。拟新建第二织造工厂，配置喷气织机200台。',
      },
    },
  ),

  company(
    'knitwear',
    'Italian family knitwear maker (cashmere, merino) for luxury houses.',
    {
      country: 'IT',
      size: { employees: 150, plannedInvestmentUsd: 8_000_000, landAreaM2: 8_000 },
      stage: 'sme',
      needs: ['talent', 'export_logistics'],
      attributes: { exportSharePct: 70 },
    },
    {
      en: {
        name: 'Maglificio Biellese S.p.A.',
        sector: 'Knitwear manufacturing',
        technologies: ['seamless knitting', 'fully-fashioned knitting', 'cashmere finishing'],
        products: ['cashmere sweaters', 'merino wool knitwear', 'knitted dresses'],
        description:
          'Family-owned knitwear maker from Biella producing for luxury fashion houses. We want a knitting and linking plant in China to serve customers in Asia.',
      },
      ja: {
        name: 'マリフィーチョ・ビエッレーゼ',
        sector: 'ニット製品の製造',
        technologies: ['無縫製ニット', '成型編み', 'カシミヤの仕上げ'],
        products: ['カシミヤセーター', 'メリノウールのニットウェア', 'ニットワンピース'],
        description:
          'イタリア・ビエッラの家族経営のニットメーカーで、高級ブランドのニット製品を手がけています。アジアのお客様向けに、中国に編立・リンキング工場を設けたいと考えています。',
      },
      zh: {
        name: '比耶拉针织有限公司',
        sector: '针织服装生产',
        technologies: ['无缝针织', '全成型编织', '羊绒后整理'],
        products: ['羊绒衫', '美利奴羊毛针织衫', '针织连衣裙'],
        description: '意大利比耶拉的家族式毛衫企业，为奢侈品牌生产针织服装。计划在中国设立织片和套口工厂，服务亚洲客户。',
      },
    },
  ),

  company(
    'integrated-textile',
    'Hong Kong vertically integrated mill: spinning, weaving and dyeing of shirting fabrics (the case in issue 13).',
    {
      country: 'HK',
      size: { employees: 1200, plannedInvestmentUsd: 60_000_000, landAreaM2: 120_000 },
      stage: 'large',
      needs: ['land', 'export_logistics'],
      attributes: { highEmission: true, energyIntensive: true, exportSharePct: 50 },
    },
    {
      en: {
        name: 'Pearl River Textiles Ltd.',
        sector: 'Textile manufacturing: spinning, weaving and dyeing',
        technologies: ['ring spinning', 'air-jet weaving', 'continuous dyeing'],
        products: ['cotton yarn', 'woven shirting fabrics', 'yarn-dyed checks'],
        description:
          'Hong Kong-owned textile group running its own spinning, weaving and dyeing lines for shirt makers. We plan a new integrated mill and need land, steam and effluent treatment.',
      },
      ja: {
        name: '珠江テキスタイル有限公司',
        sector: '紡績・織布・染色の一貫生産',
        technologies: ['リング精紡', 'エアジェット織機', '連続染色'],
        products: ['綿糸', 'シャツ用の織物', '先染めチェック'],
        description:
          '香港資本の繊維メーカーで、紡績から織布、染色までを自社で一貫して行い、シャツメーカーに生地を供給しています。新たな一貫工場の建設を計画しており、用地、蒸気供給、排水処理が必要です。',
      },
      zh: {
        name: '珠江纺织有限公司',
        sector: '纺纱、织布、印染一体化',
        technologies: ['环锭纺', '喷气织造', '连续染色'],
        products: ['棉纱', '衬衫面料', '色织格子布'],
        description: '港资纺织企业，纺纱、织布、染整全流程自主生产，主要为衬衫厂供应面料。计划新建一体化工厂，需要土地、集中供汽和污水处理配套。',
      },
    },
  ),

  // ───────────────────────── Metal and plastics, described by process ─────────────────────────

  company(
    'metal-stamping',
    'Japanese tier-2 auto supplier: stamping of body and chassis parts, with its own die shop.',
    { country: 'JP', size: { employees: 540, plannedInvestmentUsd: 40_000_000, landAreaM2: 45_000 }, stage: 'sme', needs: ['land', 'talent'], attributes: {} },
    {
      en: {
        name: 'Tokai Press Industries Co., Ltd.',
        sector: 'Metal stamping of automotive body and chassis parts',
        technologies: ['progressive die stamping', 'hot stamping of high-strength steel', 'in-house die design'],
        products: ['body-in-white panels', 'seat frame brackets', 'chassis reinforcements'],
        description:
          'Tier-2 supplier in Aichi stamping steel and aluminium parts for Japanese carmakers, with its own die shop. We are following a customer to China and need a plant near its assembly plant.',
      },
      ja: {
        name: '東海プレス工業株式会社',
        sector: '自動車の車体・足回り部品のプレス加工',
        technologies: ['順送金型によるプレス', '高張力鋼板のホットスタンプ', '金型の自社設計・製作'],
        products: ['ボディ骨格部品', 'シートフレーム用ブラケット', 'シャシー補強部品'],
        description:
          '愛知県の二次サプライヤーで、日系自動車メーカー向けに鋼板・アルミのプレス部品を生産し、金型も内製しています。取引先の中国進出に合わせ、完成車工場の近くに工場を構えたいと考えています。',
      },
      zh: {
        name: '东海冲压工业株式会社',
        sector: '汽车车身及底盘冲压件',
        technologies: ['级进模冲压', '高强钢热成形', '模具自主设计制造'],
        products: ['白车身冲压件', '座椅骨架支架', '底盘加强件'],
        description: '日本爱知县的二级供应商，为日系整车厂生产钢板和铝板冲压零件，拥有自己的模具车间。随主机厂来华配套，希望工厂靠近整车厂。',
      },
    },
  ),

  company(
    'die-casting',
    'German aluminium die caster: housings and battery trays for cars and e-mobility.',
    {
      country: 'DE',
      size: { employees: 900, plannedInvestmentUsd: 75_000_000, landAreaM2: 70_000 },
      stage: 'large',
      needs: ['land', 'talent'],
      attributes: { energyIntensive: true },
    },
    {
      en: {
        name: 'Schwarzwald Druckguss GmbH',
        sector: 'Aluminium high-pressure die casting',
        technologies: ['vacuum die casting', 'large structural castings', 'CNC finishing of castings'],
        products: ['e-motor housings', 'battery trays', 'gearbox housings'],
        description:
          'German foundry supplying cast aluminium housings to automotive and e-mobility customers. We plan a die-casting plant in China with twelve cells from 800 t to 4,400 t.',
      },
      ja: {
        name: 'シュヴァルツヴァルト・ダイカスト社',
        sector: 'アルミダイカスト',
        technologies: ['真空ダイカスト', '大型構造部品の鋳造', '鋳物の機械加工'],
        products: ['モーターハウジング', 'バッテリートレイ', 'トランスミッションケース'],
        description:
          'ドイツの鋳造メーカーで、自動車・電動車向けにアルミ鋳造のケース類を供給しています。800～4,400トンのダイカストマシン12台を備えた工場を中国に建設する計画です。',
      },
      zh: {
        name: '黑森林压铸有限公司',
        sector: '铝合金高压压铸',
        technologies: ['真空压铸', '大型结构件压铸', '铸件机加工'],
        products: ['电机壳体', '电池托盘', '变速箱壳体'],
        description: '德国铸造企业，为汽车和新能源汽车客户供应铝合金压铸壳体。计划在华新建压铸工厂，配置800吨至4400吨压铸单元12个。',
      },
    },
  ),

  company(
    'forging',
    'Japanese forge: crankshafts, connecting rods and gear blanks, with heat treatment.',
    {
      country: 'JP',
      size: { employees: 380, plannedInvestmentUsd: 30_000_000, landAreaM2: 40_000 },
      stage: 'sme',
      needs: ['land'],
      attributes: { energyIntensive: true },
    },
    {
      en: {
        name: 'Kanto Forge Co., Ltd.',
        sector: 'Hot and cold forging',
        technologies: ['closed-die hot forging', 'cold forging', 'heat treatment'],
        products: ['crankshafts', 'connecting rods', 'forged gear blanks'],
        description:
          'We forge crankshafts and gear blanks for engine and transmission makers and for construction machinery. We need land for a forging press line and a heat-treatment shop.',
      },
      ja: {
        name: '関東鍛工株式会社',
        sector: '熱間・冷間鍛造',
        technologies: ['熱間型鍛造', '冷間鍛造', '熱処理'],
        products: ['クランクシャフト', 'コンロッド', '歯車用の鍛造素材'],
        description:
          'エンジン・変速機メーカーや建設機械メーカー向けに、クランクシャフトや歯車素材を鍛造しています。鍛造プレスラインと熱処理工場のための用地が必要です。',
      },
      zh: {
        name: '关东锻造株式会社',
        sector: '热锻与冷锻',
        technologies: ['热模锻', '冷锻', '热处理'],
        products: ['曲轴', '连杆', '齿轮锻坯'],
        description: '为发动机、变速器厂商和工程机械企业锻造曲轴和齿轮毛坯。需要建设锻压生产线和热处理车间的用地。',
      },
    },
  ),

  company(
    'pcb-assembly',
    'Singapore EMS provider: SMT assembly, test and box build for industrial and medical customers.',
    {
      country: 'SG',
      size: { employees: 700, plannedInvestmentUsd: 25_000_000, landAreaM2: 20_000 },
      stage: 'large',
      needs: ['talent', 'bonded_trade', 'export_logistics'],
      attributes: { exportSharePct: 80 },
    },
    {
      en: {
        name: 'Lion City Electronics Manufacturing Pte. Ltd.',
        sector: 'PCB assembly and electronics manufacturing services',
        technologies: ['SMT lines', 'automated optical inspection', 'box build'],
        products: ['PCBA for industrial controllers', 'IoT modules', 'medical electronics assemblies'],
        description:
          'Singapore EMS provider doing surface-mount assembly, testing and box build for industrial and medical customers. We are looking for a second plant with bonded processing.',
      },
      ja: {
        name: 'ライオンシティ電子製造',
        sector: 'プリント基板実装・EMS',
        technologies: ['SMTライン', '自動光学検査', '組立・完成品製造'],
        products: ['産業用コントローラ基板', 'IoTモジュール', '医療機器用ユニット'],
        description:
          'シンガポールのEMS企業で、産業機器・医療機器メーカー向けに基板実装、検査、完成品の組立までを請け負っています。保税加工ができる第二工場を検討しています。',
      },
      zh: {
        name: '狮城电子制造私人有限公司',
        sector: 'PCBA贴片加工与电子制造服务',
        technologies: ['SMT贴片线', 'AOI自动光学检测', '整机组装'],
        products: ['工控主板PCBA', '物联网模组', '医疗电子组件'],
        description: '新加坡电子代工企业，为工业和医疗客户提供SMT贴片、测试和整机组装服务。拟设第二工厂，需要保税加工条件。',
      },
    },
  ),

  company(
    'injection-moulding',
    'Japanese plastics moulder: car interior parts and appliance housings.',
    { country: 'JP', size: { employees: 460, plannedInvestmentUsd: 22_000_000, landAreaM2: 30_000 }, stage: 'sme', needs: ['land'], attributes: {} },
    {
      en: {
        name: 'Hokuriku Plastics Co., Ltd.',
        sector: 'Plastic injection moulding',
        technologies: ['precision injection moulding', 'two-shot moulding', 'insert moulding'],
        products: ['interior trim parts for cars', 'housings for home appliances', 'precision connector parts'],
        description:
          'We mould plastic parts for car interiors and home appliances on 80 machines from 50 t to 1,300 t, and want a plant in China near appliance and car makers.',
      },
      ja: {
        name: '北陸樹脂工業株式会社',
        sector: 'プラスチック射出成形',
        technologies: ['精密射出成形', '二色成形', 'インサート成形'],
        products: ['自動車の内装部品', '家電製品の外装部品', '精密コネクタ部品'],
        description:
          '50トンから1,300トンまでの成形機80台で、自動車の内装部品や家電のハウジングを成形しています。家電・自動車メーカーに近い中国の工場用地を探しています。',
      },
      zh: {
        name: '北陆塑胶工业株式会社',
        sector: '塑料注塑成型',
        technologies: ['精密注塑', '双色注塑', '嵌件注塑'],
        products: ['汽车内饰件', '家电外壳', '精密连接器塑件'],
        description: '拥有50吨至1300吨注塑机80台，生产汽车内饰件和家电外壳。希望在家电和汽车主机厂集中的地区设厂。',
      },
    },
  ),

  company(
    'cnc-machining',
    'Swiss contract machining shop: precision turned and milled parts for medical and hydraulics customers.',
    {
      country: 'CH',
      size: { employees: 120, plannedInvestmentUsd: 10_000_000, landAreaM2: 6_000 },
      stage: 'sme',
      needs: ['talent'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Jura Precision Turning SA',
        sector: 'Precision machining of small parts',
        technologies: ['Swiss-type turning', '5-axis CNC milling', 'micro-machining'],
        products: ['turned parts for medical devices', 'watch components', 'hydraulic valve parts'],
        description:
          'Swiss contract machining shop making high-precision turned and milled parts in steel, titanium and brass. We plan a machining workshop in China for our medical and hydraulics customers.',
      },
      ja: {
        name: 'ジュラ精密加工社',
        sector: '小物部品の精密切削加工',
        technologies: ['スイス型自動旋盤', '5軸マシニング', '微細加工'],
        products: ['医療機器用の切削部品', '時計部品', '油圧バルブ部品'],
        description:
          'スイスの受託加工会社で、鋼・チタン・真鍮から高精度な旋削・フライス部品を削り出しています。医療・油圧分野のお客様向けに、中国に加工工場を設ける計画です。',
      },
      zh: {
        name: '汝拉精密车削公司',
        sector: '小型零件精密机加工',
        technologies: ['走心机车削', '五轴数控铣削', '微细加工'],
        products: ['医疗器械精密车削件', '钟表零件', '液压阀零件'],
        description: '瑞士精密机加工企业，用钢、钛和黄铜加工高精度车铣零件。计划在华设立机加工车间，服务医疗和液压行业客户。',
      },
    },
  ),

  company(
    'electroplating',
    'Japanese plating job shop for electronics and automotive parts; may only locate in a designated plating park.',
    {
      country: 'JP',
      size: { employees: 90, plannedInvestmentUsd: 6_000_000, landAreaM2: 8_000 },
      stage: 'sme',
      needs: ['land'],
      attributes: { highEmission: true },
    },
    {
      en: {
        name: 'Kawasaki Surface Finishing Co.',
        sector: 'Electroplating and surface treatment',
        technologies: ['electroless nickel plating', 'zinc-nickel plating', 'anodising'],
        products: ['plated connector terminals', 'anti-corrosion coatings for automotive fasteners', 'anodised aluminium parts'],
        description:
          'Plating job shop for electronic components and automotive parts. We can only locate in a park with a designated plating centre and wastewater treatment.',
      },
      ja: {
        name: '川崎表面処理株式会社',
        sector: 'めっき・表面処理',
        technologies: ['無電解ニッケルめっき', '亜鉛ニッケル合金めっき', 'アルマイト処理'],
        products: ['コネクタ端子のめっき', '自動車用締結部品の防錆処理', 'アルミ部品のアルマイト'],
        description: '電子部品や自動車部品のめっきを受託しています。めっき団地として指定され、排水処理が整った工業団地にしか立地できません。',
      },
      zh: {
        name: '川崎表面处理株式会社',
        sector: '电镀与表面处理',
        technologies: ['化学镀镍', '锌镍合金电镀', '铝阳极氧化'],
        products: ['连接器端子电镀', '汽车紧固件防腐处理', '铝件阳极氧化'],
        description: '为电子元器件和汽车零部件提供电镀加工。只能入驻设有电镀集中区和污水处理设施的园区。',
      },
    },
  ),

  company(
    'mould-maker',
    'Korean tool maker: large injection moulds and progressive stamping dies for car and appliance makers.',
    {
      country: 'KR',
      size: { employees: 300, plannedInvestmentUsd: 20_000_000, landAreaM2: 25_000 },
      stage: 'sme',
      needs: ['talent', 'land'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Hankook Precision Mold Co.',
        sector: 'Injection moulds and stamping dies',
        technologies: ['large injection mould design', 'mould flow analysis', 'progressive stamping dies'],
        products: ['bumper moulds', 'instrument panel moulds', 'progressive dies for battery cases'],
        description:
          'Korean tool maker building large moulds and dies for car and home-appliance makers. We want to be close to Chinese carmakers and need skilled toolmakers.',
      },
      ja: {
        name: '韓国精密金型株式会社',
        sector: '射出成形金型・プレス金型',
        technologies: ['大型射出金型の設計', '樹脂流動解析', '順送プレス金型'],
        products: ['バンパー金型', 'インパネ金型', '電池ケース用の順送金型'],
        description:
          '韓国の金型メーカーで、自動車・家電メーカー向けに大型の金型を設計・製作しています。中国の自動車メーカーの近くに拠点を設けたく、熟練した金型技能者の確保が課題です。',
      },
      zh: {
        name: '韩国精密模具株式会社',
        sector: '注塑模具与冲压模具',
        technologies: ['大型注塑模具设计', '模流分析', '级进冲压模'],
        products: ['保险杠模具', '仪表板模具', '电池壳级进模'],
        description: '韩国模具企业，为汽车和家电厂商设计制造大型模具。希望靠近中国整车企业，并需要熟练的模具技工。',
      },
    },
  ),

  // ───────────────────────── New energy ─────────────────────────

  company(
    'ev-battery',
    'Korean EV battery maker: cells, modules and packs; a 20 GWh cell plant.',
    {
      country: 'KR',
      size: { employees: 3000, plannedInvestmentUsd: 1_200_000_000, landAreaM2: 400_000 },
      stage: 'listed',
      needs: ['land', 'talent', 'financing'],
      attributes: { highTech: true, energyIntensive: true },
    },
    {
      en: {
        name: 'Hanbit Energy Solutions',
        sector: 'Lithium-ion battery cells and packs for electric vehicles',
        technologies: ['NCM pouch cells', 'LFP prismatic cells', 'battery management systems'],
        products: ['EV battery cells', 'battery modules', 'battery packs'],
        description: 'Korean battery maker supplying cells and packs to global carmakers. We are planning a 20 GWh cell plant in China.',
      },
      ja: {
        name: 'ハンビット・エナジー',
        sector: '電気自動車用リチウムイオン電池',
        technologies: ['三元系パウチセル', 'LFP角形セル', 'BMS'],
        products: ['車載用電池セル', '電池モジュール', '電池パック'],
        description: '韓国の電池メーカーで、世界の自動車メーカーに車載電池を供給しています。中国に年産20GWhのセル工場を計画しています。',
      },
      zh: {
        name: '韩光能源解决方案',
        sector: '电动汽车锂离子动力电池',
        technologies: ['三元软包电芯', '磷酸铁锂方形电芯', '电池管理系统'],
        products: ['动力电芯', '电池模组', '电池包'],
        description: '韩国动力电池企业，为全球车企供应电芯和电池包，计划在华建设年产20GWh的电芯工厂。',
      },
    },
  ),

  company(
    'solar-modules',
    'German PV maker: heterojunction cells and modules for export to Europe.',
    {
      country: 'DE',
      size: { employees: 1100, plannedInvestmentUsd: 300_000_000, landAreaM2: 150_000 },
      stage: 'large',
      needs: ['land', 'export_logistics'],
      attributes: { highTech: true, exportSharePct: 70 },
    },
    {
      en: {
        name: 'Sonnenwerk Solar GmbH',
        sector: 'Solar photovoltaic modules',
        technologies: ['heterojunction cells', 'bifacial modules', 'automated module lamination'],
        products: ['HJT solar modules', 'bifacial glass-glass panels', 'rooftop PV kits'],
        description: 'German photovoltaic manufacturer planning a cell and module plant in China, mainly for export to Europe.',
      },
      ja: {
        name: 'ゾンネンヴェルク・ソーラー',
        sector: '太陽光発電モジュール',
        technologies: ['ヘテロ接合セル', '両面発電モジュール', 'モジュールの自動ラミネート'],
        products: ['HJT太陽電池モジュール', '両面ガラスパネル', '住宅屋根用の太陽光発電キット'],
        description: 'ドイツの太陽電池メーカーです。主に欧州への輸出向けに、中国でセルとモジュールの工場を計画しています。',
      },
      zh: {
        name: '太阳工坊光伏有限公司',
        sector: '光伏组件',
        technologies: ['异质结电池', '双面组件', '组件自动层压'],
        products: ['HJT光伏组件', '双玻双面组件', '户用屋顶光伏套件'],
        description: '德国光伏企业，计划在华建设电池片和组件工厂，产品主要出口欧洲。',
      },
    },
  ),

  company(
    'fuel-cells',
    'Japanese fuel-cell maker: PEM stacks for trucks and stationary units.',
    {
      country: 'JP',
      size: { employees: 250, plannedInvestmentUsd: 50_000_000, landAreaM2: 30_000 },
      stage: 'sme',
      needs: ['rnd_collaboration', 'land'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Hokkai Hydrogen Systems',
        sector: 'Fuel cell stacks and hydrogen systems',
        technologies: ['PEM fuel cell stacks', 'metal bipolar plates', 'hydrogen recirculation'],
        products: ['fuel cell stacks for heavy trucks', 'stationary fuel cell units', 'components for hydrogen refuelling stations'],
        description: 'We design and build PEM fuel cell stacks. We plan a stack plant and test centre in China near a hydrogen cluster and truck makers.',
      },
      ja: {
        name: '北海水素システムズ',
        sector: '燃料電池スタック・水素システム',
        technologies: ['固体高分子形燃料電池スタック', '金属セパレータ', '水素循環'],
        products: ['大型トラック用燃料電池スタック', '定置用燃料電池ユニット', '水素ステーション用機器'],
        description:
          '固体高分子形燃料電池のスタックを開発・製造しています。水素関連企業とトラックメーカーが集まる中国の地域に、スタック工場と評価センターを設ける計画です。',
      },
      zh: {
        name: '北海氢能系统株式会社',
        sector: '燃料电池电堆与氢能系统',
        technologies: ['质子交换膜燃料电池电堆', '金属双极板', '氢气循环'],
        products: ['重卡燃料电池电堆', '固定式燃料电池', '加氢站设备部件'],
        description: '专注于质子交换膜燃料电池电堆的研发和制造。计划在氢能产业集聚、靠近重卡企业的地区建设电堆工厂和测试中心。',
      },
    },
  ),

  // ───────────────────────── Medical devices and biotech ─────────────────────────

  company(
    'medical-imaging',
    'German maker of CT, X-ray and ultrasound systems; local production and service.',
    {
      country: 'DE',
      size: { employees: 800, plannedInvestmentUsd: 90_000_000, landAreaM2: 40_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Rheinland Medical Imaging GmbH',
        sector: 'Medical imaging equipment',
        technologies: ['computed tomography', 'digital X-ray detectors', 'AI-assisted image reconstruction'],
        products: ['CT scanners', 'mobile X-ray systems', 'ultrasound systems'],
        description: 'German maker of CT and X-ray systems for hospitals. We plan local production, registration and service for the Chinese market.',
      },
      ja: {
        name: 'ラインラント・メディカルイメージング',
        sector: '画像診断装置',
        technologies: ['X線CT', 'デジタルX線検出器', 'AIによる画像再構成'],
        products: ['CTスキャナー', '移動型X線撮影装置', '超音波診断装置'],
        description:
          'ドイツの画像診断装置メーカーで、病院向けにCTやX線装置を製造しています。中国市場向けに、現地生産と製品登録、保守サービスの拠点を計画しています。',
      },
      zh: {
        name: '莱茵医学影像有限公司',
        sector: '医学影像设备',
        technologies: ['CT成像', '数字X射线探测器', 'AI图像重建'],
        products: ['CT机', '移动DR', '超声诊断仪'],
        description: '德国医学影像设备制造商，为医院提供CT和X光设备，计划在华实现本地化生产、产品注册和售后服务。',
      },
    },
  ),

  company(
    'orthopaedic-implants',
    'US orthopaedic implant maker: joints, spinal cages, trauma plates.',
    {
      country: 'US',
      size: { employees: 600, plannedInvestmentUsd: 45_000_000, landAreaM2: 20_000 },
      stage: 'listed',
      needs: ['talent', 'rnd_collaboration', 'ip_protection'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Cascade Orthopedics Inc.',
        sector: 'Orthopaedic implants',
        technologies: ['3D-printed titanium implants', 'porous coatings', 'robot-assisted surgical planning'],
        products: ['hip and knee replacements', 'spinal fusion cages', 'trauma plates and screws'],
        description:
          'Oregon maker of joint replacement and spine implants. We want a manufacturing and clinical training centre in China to bid in volume-based procurement.',
      },
      ja: {
        name: 'カスケード・オーソペディクス',
        sector: '整形外科用インプラント',
        technologies: ['チタン製の3Dプリントインプラント', '多孔質コーティング', 'ロボット支援による術前計画'],
        products: ['人工股関節・人工膝関節', '脊椎ケージ', '骨折治療用プレート・スクリュー'],
        description:
          '米オレゴン州の人工関節・脊椎インプラントメーカーです。中国の集中購買に対応するため、製造拠点と医師向けトレーニングセンターを設けたいと考えています。',
      },
      zh: {
        name: '喀斯喀特骨科公司',
        sector: '骨科植入物',
        technologies: ['3D打印钛合金植入物', '多孔涂层', '机器人辅助手术规划'],
        products: ['人工髋关节与膝关节', '椎间融合器', '创伤接骨板和螺钉'],
        description: '美国俄勒冈州的关节置换和脊柱植入物企业。为参与带量采购，希望在华建设生产基地和临床培训中心。',
      },
    },
  ),

  company(
    'diagnostics',
    'French in-vitro diagnostics company: immunoassay and PCR kits and analysers.',
    {
      country: 'FR',
      size: { employees: 350, plannedInvestmentUsd: 30_000_000, landAreaM2: 12_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Biolyon Diagnostics SA',
        sector: 'In-vitro diagnostics',
        technologies: ['chemiluminescence immunoassay', 'molecular diagnostics (PCR)', 'reagent freeze-drying'],
        products: ['immunoassay reagent kits', 'PCR test kits', 'benchtop analysers'],
        description: 'Lyon-based diagnostics company. We plan a reagent plant and an application lab in China for hospital laboratories.',
      },
      ja: {
        name: 'ビオリヨン・ダイアグノスティクス',
        sector: '体外診断用医薬品・機器',
        technologies: ['化学発光免疫測定', 'PCRによる遺伝子検査', '試薬の凍結乾燥'],
        products: ['免疫測定試薬キット', 'PCR検査キット', '卓上型分析装置'],
        description: 'フランス・リヨンの診断薬メーカーです。病院の検査室向けに、中国で試薬工場とアプリケーションラボを計画しています。',
      },
      zh: {
        name: '里昂生物诊断公司',
        sector: '体外诊断试剂与仪器',
        technologies: ['化学发光免疫分析', 'PCR分子诊断', '试剂冻干'],
        products: ['免疫诊断试剂盒', '核酸检测试剂盒', '台式分析仪'],
        description: '总部位于法国里昂的诊断企业，计划在华建设试剂工厂和应用实验室，服务医院检验科。',
      },
    },
  ),

  company(
    'antibody-biologics',
    'US biotech: bispecific and monoclonal antibodies, biosimilars; clinical and commercial plant.',
    {
      country: 'US',
      size: { employees: 400, plannedInvestmentUsd: 150_000_000, landAreaM2: 35_000 },
      stage: 'listed',
      needs: ['talent', 'rnd_collaboration', 'financing'],
      attributes: { highTech: true, rdIntensityPct: 35 },
    },
    {
      en: {
        name: 'Bay Harbor Biologics Inc.',
        sector: 'Monoclonal antibody therapeutics',
        technologies: ['bispecific antibodies', 'CHO cell line development', 'single-use bioreactors'],
        products: ['antibody drugs for oncology', 'biosimilars', 'clinical trial material'],
        description:
          'Boston biotech developing antibody drugs for cancer. We plan an R&D centre and a biologics plant in China for clinical and commercial supply.',
      },
      ja: {
        name: 'ベイハーバー・バイオロジクス',
        sector: '抗体医薬',
        technologies: ['二重特異性抗体', 'CHO細胞株の構築', 'シングルユース培養槽'],
        products: ['がん領域の抗体医薬', 'バイオシミラー', '治験薬'],
        description:
          'ボストンのバイオ企業で、がん治療用の抗体医薬を開発しています。中国に研究開発センターと、治験薬・商用品を製造するバイオ医薬品工場を計画しています。',
      },
      zh: {
        name: '海湾生物制药公司',
        sector: '单克隆抗体药物',
        technologies: ['双特异性抗体', 'CHO细胞株构建', '一次性生物反应器'],
        products: ['肿瘤抗体药物', '生物类似药', '临床试验用药'],
        description: '波士顿生物技术公司，专注肿瘤抗体药物研发。计划在华设立研发中心和生物药生产基地，满足临床和商业化供应。',
      },
    },
  ),

  // ───────────────────────── Chemicals ─────────────────────────

  company(
    'industrial-coatings',
    'Dutch paint maker: waterborne, powder and protective coatings.',
    {
      country: 'NL',
      size: { employees: 500, plannedInvestmentUsd: 55_000_000, landAreaM2: 60_000 },
      stage: 'large',
      needs: ['land'],
      attributes: { highEmission: true },
    },
    {
      en: {
        name: 'Delft Coatings B.V.',
        sector: 'Industrial coatings and paints',
        technologies: ['waterborne coatings', 'powder coatings', 'low-VOC formulations'],
        products: ['coil coatings', 'protective coatings for steel structures', 'automotive refinish paints'],
        description: 'Dutch coatings company planning a paint plant in a chemical park in China, with a laboratory for colour matching.',
      },
      ja: {
        name: 'デルフト・コーティングス',
        sector: '工業用塗料',
        technologies: ['水性塗料', '粉体塗料', '低VOC配合'],
        products: ['コイルコーティング', '鋼構造物用の防食塗料', '自動車補修用塗料'],
        description: 'オランダの塗料メーカーです。中国の化学工業団地に、調色ラボを備えた塗料工場を建設する計画です。',
      },
      zh: {
        name: '代尔夫特涂料有限公司',
        sector: '工业涂料',
        technologies: ['水性涂料', '粉末涂料', '低VOC配方'],
        products: ['卷材涂料', '钢结构防腐涂料', '汽车修补漆'],
        description: '荷兰涂料企业，计划在国内化工园区建设涂料工厂，并配套调色实验室。',
      },
    },
  ),

  company(
    'electronic-chemicals',
    'Japanese maker of high-purity process chemicals for chip fabs: etchants, photoresist, CMP slurry.',
    {
      country: 'JP',
      size: { employees: 320, plannedInvestmentUsd: 70_000_000, landAreaM2: 40_000 },
      stage: 'large',
      needs: ['land', 'talent'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Shinano High Purity Chemicals Co.',
        sector: 'High-purity chemicals for semiconductor manufacturing',
        technologies: ['ultra-high-purity purification', 'photoresist formulation', 'trace metal analysis'],
        products: ['electronic-grade hydrofluoric acid', 'photoresist', 'CMP slurries'],
        description: 'We supply process chemicals to wafer fabs in Japan and Taiwan and plan a plant in China close to new 12-inch fabs.',
      },
      ja: {
        name: '信濃高純度化学株式会社',
        sector: '半導体製造用の高純度薬品',
        technologies: ['超高純度精製', 'フォトレジストの配合', '微量金属分析'],
        products: ['電子グレードのフッ酸', 'フォトレジスト', 'CMPスラリー'],
        description: '国内と台湾の半導体工場にプロセス薬品を供給しています。中国で新設が続く12インチ工場の近くに、工場を建設する計画です。',
      },
      zh: {
        name: '信浓高纯化学株式会社',
        sector: '半导体用高纯化学品',
        technologies: ['超高纯提纯', '光刻胶配方', '痕量金属分析'],
        products: ['电子级氢氟酸', '光刻胶', 'CMP抛光液'],
        description: '为日本和台湾地区的晶圆厂供应工艺化学品，计划在国内新建12英寸晶圆厂附近建厂。',
      },
    },
  ),

  // ───────────────────────── Food and consumer goods ─────────────────────────

  company(
    'confectionery',
    'Japanese confectioner: biscuits, rice crackers and gummies for the Chinese market.',
    { country: 'JP', size: { employees: 650, plannedInvestmentUsd: 40_000_000, landAreaM2: 50_000 }, stage: 'large', needs: ['land'], attributes: {} },
    {
      en: {
        name: 'Kyoto Sweets Co., Ltd.',
        sector: 'Confectionery and snack foods',
        technologies: ['chocolate tempering', 'baked snack lines', 'food safety management (FSSC 22000)'],
        products: ['chocolate biscuits', 'rice crackers', 'gummy candies'],
        description:
          'Kyoto confectioner selling in Japan and across Asia. We plan our first factory in China to produce for Chinese supermarkets and convenience stores.',
      },
      ja: {
        name: '京都製菓株式会社',
        sector: '菓子・スナック食品',
        technologies: ['チョコレートのテンパリング', '焼き菓子ライン', 'FSSC 22000による食品安全管理'],
        products: ['チョコレートビスケット', 'せんべい・あられ', 'グミキャンディ'],
        description: '京都の菓子メーカーで、国内とアジア各地で販売しています。中国のスーパーやコンビニ向けに、初めての中国工場を計画しています。',
      },
      zh: {
        name: '京都制果株式会社',
        sector: '糖果与休闲食品',
        technologies: ['巧克力调温', '烘焙生产线', 'FSSC 22000食品安全体系'],
        products: ['巧克力饼干', '米果', '软糖'],
        description: '来自京都的糖果企业，产品销往日本和亚洲各地。计划在华建设首座工厂，供应国内商超和便利店。',
      },
    },
  ),

  company(
    'dairy',
    'New Zealand dairy cooperative: infant formula and milk powder, bonded blending and canning.',
    {
      country: 'NZ',
      size: { employees: 200, plannedInvestmentUsd: 60_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['bonded_trade', 'export_logistics'],
      attributes: {},
    },
    {
      en: {
        name: 'Southern Alps Dairy Ltd.',
        sector: 'Dairy products and infant formula',
        technologies: ['spray drying', 'lactoferrin extraction', 'cold-chain traceability'],
        products: ['infant formula', 'whole milk powder', 'cheese'],
        description:
          'New Zealand dairy group. We want a blending and canning plant for infant formula in China, fed with base powder imported through a bonded zone.',
      },
      ja: {
        name: 'サザンアルプス乳業',
        sector: '乳製品・乳児用調製粉乳',
        technologies: ['噴霧乾燥', 'ラクトフェリンの抽出', 'コールドチェーンのトレーサビリティ'],
        products: ['乳児用粉ミルク', '全粉乳', 'チーズ'],
        description:
          'ニュージーランドの乳業グループです。保税区経由で輸入したベースパウダーを使い、中国で乳児用粉ミルクの調合・缶詰工場を設けたいと考えています。',
      },
      zh: {
        name: '南阿尔卑斯乳业有限公司',
        sector: '乳制品与婴幼儿配方奶粉',
        technologies: ['喷雾干燥', '乳铁蛋白提取', '冷链追溯'],
        products: ['婴幼儿配方奶粉', '全脂奶粉', '奶酪'],
        description: '新西兰乳业集团，计划在华建设婴幼儿配方奶粉的混合和罐装工厂，基粉经保税区进口。',
      },
    },
  ),

  company(
    'brewery',
    'German brewery: lager, wheat and alcohol-free beer brewed in China.',
    { country: 'DE', size: { employees: 150, plannedInvestmentUsd: 25_000_000, landAreaM2: 25_000 }, stage: 'sme', needs: ['land'], attributes: {} },
    {
      en: {
        name: 'Bayerische Braumanufaktur GmbH',
        sector: 'Beer brewing',
        technologies: ['decoction mashing', 'lager fermentation', 'canning lines'],
        products: ['lager', 'wheat beer', 'alcohol-free beer'],
        description: 'Bavarian brewery brewing to the German purity law. We plan a brewery in China to sell fresh beer to restaurants and retailers.',
      },
      ja: {
        name: 'バイエルン醸造所',
        sector: 'ビール醸造',
        technologies: ['デコクション法による仕込み', 'ラガー発酵', '缶充填ライン'],
        products: ['ラガービール', '小麦ビール', 'ノンアルコールビール'],
        description:
          'ドイツ・バイエルンのビール醸造所で、ビール純粋令に沿った醸造を続けています。中国に醸造所を設け、飲食店や小売店に新鮮なビールを届ける計画です。',
      },
      zh: {
        name: '巴伐利亚精酿啤酒厂',
        sector: '啤酒酿造',
        technologies: ['煮出糖化法', '拉格发酵', '易拉罐灌装线'],
        products: ['拉格啤酒', '小麦啤酒', '无醇啤酒'],
        description: '德国巴伐利亚啤酒厂，坚持按德国纯净法酿造。计划在华建设酒厂，向餐饮和零售渠道供应鲜啤。',
      },
    },
  ),

  company(
    'cosmetics',
    'French skincare brand: creams, serums, sunscreens; cross-border e-commerce today, a filling plant next.',
    {
      country: 'FR',
      size: { employees: 220, plannedInvestmentUsd: 15_000_000, landAreaM2: 10_000 },
      stage: 'sme',
      needs: ['bonded_trade', 'ip_protection'],
      attributes: {},
    },
    {
      en: {
        name: 'Maison Provence Cosmétiques',
        sector: 'Skincare and cosmetics',
        technologies: ['emulsion formulation', 'botanical extracts', 'safety and efficacy testing'],
        products: ['face creams', 'serums', 'sunscreens'],
        description:
          'French skincare brand selling in China through cross-border e-commerce. We now plan a local filling plant and need to protect our trademarks.',
      },
      ja: {
        name: 'メゾン・プロヴァンス化粧品',
        sector: 'スキンケア化粧品',
        technologies: ['乳化処方', '植物エキス', '安全性・有効性試験'],
        products: ['フェイスクリーム', '美容液', '日焼け止め'],
        description: 'フランスのスキンケアブランドで、中国では越境ECで販売しています。今後は現地に充填工場を設ける予定で、商標の保護も必要です。',
      },
      zh: {
        name: '普罗旺斯之家化妆品公司',
        sector: '护肤品与化妆品',
        technologies: ['乳化配方', '植物提取物', '功效与安全评价'],
        products: ['面霜', '精华液', '防晒霜'],
        description: '法国护肤品牌，目前通过跨境电商在国内销售，计划设立本地灌装工厂，并需要商标保护。',
      },
    },
  ),

  // ───────────────────────── Electronics and equipment ─────────────────────────

  company(
    'sic-power',
    'Japanese power-semiconductor maker: SiC MOSFETs and modules for EV inverters.',
    {
      country: 'JP',
      size: { employees: 900, plannedInvestmentUsd: 400_000_000, landAreaM2: 100_000 },
      stage: 'listed',
      needs: ['land', 'talent'],
      attributes: { highTech: true, energyIntensive: true },
    },
    {
      en: {
        name: 'Kyushu Power Devices Co., Ltd.',
        sector: 'Silicon carbide power semiconductors',
        technologies: ['SiC MOSFETs', 'SiC epitaxy', 'power module packaging'],
        products: ['SiC MOSFET chips', 'power modules for EV inverters', 'SiC Schottky diodes'],
        description: 'We make silicon carbide power devices for electric vehicles and solar inverters, and plan a module assembly and test plant in China.',
      },
      ja: {
        name: '九州パワーデバイス株式会社',
        sector: 'SiCパワー半導体',
        technologies: ['SiC MOSFET', 'SiCエピタキシャル成長', 'パワーモジュールの実装'],
        products: ['SiC MOSFETチップ', 'EVインバーター用パワーモジュール', 'SiCショットキーバリアダイオード'],
        description: '電気自動車や太陽光インバーター向けに炭化ケイ素のパワーデバイスを製造しています。中国にモジュールの組立・検査工場を計画しています。',
      },
      zh: {
        name: '九州功率器件株式会社',
        sector: '碳化硅功率半导体',
        technologies: ['碳化硅MOSFET', '碳化硅外延', '功率模块封装'],
        products: ['碳化硅MOSFET芯片', '电动汽车逆变器功率模块', '碳化硅肖特基二极管'],
        description: '为电动汽车和光伏逆变器生产碳化硅功率器件，计划在华建设模块封装测试工厂。',
      },
    },
  ),

  company(
    'industrial-robots',
    'German robot maker: six-axis and collaborative robots, welding and palletising cells.',
    {
      country: 'DE',
      size: { employees: 700, plannedInvestmentUsd: 50_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Augsburg Robotics GmbH',
        sector: 'Industrial robots and automation',
        technologies: ['six-axis robot arms', 'collaborative robots', 'robot vision'],
        products: ['welding robots', 'palletising robots', 'robotic assembly cells'],
        description: 'German robot maker. We plan a robot assembly plant and an application centre in China for car and electronics factories.',
      },
      ja: {
        name: 'アウクスブルク・ロボティクス',
        sector: '産業用ロボット・FA',
        technologies: ['6軸ロボットアーム', '協働ロボット', 'ロボットビジョン'],
        products: ['溶接ロボット', 'パレタイズロボット', 'ロボット組立セル'],
        description: 'ドイツのロボットメーカーです。中国の自動車・電子機器工場向けに、ロボットの組立工場とアプリケーションセンターを計画しています。',
      },
      zh: {
        name: '奥格斯堡机器人有限公司',
        sector: '工业机器人与自动化',
        technologies: ['六轴机械臂', '协作机器人', '机器人视觉'],
        products: ['焊接机器人', '码垛机器人', '机器人装配工作站'],
        description: '德国机器人制造商，计划在华建设机器人总装工厂和应用中心，服务汽车和电子工厂。',
      },
    },
  ),

  company(
    'machine-tools',
    'Japanese machine-tool builder: machining centres, CNC lathes, gear grinders.',
    {
      country: 'JP',
      size: { employees: 1300, plannedInvestmentUsd: 80_000_000, landAreaM2: 60_000 },
      stage: 'listed',
      needs: ['land', 'talent'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Niigata Machine Tool Works',
        sector: 'CNC machine tools',
        technologies: ['5-axis machining centres', 'CNC lathes', 'thermal displacement compensation'],
        products: ['vertical machining centres', 'CNC turning centres', 'gear grinding machines'],
        description: 'Machine tool builder from Niigata. We plan an assembly plant and a technical centre in China for automotive and mould-making customers.',
      },
      ja: {
        name: '新潟工作機械製作所',
        sector: 'NC工作機械',
        technologies: ['5軸マシニングセンタ', 'NC旋盤', '熱変位補正'],
        products: ['立形マシニングセンタ', 'CNC旋盤', '歯車研削盤'],
        description: '新潟の工作機械メーカーです。自動車・金型業界のお客様向けに、中国で組立工場とテクニカルセンターを計画しています。',
      },
      zh: {
        name: '新潟机床制作所',
        sector: '数控机床',
        technologies: ['五轴加工中心', '数控车床', '热变形补偿'],
        products: ['立式加工中心', '数控车削中心', '齿轮磨床'],
        description: '日本新潟的机床企业，计划在华建设总装工厂和技术中心，服务汽车和模具行业客户。',
      },
    },
  ),

  // ───────────────────────── Software and creative ─────────────────────────

  company(
    'erp-saas',
    'German enterprise-software vendor: ERP and MES as a service for mid-sized manufacturers.',
    {
      country: 'DE',
      size: { employees: 300, plannedInvestmentUsd: 10_000_000 },
      stage: 'sme',
      needs: ['talent', 'cross_border_data'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Nordwerk Software AG',
        sector: 'Enterprise software (ERP and MES) as a service',
        technologies: ['cloud-native SaaS', 'manufacturing execution systems', 'data analytics'],
        products: ['ERP for mid-sized manufacturers', 'MES for discrete manufacturing', 'implementation services'],
        description:
          'German software company serving manufacturers. We plan a development and support centre in China and must be able to exchange data with our headquarters.',
      },
      ja: {
        name: 'ノルトヴェルク・ソフトウェア',
        sector: '基幹業務システム（ERP・MES）のクラウドサービス',
        technologies: ['クラウドネイティブのSaaS', '製造実行システム', 'データ分析'],
        products: ['中堅製造業向けERP', '組立製造業向けMES', '導入支援サービス'],
        description: '製造業向けのドイツのソフトウェア会社です。中国に開発・サポート拠点を設ける計画で、本社とのデータのやり取りが欠かせません。',
      },
      zh: {
        name: '北方工坊软件股份公司',
        sector: '企业管理软件（ERP与MES）SaaS服务',
        technologies: ['云原生SaaS', '制造执行系统', '数据分析'],
        products: ['面向中型制造企业的ERP', '离散制造MES', '实施服务'],
        description: '面向制造业的德国软件企业，计划在华设立研发和技术支持中心，需要与总部进行数据跨境传输。',
      },
    },
  ),

  company(
    'animation-studio',
    'Japanese animation studio: TV anime, films and game cinematics, co-producing in China.',
    { country: 'JP', size: { employees: 140, plannedInvestmentUsd: 5_000_000 }, stage: 'sme', needs: ['talent', 'ip_protection'], attributes: {} },
    {
      en: {
        name: 'Studio Kazeno Inc.',
        sector: 'Animation production',
        technologies: ['hand-drawn 2D animation', '3DCG', 'digital compositing'],
        products: ['TV anime series', 'animated feature films', 'game cinematics'],
        description: 'Tokyo animation studio. We want a studio in China to co-produce series with Chinese partners and train animators.',
      },
      ja: {
        name: '株式会社スタジオ風野',
        sector: 'アニメーション制作',
        technologies: ['手描き作画', '3DCG', 'デジタル撮影'],
        products: ['TVアニメシリーズ', '劇場アニメ', 'ゲーム用ムービー'],
        description: '東京のアニメ制作会社です。中国のパートナーとの共同制作とアニメーターの育成のため、中国にスタジオを設けたいと考えています。',
      },
      zh: {
        name: '风野动画工作室',
        sector: '动画制作',
        technologies: ['手绘二维动画', '三维CG', '数字合成'],
        products: ['电视动画系列', '动画电影', '游戏过场动画'],
        description: '东京的动画制作公司，希望在国内设立工作室，与中方伙伴联合制作动画并培养动画师。',
      },
    },
  ),

  // ───────────────────────── Services and trade ─────────────────────────

  company(
    'cold-chain',
    'Singapore cold-chain operator: frozen, chilled and pharmaceutical storage and transport, bonded cold stores.',
    {
      country: 'SG',
      size: { employees: 400, plannedInvestmentUsd: 35_000_000, landAreaM2: 40_000 },
      stage: 'large',
      needs: ['land', 'bonded_trade', 'export_logistics'],
      attributes: {},
    },
    {
      en: {
        name: 'Merlion Cold Chain Logistics Pte. Ltd.',
        sector: 'Cold-chain logistics and warehousing',
        technologies: ['temperature-controlled warehousing', 'GDP-compliant pharmaceutical distribution', 'warehouse management systems'],
        products: ['frozen and chilled storage', 'pharmaceutical cold-chain transport', 'bonded cold storage'],
        description: 'Singapore logistics group. We plan a cold-storage hub next to a port or airport to handle imported food and medicines.',
      },
      ja: {
        name: 'マーライオン・コールドチェーン',
        sector: '低温物流・倉庫',
        technologies: ['温度管理倉庫', 'GDPに準拠した医薬品配送', '倉庫管理システム'],
        products: ['冷凍・冷蔵保管', '医薬品の定温輸送', '保税冷蔵倉庫'],
        description: 'シンガポールの物流グループです。輸入食品や医薬品を扱う冷蔵・冷凍倉庫の拠点を、港湾か空港の隣接地に計画しています。',
      },
      zh: {
        name: '鱼尾狮冷链物流有限公司',
        sector: '冷链物流与仓储',
        technologies: ['温控仓储', '符合GSP的医药配送', '仓储管理系统'],
        products: ['冷冻冷藏仓储', '医药冷链运输', '保税冷库'],
        description: '新加坡物流集团，计划在港口或机场附近建设冷链仓储枢纽，服务进口食品和药品。',
      },
    },
  ),

  company(
    'cross-border-ecommerce',
    'Korean cross-border e-commerce seller of beauty and food products, fulfilled from bonded warehouses.',
    { country: 'KR', size: { employees: 80, plannedInvestmentUsd: 3_000_000 }, stage: 'startup', needs: ['bonded_trade', 'cross_border_data'], attributes: {} },
    {
      en: {
        name: 'Seoul Direct Commerce Co.',
        sector: 'Cross-border e-commerce of Korean beauty and food products',
        technologies: ['bonded warehouse fulfilment', 'livestream selling', 'customs data interfaces'],
        products: ['K-beauty products', 'health foods', 'snacks'],
        description: 'We sell Korean cosmetics and food to Chinese consumers online and want our own bonded warehouse and operations team in China.',
      },
      ja: {
        name: 'ソウル・ダイレクトコマース',
        sector: '韓国コスメ・食品の越境EC',
        technologies: ['保税倉庫からの出荷', 'ライブコマース', '通関データ連携'],
        products: ['韓国コスメ', '健康食品', 'スナック菓子'],
        description: '韓国の化粧品や食品を中国の消費者にネットで販売しています。中国に自前の保税倉庫と運営チームを持ちたいと考えています。',
      },
      zh: {
        name: '首尔直购电商有限公司',
        sector: '韩国美妆与食品跨境电商',
        technologies: ['保税仓发货', '直播带货', '海关数据对接'],
        products: ['韩国美妆', '保健食品', '休闲零食'],
        description: '通过网络向国内消费者销售韩国化妆品和食品，希望在国内设立自己的保税仓和运营团队。',
      },
    },
  ),

  company(
    'elderly-care',
    'Japanese elderly-care operator: nursing homes, day care and home-visit care.',
    {
      country: 'JP',
      size: { employees: 2500, plannedInvestmentUsd: 20_000_000, landAreaM2: 15_000 },
      stage: 'large',
      needs: ['talent', 'land'],
      attributes: {},
    },
    {
      en: {
        name: 'Hidamari Care Services Co.',
        sector: 'Elderly care: nursing homes and home care',
        technologies: ['dementia care programmes', 'care robots and monitoring sensors', 'care-worker training'],
        products: ['nursing homes', 'day-care centres', 'home-visit care'],
        description: 'We run 120 care facilities in Japan and plan our first nursing home and a training school for care workers in China.',
      },
      ja: {
        name: 'ひだまりケアサービス株式会社',
        sector: '介護事業（有料老人ホーム・訪問介護）',
        technologies: ['認知症ケア', '介護ロボット・見守りセンサー', '介護職員の研修'],
        products: ['介護付き有料老人ホーム', 'デイサービス', '訪問介護'],
        description: '国内で120の介護施設を運営しています。中国で最初の介護施設と、介護職員の養成校を開設する計画です。',
      },
      zh: {
        name: '暖阳养老服务株式会社',
        sector: '养老服务（护理院与居家照护）',
        technologies: ['认知症照护', '护理机器人与监测传感器', '护理员培训'],
        products: ['护理型养老院', '日间照料中心', '上门居家护理'],
        description: '在日本运营120家养老护理机构，计划在国内开设首家护理院和护理员培训学校。',
      },
    },
  ),

  company(
    'staffing',
    'Japanese recruitment and staffing firm serving foreign companies in China.',
    { country: 'JP', size: { employees: 350, plannedInvestmentUsd: 2_000_000 }, stage: 'large', needs: ['talent', 'cross_border_data'], attributes: {} },
    {
      en: {
        name: 'Bridge Staffing Co., Ltd.',
        sector: 'Recruitment and staffing services',
        technologies: ['online job matching', 'payroll outsourcing', 'bilingual recruiting'],
        products: ['executive search', 'temporary staffing', 'payroll services'],
        description: 'We recruit bilingual staff and managers for Japanese companies in China and want to open offices in new industrial cities.',
      },
      ja: {
        name: 'ブリッジ人材サービス株式会社',
        sector: '人材紹介・人材派遣',
        technologies: ['オンライン求人マッチング', '給与計算のアウトソーシング', 'バイリンガル人材の採用支援'],
        products: ['エグゼクティブサーチ', '人材派遣', '給与計算代行'],
        description: '中国に進出した日系企業向けに、バイリンガルの社員や管理職を紹介しています。新しい工業都市にも拠点を開きたいと考えています。',
      },
      zh: {
        name: '桥梁人力资源服务株式会社',
        sector: '招聘与人力资源外包',
        technologies: ['在线招聘匹配', '薪酬外包', '双语人才招聘'],
        products: ['高端猎头', '劳务派遣', '代发工资服务'],
        description: '为在华日资企业招聘双语员工和管理人员，希望在新兴工业城市开设分公司。',
      },
    },
  ),

  company(
    'testing-certification',
    'Swiss testing, inspection and certification group: EMC and safety labs, factory audits.',
    {
      country: 'CH',
      size: { employees: 500, plannedInvestmentUsd: 15_000_000, landAreaM2: 8_000 },
      stage: 'large',
      needs: ['talent'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Helvetia Testing & Certification AG',
        sector: 'Testing, inspection and certification',
        technologies: ['EMC testing', 'product safety testing', 'ISO management-system audits'],
        products: ['CE and CCC certification support', 'laboratory testing of electrical products', 'factory audits'],
        description: 'Swiss testing group. We plan a laboratory in China where exporters can get their electrical products tested and certified.',
      },
      ja: {
        name: 'ヘルベチア試験認証',
        sector: '試験・検査・認証',
        technologies: ['EMC試験', '製品安全試験', 'ISOマネジメントシステム審査'],
        products: ['CE・CCC認証の取得支援', '電気製品の試験', '工場監査'],
        description: 'スイスの試験認証グループです。輸出企業が電気製品の試験と認証を受けられるラボを、中国に開設する計画です。',
      },
      zh: {
        name: '赫尔维蒂亚检测认证集团',
        sector: '检验检测认证',
        technologies: ['电磁兼容测试', '产品安全测试', 'ISO管理体系审核'],
        products: ['CE与CCC认证服务', '电器产品检测', '验厂审核'],
        description: '瑞士检测认证集团，计划在国内设立实验室，为出口企业提供电器产品检测和认证服务。',
      },
    },
  ),

  company(
    'water-treatment',
    'Israeli water-technology company: membrane systems for industrial wastewater reuse.',
    {
      country: 'IL',
      size: { employees: 160, plannedInvestmentUsd: 12_000_000, landAreaM2: 10_000 },
      stage: 'sme',
      needs: ['rnd_collaboration'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Negev Water Technologies Ltd.',
        sector: 'Industrial wastewater treatment and water reuse',
        technologies: ['membrane bioreactors', 'reverse osmosis', 'zero liquid discharge'],
        products: ['wastewater treatment systems for industrial parks', 'water reuse plants', 'membrane modules'],
        description:
          'We design and build systems that let factories and industrial parks reuse their wastewater, and plan an assembly plant and a pilot site in China.',
      },
      ja: {
        name: 'ネゲブ・ウォーターテクノロジーズ',
        sector: '産業排水処理・水の再利用',
        technologies: ['膜分離活性汚泥法（MBR）', '逆浸透膜', '排水ゼロ化（ZLD）'],
        products: ['工業団地向け排水処理システム', '再生水プラント', '膜モジュール'],
        description: '工場や工業団地の排水を再利用するシステムを設計・施工しています。中国に組立工場と実証サイトを設ける計画です。',
      },
      zh: {
        name: '内盖夫水务科技有限公司',
        sector: '工业废水处理与中水回用',
        technologies: ['膜生物反应器', '反渗透', '零液体排放'],
        products: ['园区工业废水处理系统', '中水回用装置', '膜组件'],
        description: '为工厂和工业园区设计建设废水处理与回用系统，计划在国内设立组装工厂和示范项目。',
      },
    },
  ),
  // ───────────────────────── Written after the taxonomy work, as a check it was not tuned on ─────────────────────────

  company(
    'wire-harness',
    'Japanese wire-harness maker: cutting, crimping and assembly of harnesses for cars and appliances.',
    {
      country: 'JP',
      size: { employees: 2200, plannedInvestmentUsd: 30_000_000, landAreaM2: 35_000 },
      stage: 'large',
      needs: ['talent', 'land'],
      attributes: {},
    },
    {
      en: {
        name: 'Chubu Wiring Systems Co., Ltd.',
        sector: 'Automotive wire harnesses',
        technologies: ['automatic cutting and crimping', 'ultrasonic splicing', 'harness assembly boards'],
        products: ['engine room harnesses', 'instrument panel harnesses', 'high-voltage harnesses for EVs'],
        description:
          'We design and assemble wire harnesses for Japanese and Chinese carmakers. Harness assembly is labour-intensive, so we are looking for a location with a large workforce close to vehicle plants.',
      },
      ja: {
        name: '中部ワイヤリングシステムズ株式会社',
        sector: '自動車用ワイヤーハーネス',
        technologies: ['自動切断・圧着', '超音波溶着', '組立図板'],
        products: ['エンジンルーム用ハーネス', 'インパネハーネス', 'EV用高圧ハーネス'],
        description:
          '日系・中国系の自動車メーカー向けにワイヤーハーネスを設計・組立しています。組立は人手のかかる工程のため、完成車工場に近く人材を確保しやすい立地を探しています。',
      },
      zh: {
        name: '中部线束系统株式会社',
        sector: '汽车线束',
        technologies: ['自动裁线压接', '超声波焊接', '线束装配工装板'],
        products: ['发动机舱线束', '仪表线束', '电动汽车高压线束'],
        description: '为日系和国内车企设计和装配汽车线束。线束装配属于劳动密集型工序，希望选址靠近整车厂、用工充足的地区。',
      },
    },
  ),

  company(
    'furniture',
    'Italian furniture maker: solid-wood and upholstered furniture for hotels and retail.',
    {
      country: 'IT',
      size: { employees: 300, plannedInvestmentUsd: 20_000_000, landAreaM2: 40_000 },
      stage: 'sme',
      needs: ['land', 'export_logistics'],
      attributes: { exportSharePct: 50 },
    },
    {
      en: {
        name: 'Mobilificio Brianza S.r.l.',
        sector: 'Furniture manufacturing',
        technologies: ['solid wood joinery', 'upholstery', 'CNC woodworking'],
        products: ['sofas and armchairs', 'dining tables', 'hotel furniture'],
        description: 'Furniture maker from Brianza. We want a factory in China for the Asian hotel and retail market, with export to Australia.',
      },
      ja: {
        name: 'ブリアンツァ家具製作所',
        sector: '家具製造',
        technologies: ['無垢材の木工', '椅子張り', 'NC木工加工'],
        products: ['ソファ・アームチェア', 'ダイニングテーブル', 'ホテル向け家具'],
        description: 'イタリア・ブリアンツァの家具メーカーです。アジアのホテル・小売市場向けに中国で工場を設け、オーストラリアへも輸出したいと考えています。',
      },
      zh: {
        name: '布里安扎家具制造有限公司',
        sector: '家具制造',
        technologies: ['实木榫卯工艺', '软包工艺', '数控木工加工'],
        products: ['沙发与扶手椅', '餐桌', '酒店家具'],
        description: '意大利布里安扎的家具企业，计划在华建厂，面向亚洲酒店和零售市场，并出口澳大利亚。',
      },
    },
  ),

  company(
    'aircraft-parts',
    'French aerospace supplier: machined titanium and composite parts for airliners.',
    {
      country: 'FR',
      size: { employees: 450, plannedInvestmentUsd: 60_000_000, landAreaM2: 30_000 },
      stage: 'large',
      needs: ['talent', 'land'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Aéro Précision Toulouse SAS',
        sector: 'Aerostructure parts for commercial aircraft',
        technologies: ['5-axis machining of titanium', 'carbon-fibre composite layup', 'non-destructive testing'],
        products: ['wing ribs', 'landing gear components', 'composite fairings'],
        description:
          'Toulouse supplier to Airbus and its tier-1s. We plan a plant in China to supply the final assembly line in Tianjin and Chinese airliner programmes.',
      },
      ja: {
        name: 'エアロ・プレシジョン・トゥールーズ',
        sector: '民間航空機の機体部品',
        technologies: ['チタン材の5軸加工', '炭素繊維複合材の積層', '非破壊検査'],
        products: ['主翼リブ', '降着装置部品', '複合材フェアリング'],
        description:
          'トゥールーズでエアバスと一次サプライヤーに部品を納めています。天津の最終組立ラインと中国の旅客機プログラム向けに、中国で工場を計画しています。',
      },
      zh: {
        name: '图卢兹航空精密公司',
        sector: '民用飞机机体结构件',
        technologies: ['钛合金五轴加工', '碳纤维复合材料铺层', '无损检测'],
        products: ['机翼翼肋', '起落架零件', '复合材料整流罩'],
        description: '位于图卢兹，为空客及其一级供应商供货。计划在华建厂，配套天津总装线和国产大飞机项目。',
      },
    },
  ),

  company(
    'pet-food',
    'US pet-food maker: dry and wet food and treats for dogs and cats.',
    { country: 'US', size: { employees: 260, plannedInvestmentUsd: 45_000_000, landAreaM2: 50_000 }, stage: 'large', needs: ['land'], attributes: {} },
    {
      en: {
        name: 'Prairie Pet Nutrition Inc.',
        sector: 'Pet food',
        technologies: ['extrusion cooking', 'retort pouches', 'veterinary nutrition research'],
        products: ['dry dog food', 'wet cat food', 'pet treats'],
        description: 'Kansas pet food company. Pet ownership in Chinese cities is growing fast; we plan our first plant in China.',
      },
      ja: {
        name: 'プレーリー・ペットニュートリション',
        sector: 'ペットフード',
        technologies: ['エクストルーダー加工', 'レトルトパウチ', '獣医栄養学の研究'],
        products: ['ドッグフード（ドライ）', 'キャットフード（ウェット）', 'ペット用おやつ'],
        description: '米カンザス州のペットフードメーカーです。中国の都市部でペットの飼育が急増しているため、中国で最初の工場を計画しています。',
      },
      zh: {
        name: '草原宠物营养公司',
        sector: '宠物食品',
        technologies: ['膨化工艺', '软罐头', '兽医营养研究'],
        products: ['犬干粮', '猫湿粮', '宠物零食'],
        description: '美国堪萨斯州的宠物食品企业。国内城市养宠人群快速增长，计划在华建设首家工厂。',
      },
    },
  ),

  company(
    'hotel-operator',
    'Singapore hotel group: management of business and resort hotels.',
    { country: 'SG', size: { employees: 5000, plannedInvestmentUsd: 80_000_000 }, stage: 'listed', needs: ['talent', 'financing'], attributes: {} },
    {
      en: {
        name: 'Straits Hospitality Group',
        sector: 'Hotel management and resorts',
        technologies: ['revenue management systems', 'loyalty programmes', 'hospitality training academy'],
        products: ['business hotels', 'beach resorts', 'serviced apartments'],
        description: 'Singapore-listed hotel group. We want to open business hotels in new business districts and a resort on Hainan.',
      },
      ja: {
        name: 'ストレーツ・ホスピタリティ・グループ',
        sector: 'ホテル運営・リゾート',
        technologies: ['レベニューマネジメントシステム', '会員プログラム', 'ホテル人材の研修施設'],
        products: ['ビジネスホテル', 'ビーチリゾート', 'サービスアパートメント'],
        description: 'シンガポール上場のホテルグループです。中国の新しいビジネス地区でのビジネスホテル開業と、海南島でのリゾート開発を考えています。',
      },
      zh: {
        name: '海峡酒店管理集团',
        sector: '酒店管理与度假村',
        technologies: ['收益管理系统', '会员体系', '酒店管理培训学院'],
        products: ['商务酒店', '海滨度假村', '服务式公寓'],
        description: '新加坡上市酒店集团，希望在国内新兴商务区开设商务酒店，并在海南开发度假村。',
      },
    },
  ),

  company(
    'garment-sewing',
    'Vietnamese garment maker: cut-and-sew of shirts and outerwear for export brands.',
    {
      country: 'VN',
      size: { employees: 1500, plannedInvestmentUsd: 10_000_000, landAreaM2: 25_000 },
      stage: 'large',
      needs: ['talent', 'export_logistics'],
      attributes: { exportSharePct: 90 },
    },
    {
      en: {
        name: 'Saigon Garment Joint Stock Company',
        sector: 'Garment manufacturing (cut, make and trim)',
        technologies: ['automated cutting', 'lean sewing lines', 'garment washing'],
        products: ["men's shirts", 'down jackets', 'workwear'],
        description: 'We make shirts and jackets for European and Japanese brands and want a second sewing factory in China close to fabric suppliers.',
      },
      ja: {
        name: 'サイゴン縫製株式会社',
        sector: '衣料品の縫製（CMT）',
        technologies: ['自動裁断', 'リーン方式の縫製ライン', '製品洗い加工'],
        products: ['紳士シャツ', 'ダウンジャケット', '作業服'],
        description: '欧州・日本のブランド向けにシャツやジャケットを縫製しています。生地の調達先に近い中国に、第二縫製工場を設けたいと考えています。',
      },
      zh: {
        name: '西贡服装股份公司',
        sector: '服装加工（来料加工）',
        technologies: ['自动裁剪', '精益缝制流水线', '成衣水洗'],
        products: ['男式衬衫', '羽绒服', '工装'],
        description: '为欧洲和日本品牌加工衬衫和外套，希望在靠近面料供应商的国内地区设立第二家缝制工厂。',
      },
    },
  ),

  company(
    'tyres',
    'Korean tyre maker: passenger-car and truck radial tyres, a new plant.',
    {
      country: 'KR',
      size: { employees: 2000, plannedInvestmentUsd: 500_000_000, landAreaM2: 300_000 },
      stage: 'listed',
      needs: ['land', 'export_logistics'],
      attributes: { energyIntensive: true },
    },
    {
      en: {
        name: 'Hanil Tire Corporation',
        sector: 'Tyre manufacturing',
        technologies: ['radial tyre building', 'silica compounding', 'low rolling resistance tread design'],
        products: ['passenger car tyres', 'truck and bus radial tyres', 'EV tyres'],
        description: 'Korean tyre maker supplying carmakers and the replacement market; we plan a 10-million-tyre plant in China.',
      },
      ja: {
        name: 'ハニルタイヤ株式会社',
        sector: 'タイヤ製造',
        technologies: ['ラジアルタイヤの成型', 'シリカ配合', '低転がり抵抗トレッド設計'],
        products: ['乗用車用タイヤ', 'トラック・バス用ラジアルタイヤ', 'EV用タイヤ'],
        description: '自動車メーカーと補修市場にタイヤを供給する韓国のメーカーです。中国に年産1,000万本の工場を計画しています。',
      },
      zh: {
        name: '韩一轮胎株式会社',
        sector: '轮胎制造',
        technologies: ['子午线轮胎成型', '白炭黑混炼', '低滚阻胎面设计'],
        products: ['乘用车轮胎', '全钢载重子午胎', '新能源汽车专用轮胎'],
        description: '韩国轮胎企业，为整车厂配套并供应替换市场，计划在华建设年产1000万条轮胎的工厂。',
      },
    },
  ),

  company(
    'wafer-cleaning-equipment',
    'Japanese semiconductor-equipment maker: wafer cleaning and wet etching tools.',
    {
      country: 'JP',
      size: { employees: 1000, plannedInvestmentUsd: 70_000_000, landAreaM2: 30_000 },
      stage: 'listed',
      needs: ['talent', 'rnd_collaboration'],
      attributes: { highTech: true },
    },
    {
      en: {
        name: 'Kyoto Wafer Process Systems',
        sector: 'Semiconductor manufacturing equipment',
        technologies: ['single-wafer cleaning', 'wet etching', 'particle control'],
        products: ['wafer cleaning systems', 'wet stations', 'field service and refurbished tools'],
        description: 'We build cleaning and etching equipment for chip makers and plan a production, demo and service centre near new fabs in China.',
      },
      ja: {
        name: '京都ウェーハプロセスシステムズ',
        sector: '半導体製造装置',
        technologies: ['枚葉式洗浄', 'ウェットエッチング', 'パーティクル制御'],
        products: ['ウェーハ洗浄装置', 'ウェットステーション', 'フィールドサービス・中古装置の再生'],
        description: '半導体メーカー向けに洗浄・エッチング装置を製造しています。中国の新しい半導体工場の近くに、生産・デモ・サービスの拠点を計画しています。',
      },
      zh: {
        name: '京都晶圆工艺系统株式会社',
        sector: '半导体设备',
        technologies: ['单片清洗', '湿法刻蚀', '颗粒控制'],
        products: ['晶圆清洗设备', '湿法槽式设备', '现场服务与翻新设备'],
        description: '为芯片制造商生产清洗和刻蚀设备，计划在国内新建晶圆厂附近设立生产、演示和服务中心。',
      },
    },
  ),
];
