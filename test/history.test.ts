import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

const base = PROFILE_EXAMPLES[0]!.profile;

/** Four stored answers, oldest first, each given a fixed storage time afterwards. */
const STORED = [
  { name: 'Kansai EV Components Co.', country: 'JP', language: 'en', at: '2026-11-02T08:00:00.000Z' },
  { name: '株式会社関西EVコンポーネンツ', country: 'JP', language: 'ja', at: '2026-11-30T23:59:59.000Z' },
  { name: 'Hanse Battery GmbH', country: 'DE', language: 'en', at: '2026-12-01T00:00:00.000Z' },
  { name: 'KANSAI Precision', country: 'JP', language: 'zh', at: '2026-12-05T09:30:00.000Z' },
] as const;

describe.each(DATABASE_KINDS)('the history of stored answers on %s', (kind) => {
  let t: TestApp;
  const ids: string[] = [];
  const tops: { id: string; name: string; score: number }[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const s of STORED) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: { profile: { ...base, name: s.name, country: s.country }, options: { language: s.language, limit: 3 } },
      });
      const body = res.json();
      ids.push(body.id);
      tops.push({ id: body.results[0].zone.id, name: body.results[0].zone.name, score: body.results[0].score });
      await t.database.db.execute(sql`update recommendations set created_at = ${s.at}::timestamptz where id = ${body.id}`);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const history = (query = '') => t.app.inject({ method: 'GET', url: `/v1/recommendations${query}` });
  const entry = (i: number) => ({
    id: ids[i],
    company: { name: STORED[i]!.name, country: STORED[i]!.country },
    createdAt: STORED[i]!.at,
    language: STORED[i]!.language,
    topZone: tops[i],
  });

  it('lists stored answers newest first with their company, date, language and top zone', async () => {
    const res = await history();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [entry(3), entry(2), entry(1), entry(0)], total: 4, limit: 20, offset: 0 });
    // The top zone is named in the answer's own language.
    expect(tops[1]!.name).not.toBe(tops[0]!.name);
  });

  it('finds a company by any part of its name, in any case', async () => {
    const body = (await history('?company=kansai')).json();
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([ids[3], ids[0]]);
    expect(body.total).toBe(2);
    expect((await history(`?company=${encodeURIComponent('関西')}`)).json().items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
    // Pattern characters are plain text, not wildcards.
    expect((await history('?company=%25')).json()).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('keeps answers within dates, a date covering its whole UTC day', async () => {
    const within = (query: string) => history(query).then((r) => r.json().items.map((i: { id: string }) => i.id));
    expect(await within('?from=2026-11-30&to=2026-12-01')).toEqual([ids[2], ids[1]]);
    expect(await within('?from=2026-12-01')).toEqual([ids[3], ids[2]]);
    expect(await within('?to=2026-11-30')).toEqual([ids[1], ids[0]]);
    expect(await within(`?to=${encodeURIComponent('2026-12-01T00:00:00Z')}`)).toEqual([ids[2], ids[1], ids[0]]);
    expect(await within(`?from=${encodeURIComponent('2026-12-05T18:30:00+09:00')}`)).toEqual([ids[3]]);
    expect(await within('?company=kansai&from=2026-12-01')).toEqual([ids[3]]);
  });

  it('pages with limit and offset, counting every match', async () => {
    const first = (await history('?limit=2')).json();
    expect(first).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([ids[3], ids[2]]);
    const last = (await history('?limit=2&offset=3')).json();
    expect(last).toMatchObject({ total: 4, limit: 2, offset: 3, items: [entry(0)] });
    expect((await history('?offset=10')).json()).toEqual({ items: [], total: 4, limit: 20, offset: 10 });
  });

  it('refuses bad dates, a from after to and a limit out of range, naming the field', async () => {
    const cases: [string, string, string][] = [
      ['?from=yesterday', '/querystring/from', '"yesterday" is not an ISO 8601 date (2026-12-05) or date-time with a time zone (2026-12-05T09:30:00Z)'],
      ['?to=2026-02-30', '/querystring/to', '"2026-02-30" is not an ISO 8601 date (2026-12-05) or date-time with a time zone (2026-12-05T09:30:00Z)'],
      [
        '?from=2026-12-05T09:30:00',
        '/querystring/from',
        '"2026-12-05T09:30:00" is not an ISO 8601 date (2026-12-05) or date-time with a time zone (2026-12-05T09:30:00Z)',
      ],
      ['?from=2026-12-05&to=2026-12-01', '/querystring/to', 'must not be before from (2026-12-05)'],
      ['?limit=0', '/querystring/limit', 'must be at least 1'],
      ['?limit=101', '/querystring/limit', 'must be at most 100'],
      ['?offset=-1', '/querystring/offset', 'must be at least 0'],
      ['?sort=name', '/querystring/sort', 'is not a known field'],
    ];
    for (const [query, path, message] of cases) {
      const res = await history(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json(), query).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path, message }] });
    }
  });
});
