/**
 * Finding zones the way people write places (issue 14, part 7): province= and q= accept a
 * province in any of its forms and a zone by any of its names, pinyin with or without tones and
 * spaces; and a stored answer's catalogVersion tells the seed catalogue from the national one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { placeKey, provincesNamed } from '../src/catalog/place-search.js';
import { storedVersionOf } from '../src/catalog/national/zones.js';
import { startService, type Service } from '../src/startup.js';

describe('province and place keys', () => {
  it('reads a province in English, Chinese, Japanese, kana and pinyin', () => {
    for (const form of ['Zhejiang', 'zhejiang', 'Zhejiang Province', '浙江', '浙江省', 'せっこう', 'セッコウ', 'せっこうしょう', 'Zhèjiāng', 'zhe4 jiang1']) {
      expect([...provincesNamed(form)], form).toEqual(['33']);
    }
    expect([...provincesNamed('Shaanxi')]).toEqual(['61']);
    expect([...provincesNamed('Shanxi')]).toEqual(['14']);
    expect([...provincesNamed('内モンゴル')]).toEqual(['15']);
    expect([...provincesNamed('Guangxi Zhuang Autonomous Region')]).toEqual(['45']);
    // 江西 and 広西 are both read こうせい.
    expect([...provincesNamed('こうせい')].sort()).toEqual(['36', '45']);
    expect(provincesNamed('Atlantis').size).toBe(0);
    expect(placeKey("Xī'ān")).toBe('xian');
  });
});

describe('GET /v1/zones with CATALOGUE=national', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startService(loadConfig({ CATALOGUE: 'national', LOG_LEVEL: 'silent', PGLITE_DIR: 'memory://' }), { logger: false });
  });
  afterAll(async () => {
    await service?.close();
  });
  const list = async (query: string) => {
    const res = await service.app.inject({ method: 'GET', url: `/v1/zones?limit=1000&${query}` });
    expect(res.statusCode, query).toBe(200);
    return res.json() as { items: { id: string; name: { en: string } }[]; total: number };
  };

  it('filters by a province written in any language, long or short', async () => {
    const totals = new Set<number>();
    for (const form of ['Zhejiang', '浙江', '浙江省', 'Zhejiang Province', 'せっこう', 'zhèjiāng'])
      totals.add((await list(`province=${encodeURIComponent(form)}`)).total);
    expect([...totals]).toHaveLength(1);
    // The 2018 catalogue lists 120 zones in Zhejiang; no seed zone lies there.
    expect([...totals][0]).toBe(120);
  });

  it('answers 400 naming the field for a province that does not exist', async () => {
    const res = await service.app.inject({ method: 'GET', url: '/v1/zones?province=Atlantis' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/province' }] });
  });

  it('finds a zone by any of its names, pinyin with or without tones and spaces', async () => {
    for (const q of ['Weihai Torch Hi-tech', 'weihai torch', '威海火炬', '威海火炬ハイテク', 'Wēihǎi huǒjù', 'weihaihuoju', 'wei hai huo ju gao ji shu']) {
      const found = await list(`q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((z) => z.name.en),
        q,
      ).toEqual(['Weihai Torch Hi-tech Industrial Development Zone']);
    }
    expect((await list(`q=${encodeURIComponent('Suzhou Industrial Park')}`)).items.map((z) => z.name.en).sort()).toEqual([
      'Suzhou Industrial Park',
      'Suzhou Industrial Park Comprehensive Bonded Zone',
    ]);
  });

  it('finds the zones of a province named in q, in any form', async () => {
    const totals = await Promise.all(['Zhejiang Province', 'せっこう', '浙江省'].map(async (q) => (await list(`q=${encodeURIComponent(q)}`)).total));
    expect(totals).toEqual([120, 120, 120]);
  });

  it("tells which catalogue a stored answer was ranked over: its catalogVersion is the stored catalog's plus the national catalogue's content", async () => {
    const res = await service.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: { name: 'Acme', country: 'JP', sector: 'automotive parts', products: ['brake pads'] }, options: { limit: 3, persist: false } },
    });
    expect(res.statusCode).toBe(200);
    const version = res.json().catalogVersion as string;
    const seedOnly = await startService(loadConfig({ LOG_LEVEL: 'silent', PGLITE_DIR: 'memory://' }), { logger: false });
    try {
      const seedVersion = seedOnly.app.zonematch.catalog.version;
      expect(version).not.toBe(seedVersion);
      expect(version).toMatch(/^[0-9a-f]{12}\+national\.[0-9a-f]{12}$/);
      expect(storedVersionOf(version)).toBe(seedVersion);
    } finally {
      await seedOnly.close();
    }
  });
});
