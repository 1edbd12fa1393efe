import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeadsService } from '../src/services/leads-service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

/**
 * Companies as staff tools submit them, in this order: the e-commerce one twice under two
 * spellings (both fit the bonded zone), and one that has since moved out of bonded logistics.
 */
const PROFILES = {
  ecommerceOld: { name: 'Sakura Cross-Border Trading', country: 'JP', sector: 'bonded trade services' },
  pivotOld: { name: 'Pivot Logistics', country: 'SG', sector: '保税物流' },
  pivot: { name: 'pivot logistics', country: 'SG', sector: 'software consulting' },
  ecommerce: { name: 'SAKURA CROSS-BORDER TRADING', country: 'JP', sector: 'cross-border e-commerce platform', needs: ['bonded_trade'] },
  ecommerceCn: { name: '跨境优选', country: 'CN', sector: '跨境电商', technologies: ['保税仓储'] },
  bondedLogistics: { name: '株式会社港湾ロジ', country: 'JP', sector: '保税物流と国際貨物輸送', needs: ['export_logistics', 'bonded_trade'], attributes: { exportSharePct: 60 } },
  chips: { name: 'Shenzhen MicroCore', country: 'CN', sector: 'integrated circuit design', technologies: ['EDA'] },
  nev: { name: 'Kansai EV Components Co.', country: 'JP', sector: 'Automotive parts for new energy vehicles', technologies: ['battery management systems'], size: { employees: 850 }, needs: ['land'] },
  nevSmall: { name: 'Tiny EV Start', country: 'DE', sector: 'new energy vehicles', size: { employees: 8 }, stage: 'startup' },
} as const;

const BONDED = 'shanghai-lz-bonded';

describe.each(DATABASE_KINDS)('zone leads on %s', (kind) => {
  let t: TestApp;
  const profileIds = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(kind);
    // In order, so the second e-commerce submission is the latest.
    for (const [key, profile] of Object.entries(PROFILES)) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile } });
      expect(res.statusCode).toBe(200);
      profileIds.set(key, res.json().id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const leads = (zone: string, query = '', headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/v1/zones/${zone}/leads${query}`, headers });
  /** What the single route says about this zone for this profile. */
  const zoneResult = async (profile: object, zone: string, language = 'en') =>
    (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { zones: [zone], limit: 1, persist: false, language } } })).json().results[0];

  it('ranks the stored companies sharing the zone’s industries by the engine’s score for that zone', async () => {
    const res = await leads(BONDED);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.zone).toEqual({ id: BONDED, name: 'Shanghai FTZ Linked Innovation Zone – Comprehensive Bonded Zones', program: 'shanghai-ftz-linked', city: 'Shanghai' });
    expect(body.language).toBe('en');
    const names = body.items.map((i: { company: { name: string } }) => i.company.name);
    // Cross-border e-commerce, bonded trade and trade logistics are this zone's industries; the
    // chip designer and the EV makers name none of them (or anything above or below them), and
    // Pivot Logistics' latest profile no longer does.
    expect(new Set(names)).toEqual(new Set(['SAKURA CROSS-BORDER TRADING', '跨境优选', '株式会社港湾ロジ']));
    expect(body).toMatchObject({ matching: 3, candidates: 3 });
    expect(body.items.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3]);
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const item of body.items) {
      const key = Object.entries(PROFILES).find(([, p]) => p.name === item.company.name)![0] as keyof typeof PROFILES;
      const expected = await zoneResult(PROFILES[key], BONDED);
      expect(item.score).toBe(expected.score);
      expect(item.components).toEqual(expected.components);
      expect(item.penaltyFactor).toBe(expected.penaltyFactor);
      expect(item.explanation).toEqual(expected.explanation);
    }
  });

  it('counts a company submitted twice once, scored on its latest profile', async () => {
    const body = (await leads(BONDED)).json();
    const sakura = body.items.filter((i: { company: { name: string } }) => i.company.name.toLowerCase() === 'sakura cross-border trading');
    expect(sakura).toHaveLength(1);
    const stored = (await t.app.inject({ method: 'GET', url: `/v1/recommendations/${profileIds.get('ecommerce')}` })).json();
    expect(sakura[0].company).toMatchObject({ name: 'SAKURA CROSS-BORDER TRADING', country: 'JP', sector: 'cross-border e-commerce platform', submissions: 2 });
    expect(Date.parse(sakura[0].company.submittedAt)).toBeGreaterThanOrEqual(Date.parse(stored.createdAt));
    expect(sakura[0].explanation.matchedIndustries[0]).toMatchObject({ industryId: 'cross-border-ecommerce', relation: 'same' });
  });

  it('puts the EV parts maker first for the Shin-Nihon area, explained as a recommendation is', async () => {
    const body = (await leads('dalian-xinriben', '?limit=2')).json();
    expect(body.items).toHaveLength(2);
    // Exact fit with the area's own core NEV industry, a Japanese partner and a large plant:
    // the Kansai maker beats the German start-up, which finds a partner mismatch and no fit for its size.
    expect(body.items.map((i: { company: { name: string } }) => i.company.name)).toEqual(['Kansai EV Components Co.', 'Tiny EV Start']);
    const top = body.items[0];
    expect(top.explanation).toEqual((await zoneResult(PROFILES.nev, 'dalian-xinriben')).explanation);
    expect(top.explanation.matchedIndustries[0]).toMatchObject({ relation: 'same', source: { doc: '000_e949d19d91dea074.txt' } });
    const sum = Object.values<{ contribution: number }>(top.components).reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(sum - top.score)).toBeLessThan(1e-9);
  });

  it('explains in the language asked for, by query or Accept-Language', async () => {
    const ja = (await leads(BONDED, '?language=ja&limit=1')).json();
    expect(ja.language).toBe('ja');
    expect(ja.zone.city).toBe('上海市');
    const first = ja.items[0];
    const key = Object.entries(PROFILES).find(([, p]) => p.name === first.company.name)![0] as keyof typeof PROFILES;
    expect(first.explanation).toEqual((await zoneResult(PROFILES[key], BONDED, 'ja')).explanation);
    const zh = (await leads(BONDED, '?limit=1', { 'accept-language': 'zh-CN' })).json();
    expect(zh.language).toBe('zh');
  });

  it('answers an empty list for a zone no stored company fits', async () => {
    const body = (await leads('chengdu-cj')).json();
    expect(body).toMatchObject({ zone: { id: 'chengdu-cj' }, matching: 0, candidates: 0, items: [] });
  });

  it('answers 404 for an unknown zone', async () => {
    const res = await leads('atlantis', '', { 'x-request-id': 'leads-404' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:zone-not-found',
      title: 'No such zone',
      status: 404,
      detail: 'There is no zone with id "atlantis".',
      code: 'ZONE_NOT_FOUND',
      instance: '/v1/zones/atlantis/leads',
      requestId: 'leads-404',
    });
  });

  it('validates limit: 1–100 whole numbers', async () => {
    const zero = await leads(BONDED, '?limit=0', { 'x-request-id': 'leads-limit' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '/querystring/limit must be >= 1',
      code: 'VALIDATION_FAILED',
      instance: '/v1/zones/shanghai-lz-bonded/leads',
      requestId: 'leads-limit',
      errors: [{ path: '/querystring/limit', message: 'must be >= 1' }],
    });
    expect((await leads(BONDED, '?limit=101')).json()).toMatchObject({ status: 400, errors: [{ path: '/querystring/limit', message: 'must be <= 100' }] });
    expect((await leads(BONDED, '?limit=two')).json()).toMatchObject({ status: 400, errors: [{ path: '/querystring/limit', message: 'must be integer' }] });
    expect((await leads(BONDED, '?limt=2')).json()).toMatchObject({ status: 400, errors: [{ path: '/querystring/limt', message: 'is not a known field' }] });
    const one = (await leads(BONDED, '?limit=1')).json();
    expect(one.items).toHaveLength(1);
    expect(one).toMatchObject({ matching: 3, candidates: 3 });
  });

  it('pre-selects candidates through the zone’s concepts, their ancestors and descendants', () => {
    const service = new LeadsService(t.app.zonematch.database, () => t.app.zonematch.catalog);
    const related = service.relatedConcepts(t.app.zonematch.catalog, BONDED);
    const taxonomy = t.app.zonematch.catalog.index.taxonomy;
    for (const id of ['cross-border-ecommerce', 'bonded-trade', 'trade-logistics']) {
      expect(related).toContain(id);
      for (const ancestor of taxonomy.ancestors.get(id) ?? []) expect(related).toContain(ancestor);
    }
    expect(related).not.toContain('integrated-circuits');
  });
});

describe('leads when the database is gone', () => {
  it('answers 503 with Retry-After, not 500', async () => {
    const t = await createTestApp('pglite');
    await t.database.close();
    const res = await t.app.inject({ method: 'GET', url: `/v1/zones/${BONDED}/leads`, headers: { 'x-request-id': 'leads-503' } });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:database-unavailable',
      title: 'The database is unavailable',
      status: 503,
      detail: 'The database cannot read stored profiles right now; retry later.',
      code: 'DATABASE_UNAVAILABLE',
      instance: `/v1/zones/${BONDED}/leads`,
      requestId: 'leads-503',
    });
    await t.app.close();
  });
});
