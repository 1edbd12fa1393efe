import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { COMPARISON_FIELDS } from '../src/schemas/comparison-dto.js';
import { createTestApp, seedFiles, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

interface Ranked {
  rank: number;
  score: number;
  zone: { id: string; name: string };
  components: Record<string, { score: number; weight: number; contribution: number }>;
  explanation: { summary: string; matchedIndustries: unknown[]; applicableIncentives: unknown[]; applicableIncentiveCount: number; concerns: unknown[] };
}

/** The Japanese example: a NEV parts maker looking for a plant site in northern China. */
const JAPANESE = PROFILE_EXAMPLES[1]!;

describe.each(DATABASE_KINDS)('comparing zones of a stored answer on %s', (kind) => {
  let t: TestApp;
  let answer: { id: string; language: string; results: Ranked[] };
  beforeAll(async () => {
    t = await createTestApp(kind);
    answer = (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: JAPANESE })).json();
  });
  afterAll(async () => {
    await t.close();
  });

  const compare = (id: string, zones: string, extra = '') =>
    t.app.inject({ method: 'GET', url: `/v1/recommendations/${id}/compare?zones=${encodeURIComponent(zones)}${extra}` });

  /** What POST /v1/recommendations says for this profile and one zone. */
  const rankedAlone = async (zone: string, options: object = {}): Promise<Ranked> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: JAPANESE.profile, options: { language: 'ja', persist: false, zones: [zone], ...options } },
    });
    expect(res.statusCode).toBe(200);
    return res.json().results[0];
  };

  it("gives zones of the answer, in the order asked for, the answer's own scores, parts and reasons", async () => {
    const [first, second, third] = answer.results;
    const res = await compare(answer.id, `${third!.zone.id},${first!.zone.id},${second!.zone.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ recommendationId: answer.id, company: JAPANESE.profile.name, language: 'ja', weights: { industry: 0.75, technology: 0.25 } });
    expect(body.zones.map((z: { id: string }) => z.id)).toEqual([third!.zone.id, first!.zone.id, second!.zone.id]);
    for (const [zone, result] of [
      [body.zones[0], third!],
      [body.zones[1], first!],
      [body.zones[2], second!],
    ] as const) {
      expect(zone.name).toBe(result.zone.name);
      expect(zone.score).toBe(result.score);
      expect(zone.components).toEqual(result.components);
      expect(zone.inAnswer).toEqual({ rank: result.rank, score: result.score });
      expect(zone.summary).toBe(result.explanation.summary);
      expect(zone.matchedIndustries).toEqual(result.explanation.matchedIndustries);
      expect(zone.applicableIncentives).toEqual(result.explanation.applicableIncentives);
      expect(zone.applicableIncentiveCount).toBe(result.explanation.applicableIncentiveCount);
      expect(zone.concerns).toEqual(result.explanation.concerns);
    }
  });

  it('scores a catalog zone the answer did not list exactly as a ranking restricted to it would', async () => {
    const listed = answer.results.map((r) => r.zone.id);
    const unlisted = ['shanghai-lz-hongkou', 'chengdu-cj', 'zhongguancun'].find((id) => !listed.includes(id))!;
    expect(unlisted).toBeDefined();
    const body = (await compare(answer.id, `${listed[0]},${unlisted}`)).json();
    const alone = await rankedAlone(unlisted);
    const zone = body.zones[1];
    expect(zone).toMatchObject({ id: unlisted, name: alone.zone.name, score: alone.score, inAnswer: null, summary: alone.explanation.summary });
    expect(zone.components).toEqual(alone.components);
    expect(zone.concerns).toEqual(alone.explanation.concerns);
  });

  it("shows the catalog's figures with their sources, and the titles of the documents cited", async () => {
    const body = (await compare(answer.id, 'dalian-xinriben,zhongguancun')).json();
    const [dalian, beijing] = body.zones;
    const seed = seedFiles().zones.find((z) => z.id === 'dalian-xinriben')!;
    expect(dalian.figures).toEqual({
      areaKm2: seed.areaKm2 ?? null,
      distancesKm: { port: seed.distancesKm?.port ?? null, airport: seed.distancesKm?.airport ?? null, cityCentre: seed.distancesKm?.cityCentre ?? null },
    });
    expect(dalian.figures.areaKm2.value).toBeGreaterThan(0);
    expect(dalian.location).toEqual({
      province: seed.location.province.ja,
      city: seed.location.city.ja,
      district: seed.location.district!.ja,
      coordinates: seed.location.coordinates ?? null,
    });
    expect(dalian.location.coordinates).toEqual({ lat: expect.any(Number), lon: expect.any(Number) });
    // Every source is titled in the answer's language from seeds/sources.json, once per section.
    const titles = new Map(seedFiles().sources.map((s) => [s.doc, s.title.ja]));
    expect(dalian.sources.length).toBeGreaterThan(0);
    for (const source of [...dalian.sources, ...beijing.sources]) expect(source.title).toBe(titles.get(source.doc));
    const keys = dalian.sources.map((s: { doc: string; section: string }) => `${s.doc}|${s.section}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`${seed.areaKm2!.source.doc}|${seed.areaKm2!.source.section}`);
  });

  it('lines the fields up in rows, one value per zone, and flags the rows where the zones differ', async () => {
    const body = (await compare(answer.id, 'dalian-xinriben,dalian-xizhongdao,zhongguancun')).json();
    expect(body.rows.map((r: { field: string }) => r.field)).toEqual([...COMPARISON_FIELDS]);
    const row = (field: string) => body.rows.find((r: { field: string }) => r.field === field);
    expect(row('score').values).toEqual(body.zones.map((z: { score: number }) => z.score));
    expect(row('components.industry').values).toEqual(body.zones.map((z: Ranked) => z.components.industry!.contribution));
    expect(row('applicableIncentiveCount').values).toEqual(body.zones.map((z: { applicableIncentiveCount: number }) => z.applicableIncentiveCount));
    expect(row('areaKm2').values).toEqual(body.zones.map((z: { figures: { areaKm2: { value: number } | null } }) => z.figures.areaKm2?.value ?? null));
    expect(row('partners').values).toEqual(body.zones.map((z: { partners: { country: string }[] }) => z.partners.map((p) => p.country)));
    expect(row('score').differs).toBe(true);

    // Two Dalian areas share their program's partner country: the row is flagged only with Beijing in it.
    const dalianPair = (await compare(answer.id, 'dalian-xinriben,dalian-xizhongdao')).json();
    const partners = dalianPair.rows.find((r: { field: string }) => r.field === 'partners');
    expect(partners.values).toEqual([['JP'], ['JP']]);
    expect(partners.differs).toBe(false);
    expect(row('partners').differs).toBe(true);
  });

  it("compares with the answer's own weights", async () => {
    const weights = { industry: 0.1, logistics: 0.6 };
    const weighted = (
      await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: JAPANESE.profile, options: { language: 'ja', weights } } })
    ).json();
    const body = (await compare(weighted.id, 'dalian-xinriben,zhongguancun')).json();
    expect(body.weights).toEqual(weighted.weights);
    expect(body.weights).toMatchObject(weights);
    expect(body.zones[1].score).toBe((await rankedAlone('zhongguancun', { weights })).score);
  });

  it('answers in another language when asked', async () => {
    const body = (await compare(answer.id, 'dalian-xinriben,zhongguancun', '&language=en')).json();
    expect(body.language).toBe('en');
    expect(body.zones[1].name).toBe('Zhongguancun Science Park');
  });

  it('refuses fewer than two, more than five, repeated and malformed zone lists, naming zones', async () => {
    const cases: [string, string][] = [
      ['dalian-xinriben', 'names 1 zone; give 2 to 5'],
      ['a,b,c,d,e,f', 'names 6 zones; give 2 to 5'],
      ['dalian-xinriben,zhongguancun,dalian-xinriben', 'names dalian-xinriben more than once; each zone once'],
      ['dalian-xinriben,,zhongguancun', 'has an empty entry; separate zone ids with single commas'],
      ['dalian-xinriben,Zhong Guan', 'has "Zhong Guan", not zone ids (lower-case letters, digits and hyphens)'],
    ];
    for (const [zones, message] of cases) {
      const res = await compare(answer.id, zones);
      expect(res.statusCode, zones).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        detail: `/querystring/zones ${message}`,
        errors: [{ path: '/querystring/zones', message }],
      });
    }
    const missing = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${answer.id}/compare` });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: '/querystring/zones', message: 'is required' }]);
  });

  it('answers 404 for an unknown recommendation and names the unknown zones', async () => {
    const unknownAnswer = await compare('4b0f2a9e-0000-4000-8000-000000000000', 'dalian-xinriben,zhongguancun');
    expect(unknownAnswer.statusCode).toBe(404);
    expect(unknownAnswer.json()).toMatchObject({
      code: 'RECOMMENDATION_NOT_FOUND',
      detail: 'There is no recommendation with id "4b0f2a9e-0000-4000-8000-000000000000".',
    });
    const unknownZones = await compare(answer.id, 'dalian-xinriben,atlantis,el-dorado');
    expect(unknownZones.statusCode).toBe(404);
    expect(unknownZones.json()).toMatchObject({ code: 'ZONE_NOT_FOUND', detail: 'There is no zone "atlantis", "el-dorado" in the catalog.' });
  });
});
