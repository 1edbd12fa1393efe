import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';
import { COMPONENT_NAMES } from '../src/engine/types.js';
import { findStoredAnswer } from '../src/repositories/recommendation-repository.js';

const [en, ja, zh] = PROFILE_EXAMPLES.map((e) => e.profile) as [
  (typeof PROFILE_EXAMPLES)[0]['profile'],
  (typeof PROFILE_EXAMPLES)[0]['profile'],
  (typeof PROFILE_EXAMPLES)[0]['profile'],
];

const CSV_HEADER = 'name,country,sector,technologies,description,employees,stage,needs';
const csvOf = (...rows: string[]) => [CSV_HEADER, ...rows].join('\n') + '\n';

describe.each(DATABASE_KINDS)('batch recommendations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  const batch = (payload: object | string, options: { headers?: Record<string, string>; query?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/recommendations/batch${options.query ?? ''}`,
      payload,
      headers: { ...(typeof payload === 'string' ? { 'content-type': 'text/csv' } : {}), ...options.headers },
    });

  it('ranks a JSON batch row by row like the single route, and stores each answer', async () => {
    const res = await batch({ profiles: [en, ja, zh], options: { language: 'en' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = res.json();
    expect(body).toMatchObject({ total: 3, succeeded: 3, failed: 0, language: 'en', persisted: true });
    expect(body.items.map((i: { row: number; status: string }) => [i.row, i.status])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
    ]);
    for (const item of body.items) {
      // Three zones per profile by default; the NEV parts maker's best fit in every language is
      // the Shin-Nihon area, whose own core industry is NEV vehicles and core parts.
      expect(item.recommendation.results).toHaveLength(3);
      expect(item.recommendation.results[0].zone.id).toBe('dalian-xinriben');
      const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${item.recommendation.id}` });
      expect(stored.statusCode).toBe(200);
      expect(stored.json()).toEqual(item.recommendation);
    }
    // The same profile through the single route scores the same.
    const single = (
      await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: en, options: { limit: 3, persist: false, language: 'en' } } })
    ).json();
    expect(body.items[0].recommendation.results.map((r: { zone: { id: string }; score: number }) => [r.zone.id, r.score])).toEqual(
      single.results.map((r: { zone: { id: string }; score: number }) => [r.zone.id, r.score]),
    );
  });

  it('answers a request without a body or content type with 400, not 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations/batch' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/body', message: 'is required: JSON { "profiles": [...] } or a text/csv file' }],
    });
  });

  it('reports bad rows with their row numbers and problems without failing the good ones', async () => {
    const res = await batch({
      profiles: [
        { name: 'Good One', sector: 'semiconductor design' },
        { name: 'Bad One', sector: '', revenue: 5 },
        'not a profile',
        { name: 'Bad Country', sector: 'biomedicine', country: 'XX', size: { employees: -3 } },
        { name: 'Good Two', sector: '新能源汽车' },
      ],
      options: { persist: false, limit: 1 },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 5, succeeded: 2, failed: 3, persisted: false });
    expect(body.items.filter((i: { status: string }) => i.status === 'invalid')).toEqual([
      {
        row: 2,
        status: 'invalid',
        name: 'Bad One',
        errors: [
          { path: '/revenue', message: 'is not a known field' },
          { path: '/sector', message: 'must not be empty' },
        ],
      },
      { row: 3, status: 'invalid', errors: [{ path: '/', message: 'must be an object' }] },
      { row: 4, status: 'invalid', name: 'Bad Country', errors: [{ path: '/size/employees', message: 'must be at least 0' }] },
    ]);
    const ok = body.items.filter((i: { status: string }) => i.status === 'ok');
    expect(ok.map((i: { row: number; name: string }) => [i.row, i.name])).toEqual([
      [1, 'Good One'],
      [5, 'Good Two'],
    ]);
    for (const item of ok) {
      expect(item.recommendation.results).toHaveLength(1);
      expect(item.recommendation.persisted).toBe(false);
      expect((await t.app.inject({ method: 'GET', url: `/v1/recommendations/${item.recommendation.id}` })).statusCode).toBe(404);
    }
  });

  it('checks the country code of a row the way the single route does', async () => {
    const body = (await batch({ profiles: [{ name: 'Nowhere Ltd', sector: 'biomedicine', country: 'XX' }], options: { persist: false } })).json();
    expect(body.items).toEqual([
      { row: 1, status: 'invalid', name: 'Nowhere Ltd', errors: [{ path: '/country', message: '"XX" is not an ISO 3166-1 alpha-2 country code' }] },
    ]);
  });

  it('reads the documented CSV columns, splitting lists on semicolons', async () => {
    const csv = csvOf(
      'Kansai EV Components Co.,JP,Automotive parts for new energy vehicles,battery management systems; electric drive motors,"Tier-1 supplier, looking for a plant",850,large,land;talent',
      '深圳微芯科技,CN,集成电路设计,EDA;芯片封装,,40,startup,financing',
    );
    const res = await batch(csv, { query: '?persist=false&language=ja' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, succeeded: 2, failed: 0, language: 'ja', persisted: false });
    expect(body.items[0].recommendation.profile).toMatchObject({
      name: 'Kansai EV Components Co.',
      country: 'JP',
      technologies: ['battery management systems', 'electric drive motors'],
      description: 'Tier-1 supplier, looking for a plant',
      size: { employees: 850 },
      stage: 'large',
      needs: ['land', 'talent'],
    });
    expect(body.items[0].recommendation.results[0].zone.id).toBe('dalian-xinriben');
    expect(body.items[1].recommendation.profile).toMatchObject({
      name: '深圳微芯科技',
      technologies: ['EDA', '芯片封装'],
      needs: ['financing'],
      stage: 'startup',
    });
  });

  it('reports bad CSV rows by row number and column, and ranks the rest', async () => {
    const csv = csvOf('Good Co,JP,semiconductor design,,,,,', 'Bad Co,Japan,,,,many,,land;moon', 'Short Row,JP', 'Other Good Co,,biomedicine,,,12,sme,');
    const body = (await batch(csv, { query: '?persist=false' })).json();
    expect(body).toMatchObject({ total: 4, succeeded: 2, failed: 2 });
    expect(body.items.filter((i: { status: string }) => i.status === 'invalid')).toEqual([
      {
        row: 2,
        line: 3,
        status: 'invalid',
        name: 'Bad Co',
        errors: [
          { path: '/employees', message: '"many" is not a number' },
          { path: '/sector', message: 'is required' },
          { path: '/country', message: 'must be a two-letter ISO 3166-1 country code, e.g. JP' },
          {
            path: '/needs',
            message: 'must be one of: land, talent, financing, rnd_collaboration, export_logistics, bonded_trade, cross_border_data, listing, ip_protection',
          },
        ],
      },
      {
        row: 3,
        line: 4,
        status: 'invalid',
        name: 'Short Row',
        errors: [
          { path: '/', message: 'has 2 cells; the header has 8 columns' },
          { path: '/sector', message: 'is required' },
        ],
      },
    ]);
    expect(body.items.filter((i: { status: string }) => i.status === 'ok').map((i: { row: number }) => i.row)).toEqual([1, 4]);
  });

  it('numbers CSV rows by the line they start on, past blank lines and quoted line breaks', async () => {
    const csv = [
      'name,sector,description,stage,needs',
      '',
      'Multi Line Co,semiconductor design,"first line',
      'second line",,',
      'Bad Stage Co,biomedicine,,giant,',
      '',
      '',
      'No Sector Co,,,,',
    ].join('\r\n');
    const body = (await batch(csv, { query: '?persist=false' })).json();
    expect(body.items.map((i: { row: number; line: number; status: string }) => [i.row, i.line, i.status])).toEqual([
      [1, 3, 'ok'],
      [2, 5, 'invalid'],
      [3, 8, 'invalid'],
    ]);
    expect(body.items[1].errors).toEqual([{ path: '/stage', message: 'must be one of: startup, sme, large, listed' }]);
    expect(body.items[2].errors).toEqual([{ path: '/sector', message: 'is required' }]);
  });

  it('reads stage and needs in any case and lists split on full-width semicolons, as the console lead list did', async () => {
    const csv = csvOf('Osaka Parts KK,JP,自動車部品,電池；モーター,,300,Large,Land；TALENT');
    const body = (await batch(csv, { query: '?persist=false' })).json();
    expect(body.items[0].status).toBe('ok');
    expect(body.items[0].recommendation.profile).toMatchObject({ technologies: ['電池', 'モーター'], stage: 'large', needs: ['land', 'talent'] });
  });

  it('stores the same answer and profile for a profile ranked alone and in a batch, but for ids and times', async () => {
    const options = { limit: 3, language: 'ja' as const, weights: { industry: 2 } };
    const single = (await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: ja, options } })).json();
    const batched = (await batch({ profiles: [{ name: 'Other Co', sector: 'biomedicine' }, ja], options })).json().items[1].recommendation;
    const [alone, inBatch] = await Promise.all([findStoredAnswer(t.database.db, single.id), findStoredAnswer(t.database.db, batched.id)]);
    const withoutIds = (answer: Record<string, unknown>) => ({ ...answer, id: undefined, createdAt: undefined });
    expect(alone!.response).toEqual(single);
    expect(inBatch!.response).toEqual(batched);
    expect(withoutIds(batched)).toEqual(withoutIds(single));
    expect(JSON.stringify(inBatch!.profile)).toBe(JSON.stringify(alone!.profile));
    expect(inBatch!.profile).toMatchObject({ name: ja.name, sector: ja.sector });
  });

  it('answers CSV when asked, one line per row with the top zones and the problems', async () => {
    const csv = csvOf('Kansai EV Components Co.,JP,Automotive parts for new energy vehicles,,,850,large,land', 'Bad Co,JP,,,,,,');
    const res = await batch(csv, { headers: { accept: 'text/csv' }, query: '?limit=2' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(res.body) as string[][];
    expect(header).toEqual([
      'row',
      'status',
      'name',
      'rank1_zone',
      'rank1_name',
      'rank1_score',
      'rank2_zone',
      'rank2_name',
      'rank2_score',
      'recommendation_id',
      'problems',
    ]);
    expect(rows).toHaveLength(2);
    const [good, bad] = rows as [string[], string[]];
    expect(good.slice(0, 4)).toEqual(['1', 'ok', 'Kansai EV Components Co.', 'dalian-xinriben']);
    expect(Number(good[5])).toBeGreaterThan(Number(good[8]));
    // Stored by default: the id in the CSV reads back.
    const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${good[9]}` });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().results[0].score.toFixed(1)).toBe(good[5]);
    expect(bad).toEqual(['2', 'invalid', 'Bad Co', '', '', '', '', '', '', '', '/sector is required']);
  });

  it('answers CSV for a JSON body too when CSV is preferred, and JSON when JSON is preferred', async () => {
    const payload = { profiles: [{ name: 'Good Co', sector: 'semiconductor design' }], options: { persist: false } };
    const csv = await batch(payload, { headers: { accept: 'application/json;q=0.5, text/csv' } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\n')[0]).toBe(
      'row,status,name,rank1_zone,rank1_name,rank1_score,rank2_zone,rank2_name,rank2_score,rank3_zone,rank3_name,rank3_score,recommendation_id,problems',
    );
    const json = await batch(payload, { headers: { accept: 'text/csv;q=0.5, application/json' } });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('refuses more than 1,000 profiles with a 400 problem, as JSON and as CSV', async () => {
    const profiles = Array.from({ length: 1001 }, (_, i) => ({ name: `Co ${i}`, sector: 'biomedicine' }));
    const json = await batch({ profiles, options: { persist: false } }, { headers: { 'x-request-id': 'big-1' } });
    expect(json.statusCode).toBe(400);
    expect(json.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(json.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '/body/profiles must have at most 1000 items',
      code: 'VALIDATION_FAILED',
      instance: '/v1/recommendations/batch',
      requestId: 'big-1',
      errors: [{ path: '/body/profiles', message: 'must have at most 1000 items' }],
    });
    const csv = await batch(csvOf(...Array.from({ length: 1001 }, (_, i) => `Co ${i},,biomedicine,,,,,`)), { headers: { 'x-request-id': 'big-2' } });
    expect(csv.statusCode).toBe(400);
    expect(csv.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '/body has 1001 profiles; at most 1000 per request (split the list)',
      code: 'VALIDATION_FAILED',
      instance: '/v1/recommendations/batch',
      requestId: 'big-2',
      errors: [{ path: '/body', message: 'has 1001 profiles; at most 1000 per request (split the list)' }],
    });
  });

  it('refuses an empty batch', async () => {
    const res = await batch({ profiles: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/body/profiles', message: 'must not be empty' }] });
  });

  it('answers a body over the batch size limit with 413', async () => {
    const res = await batch(csvOf(`Huge Co,JP,biomedicine,,${'x'.repeat(11 * 1024 * 1024)},,,`), { headers: { 'x-request-id': 'huge-1' } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:payload-too-large',
      title: 'The request body is too large',
      status: 413,
      detail: 'The body is larger than 10 MiB (10485760 bytes), the most POST /v1/recommendations/batch takes.',
      code: 'PAYLOAD_TOO_LARGE',
      instance: '/v1/recommendations/batch',
      requestId: 'huge-1',
    });
  });

  it('rejects a CSV with unknown or missing columns, naming them', async () => {
    const res = await batch('name,revenue\nAcme,5\n', { headers: { 'x-request-id': 'cols-1' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail:
        '/body/header/1 "revenue" is not a known column (name, country, sector, technologies, description, employees, stage, needs); /body/header the required column "sector" is missing',
      code: 'VALIDATION_FAILED',
      instance: '/v1/recommendations/batch',
      requestId: 'cols-1',
      errors: [
        { path: '/body/header/1', message: '"revenue" is not a known column (name, country, sector, technologies, description, employees, stage, needs)' },
        { path: '/body/header', message: 'the required column "sector" is missing' },
      ],
    });
  });

  it('rejects text that is not CSV with 400 INVALID_CSV', async () => {
    const res = await batch('name,sector\n"Acme,biomedicine\n');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ code: 'INVALID_CSV', title: 'The request body is not readable CSV', status: 400 });
    expect(body.detail).toMatch(/^The CSV body cannot be read: Quote Not Closed/);
    expect(body.errors).toEqual([{ path: '/body', message: expect.stringMatching(/^Quote Not Closed/) }]);
  });

  it('fails the whole request for bad options, as the single route does', async () => {
    const zeros = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, 0]));
    const weights = await batch({ profiles: [{ name: 'A', sector: 'biomedicine' }], options: { weights: zeros } });
    expect(weights.statusCode).toBe(400);
    expect(weights.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/body/options/weights', message: 'at least one weight must be above zero' }],
    });
    const limit = await batch({ profiles: [{ name: 'A', sector: 'biomedicine' }], options: { limit: 11 } });
    expect(limit.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/body/options/limit', message: 'must be at most 10' }] });
    const query = await batch({ profiles: [{ name: 'A', sector: 'biomedicine' }] }, { query: '?limit=2' });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/querystring/limit', message: 'applies to text/csv bodies only; send options in the JSON body' }],
    });
  });

  it('keeps CSV to this route: other routes still answer 415, and unknown Accept types 406', async () => {
    const single = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: 'name,sector\nA,B\n', headers: { 'content-type': 'text/csv' } });
    expect(single.statusCode).toBe(415);
    expect(single.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const zones = await t.app.inject({ method: 'GET', url: '/v1/zones', headers: { accept: 'text/csv' } });
    expect(zones.statusCode).toBe(406);
    const xml = await batch({ profiles: [{ name: 'A', sector: 'B' }] }, { headers: { accept: 'application/xml' } });
    expect(xml.statusCode).toBe(406);
    expect(xml.json().code).toBe('NOT_ACCEPTABLE');
    const plain = await batch('name,sector\nA,B\n', { headers: { 'content-type': 'text/plain' } });
    expect(plain.statusCode).toBe(415);
  });
});

describe('a batch when the database is gone', () => {
  it('answers 503 with Retry-After and stores nothing, and still ranks with persist: false', async () => {
    const t = await createTestApp('pglite');
    await t.database.close();
    const profiles = [{ name: 'Good Co', sector: 'semiconductor design' }];
    const stored = await t.app.inject({ method: 'POST', url: '/v1/recommendations/batch', payload: { profiles }, headers: { 'x-request-id': 'batch-503' } });
    expect(stored.statusCode).toBe(503);
    expect(stored.headers['retry-after']).toBe('5');
    expect(stored.json()).toEqual({
      type: 'urn:zonematch:problem:database-unavailable',
      title: 'The database is unavailable',
      status: 503,
      detail: 'The database cannot store the batch right now; nothing was stored. Retry later, or send persist=false to rank without storing.',
      code: 'DATABASE_UNAVAILABLE',
      instance: '/v1/recommendations/batch',
      requestId: 'batch-503',
    });
    const ranked = await t.app.inject({ method: 'POST', url: '/v1/recommendations/batch', payload: { profiles, options: { persist: false } } });
    expect(ranked.statusCode).toBe(200);
    expect(ranked.json()).toMatchObject({ succeeded: 1, persisted: false });
    await t.app.close();
  });
});
