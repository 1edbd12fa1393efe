import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedFiles, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe.each(DATABASE_KINDS)('the read API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers liveness and readiness', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.body).toBe('{"status":"ok"}');
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.json()).toEqual({ status: 'ready', catalogVersion: seedFiles().version, zones: seedFiles().zones.length });
  });

  it('lists every zone in id order with the total', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(seedFiles().zones.length);
    expect(ids(body)).toEqual(
      seedFiles()
        .zones.map((z) => z.id)
        .sort(),
    );
  });

  it('pages with limit and offset', async () => {
    const all = ids((await t.app.inject({ method: 'GET', url: '/v1/zones' })).json());
    const page = (await t.app.inject({ method: 'GET', url: '/v1/zones?limit=3&offset=2' })).json();
    expect(ids(page)).toEqual(all.slice(2, 5));
    expect(page.total).toBe(all.length);
  });

  it('filters by program, including zones of child programs', async () => {
    const dalian = (await t.app.inject({ method: 'GET', url: '/v1/zones?program=cj-dalian' })).json();
    expect(ids(dalian)).toEqual(['dalian-huayuankou', 'dalian-songmudao', 'dalian-xinriben', 'dalian-xizhongdao']);
    const cj = ids((await t.app.inject({ method: 'GET', url: '/v1/zones?program=cj-model-zones' })).json());
    expect(cj).toEqual(expect.arrayContaining(['dalian-xinriben', 'qingdao-cj', 'tianjin-cj', 'shanghai-cj', 'suzhou-cj', 'chengdu-cj']));
    expect(cj).toHaveLength(9);
  });

  it('filters by province in any language', async () => {
    for (const province of ['Hubei', '湖北省']) {
      const res = await t.app.inject({ method: 'GET', url: `/v1/zones?province=${encodeURIComponent(province)}` });
      expect(ids(res.json())).toEqual(['wuhan-east-lake']);
    }
  });

  it('filters by concept including its descendants', async () => {
    const field = ids((await t.app.inject({ method: 'GET', url: '/v1/zones?concept=next-gen-it' })).json());
    const ic = ids((await t.app.inject({ method: 'GET', url: '/v1/zones?concept=integrated-circuits' })).json());
    expect(ic).toContain('shanghai-zhangjiang');
    for (const id of ic) expect(field).toContain(id);
  });

  it('finds the same zones for a query in English, Japanese or Chinese', async () => {
    const search = async (q: string) => ids((await t.app.inject({ method: 'GET', url: `/v1/zones?q=${encodeURIComponent(q)}` })).json());
    const en = await search('integrated circuits');
    expect(en).toContain('shanghai-zhangjiang');
    expect(await search('集積回路')).toEqual(en);
    expect(await search('集成电路')).toEqual(en);
  });

  it('returns a zone with its own and inherited facts and their sources', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones/wuhan-east-lake' });
    expect(res.statusCode).toBe(200);
    const zone = res.json();
    expect(zone).toMatchObject({
      id: 'wuhan-east-lake',
      name: { en: 'Wuhan East Lake New Technology Development Zone', ja: '武漢東湖新技術開発区', zh: '武汉东湖新技术开发区' },
      program: { id: 'national-high-tech' },
      programs: ['national-high-tech'],
      kind: 'high_tech_zone',
      location: { province: { en: 'Hubei', ja: '湖北省', zh: '湖北省' }, city: { en: 'Wuhan', ja: '武漢市', zh: '武汉市' } },
      completeness: 'minimal',
      catalogueCodes: ['G422031'],
    });
    expect(zone.industries[0]).toEqual({
      id: 'optoelectronics',
      name: { en: 'Optoelectronics', ja: '光電子', zh: '光电子' },
      concepts: ['optoelectronics'],
      level: 'core',
      details: [],
      source: { doc: '001_eaf0b4e527a92ad6.txt', section: '一、情勢上の必要性 > （一）発展の基礎' },
      origin: 'zone',
    });
    const program = seedFiles().programs.find((p) => p.id === 'national-high-tech')!;
    expect(zone.industries.slice(1).map((i: { id: string; origin: string; programId: string }) => [i.id, i.origin, i.programId])).toEqual(
      program.industries.map((i) => [i.id, 'program', 'national-high-tech']),
    );
    expect(zone.incentives.map((i: { id: string }) => i.id)).toEqual(program.incentives.map((i) => i.id));
    expect(zone.restrictions).toHaveLength(program.restrictions.length);
    expect(zone.sources).toContainEqual({
      doc: '001_eaf0b4e527a92ad6.txt',
      section: '一、情勢上の必要性 > （一）発展の基礎',
      title: seedFiles().sources.find((s) => s.doc === '001_eaf0b4e527a92ad6.txt')!.title,
    });
  });

  it('lists programs with their zones and the taxonomy as a tree', async () => {
    const programs = (await t.app.inject({ method: 'GET', url: '/v1/programs' })).json();
    const dalian = programs.items.find((p: { id: string }) => p.id === 'cj-dalian');
    expect(dalian.parent).toBe('cj-model-zones');
    expect(dalian.zones).toEqual(['dalian-huayuankou', 'dalian-songmudao', 'dalian-xinriben', 'dalian-xizhongdao']);
    const concepts = (await t.app.inject({ method: 'GET', url: '/v1/concepts' })).json();
    expect(concepts.total).toBe(seedFiles().concepts.length);
    const nev = concepts.items.find((c: { id: string }) => c.id === 'nev');
    expect(nev.labels.ja.length).toBeGreaterThan(0);
    expect(nev.children.map((c: { id: string }) => c.id)).toContain('nev-batteries');
    const count = (nodes: { children: unknown[] }[]): number => nodes.reduce((n, c) => n + 1 + count(c.children as never), 0);
    expect(count(concepts.items)).toBe(seedFiles().concepts.length);
  });

  it('detects the same concept in three languages', async () => {
    const detect = async (text: string) =>
      (await t.app.inject({ method: 'POST', url: '/v1/concepts/detect', payload: { text } })).json().concepts.map((c: { id: string }) => c.id);
    expect(await detect('新エネルギー自動車')).toEqual(['nev']);
    expect(await detect('新能源汽车')).toEqual(['nev']);
    expect(await detect('new energy vehicles')).toEqual(['nev']);
  });
});
