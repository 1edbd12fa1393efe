/** Realistic request examples for the OpenAPI document: the same kind of company in en, ja and zh. */
export const PROFILE_EXAMPLES = [
  {
    profile: {
      name: 'Kansai EV Components Co.',
      sector: 'Automotive parts for new energy vehicles',
      country: 'JP',
      technologies: ['battery management systems', 'electric drive motors'],
      products: ['inverters', 'battery packs'],
      description: 'Tier-1 supplier of electric drive and battery systems looking for a plant site in northern China.',
      size: { employees: 850, plannedInvestmentUsd: 120000000, landAreaM2: 80000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, rdIntensityPct: 6, exportSharePct: 40 },
    },
    options: { limit: 5, language: 'en' },
  },
  {
    profile: {
      name: '株式会社関西EVコンポーネンツ',
      sector: '新エネルギー自動車の部品製造',
      country: 'JP',
      technologies: ['電池管理システム', '駆動モーター'],
      products: ['インバーター', '電池パック'],
      description: '電動駆動システムと電池システムの一次サプライヤー。中国北部で工場用地を探している。',
      size: { employees: 850, plannedInvestmentUsd: 120000000, landAreaM2: 80000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, rdIntensityPct: 6, exportSharePct: 40 },
    },
    options: { limit: 5, language: 'ja' },
  },
  {
    profile: {
      name: '关西新能源汽车零部件有限公司',
      sector: '新能源汽车零部件制造',
      country: 'JP',
      technologies: ['电池管理系统', '驱动电机'],
      products: ['逆变器', '电池包'],
      description: '电驱动系统和电池系统的一级供应商，正在中国北方寻找工厂用地。',
      size: { employees: 850, plannedInvestmentUsd: 120000000, landAreaM2: 80000 },
      stage: 'large',
      needs: ['land', 'talent', 'export_logistics'],
      attributes: { highTech: true, rdIntensityPct: 6, exportSharePct: 40 },
    },
    options: { limit: 5, language: 'zh' },
  },
];
