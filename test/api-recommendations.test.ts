import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

describe.each(DATABASE_KINDS)('recommendations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  const recommend = (payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/v1/recommendations', payload, headers });

  it('ranks the same Japanese NEV parts maker the same in English, Japanese and Chinese', async () => {
    const tops: string[][] = [];
    for (const example of PROFILE_EXAMPLES) {
      const res = await recommend(example);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.language).toBe(example.options.language);
      expect(body.results).toHaveLength(5);
      tops.push(body.results.slice(0, 1).map((r: { zone: { id: string } }) => r.zone.id));
      // The Shin-Nihon area's own core industry is NEV complete vehicles and core parts.
      expect(body.results[0].zone.id).toBe('dalian-xinriben');
      expect(body.results[0].explanation.matchedIndustries[0].source.doc).toBe('000_e949d19d91dea074.txt');
    }
    expect(tops[1]).toEqual(tops[0]);
    expect(tops[2]).toEqual(tops[0]);
  });

  it('lists the five most valuable qualifying measures per zone and counts them all', async () => {
    const body = (await recommend(PROFILE_EXAMPLES[0]!)).json();
    const top = body.results[0].explanation;
    // dalian-xinriben inherits Dalian's program-wide measures: far more than five qualify here.
    expect(top.applicableIncentiveCount).toBeGreaterThan(5);
    expect(top.applicableIncentives).toHaveLength(5);
    for (const r of body.results) expect(r.explanation.applicableIncentives.length).toBe(Math.min(5, r.explanation.applicableIncentiveCount));
  });

  it('stores the answer and returns it unchanged by id', async () => {
    const res = await recommend(PROFILE_EXAMPLES[0]!);
    const body = res.json();
    expect(body.persisted).toBe(true);
    const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${body.id}` });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toEqual(body);
  });

  it('does not store the answer with persist: false', async () => {
    const body = (await recommend({ ...PROFILE_EXAMPLES[0]!, options: { persist: false } })).json();
    expect(body.persisted).toBe(false);
    const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${body.id}` });
    expect(stored.statusCode).toBe(404);
    expect(stored.json().code).toBe('RECOMMENDATION_NOT_FOUND');
  });

  it('normalizes the profile it echoes and lists the concepts it read', async () => {
    const body = (
      await recommend({
        profile: { name: '  Acme  ', sector: 'semiconductor design', country: 'jp', needs: ['talent', 'land', 'talent'], technologies: [' EDA ', 'EDA'] },
        options: { persist: false },
      })
    ).json();
    expect(body.profile).toMatchObject({ name: 'Acme', country: 'JP', needs: ['land', 'talent'], technologies: ['EDA'], products: [] });
    expect(body.profile.detectedConcepts.length).toBeGreaterThan(0);
  });

  it('takes the explanation language from Accept-Language when options.language is absent', async () => {
    const body = (
      await recommend({ profile: PROFILE_EXAMPLES[0]!.profile, options: { persist: false, limit: 1 } }, { 'accept-language': 'fr;q=1, zh-CN;q=0.9, en;q=0.5' })
    ).json();
    expect(body.language).toBe('zh');
    expect(body.results[0].explanation.summary).toMatch(/得分/);
  });

  it('keeps scores within 0–100 with contributions summing to the score', async () => {
    const body = (await recommend({ ...PROFILE_EXAMPLES[1]!, options: { persist: false, limit: 50 } })).json();
    for (const r of body.results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      const sum = Object.values<{ contribution: number }>(r.components).reduce((s, c) => s + c.contribution, 0);
      expect(Math.abs(sum - r.score)).toBeLessThan(1e-9);
    }
  });

  it('restricts candidates to the given programs or zones and rejects unknown ids', async () => {
    const programs = (await recommend({ profile: PROFILE_EXAMPLES[0]!.profile, options: { persist: false, programs: ['shanghai-ftz-linked'] } })).json();
    for (const r of programs.results) expect(r.zone.id).toMatch(/^shanghai-lz-/);
    const zones = (await recommend({ profile: PROFILE_EXAMPLES[0]!.profile, options: { persist: false, zones: ['qingdao-cj', 'tianjin-cj'] } })).json();
    expect(zones.results.map((r: { zone: { id: string } }) => r.zone.id).sort()).toEqual(['qingdao-cj', 'tianjin-cj']);
    const bad = await recommend({ profile: PROFILE_EXAMPLES[0]!.profile, options: { zones: ['atlantis'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: '/body/options/zones', message: '"atlantis" is not a known zone' }]);
  });

  it('answers a profile that fits nothing with low scores and NO_STRONG_MATCH', async () => {
    const body = (
      await recommend({ profile: { name: 'Salon Lumière', sector: 'hair salon chain', description: 'Haircuts and colouring' }, options: { persist: false } })
    ).json();
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.score).toBeLessThan(30);
      expect(r.explanation.concerns.map((c: { code: string }) => c.code)).toContain('NO_STRONG_MATCH');
    }
  });
});
