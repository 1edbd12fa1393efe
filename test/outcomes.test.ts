import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/repositories/api-key-repository.js';
import { OUTCOME_CSV_COLUMNS } from '../src/services/outcome-service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { DATABASE_KINDS } from './helpers/database.js';

const NEV = {
  name: 'Kansai EV Components Co.',
  country: 'JP',
  sector: 'Automotive parts for new energy vehicles',
  technologies: ['battery management systems'],
  needs: ['land'],
};
const NEV_SMALL = { name: 'Tiny EV Start', country: 'DE', sector: 'new energy vehicles', size: { employees: 8 }, stage: 'startup' };
const DALIAN = 'dalian-xinriben';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe.each(DATABASE_KINDS)('lead outcomes on %s', (kind) => {
  let t: TestApp;
  const keys = { reader: '', staff: '', admin: '' };
  let nev = '';
  let nevSmall = '';
  beforeAll(async () => {
    t = await createTestApp(kind);
    keys.reader = (await createApiKey(t.database.db, { label: 'CRM sync', role: 'reader' })).key;
    keys.staff = (await createApiKey(t.database.db, { label: 'Dalian desk', role: 'staff' })).key;
    keys.admin = (await createApiKey(t.database.db, { label: 'Head office', role: 'admin' })).key;
    for (const [profile, set] of [
      [NEV, (id: string) => (nev = id)],
      [NEV_SMALL, (id: string) => (nevSmall = id)],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile } });
      set(res.json().id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  const record = (body: object, key = keys.staff, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/v1/leads/outcomes', payload: body, headers: { ...bearer(key), ...headers } });
  const list = (query = '', key = keys.reader, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/v1/leads/outcomes${query}`, headers: { ...bearer(key), ...headers } });

  it('records an outcome with the staff key’s label and the server’s time', async () => {
    const before = Date.now();
    const res = await record({ company: nev, zone: DALIAN, status: 'contacted', note: '  Sent the zone brief  ' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      company: { name: NEV.name, country: 'JP', recommendationId: nev },
      zone: { id: DALIAN, name: 'China-Japan (Dalian) Model Zone – Shin-Nihon Industrial Park Area' },
      status: 'contacted',
      note: 'Sent the zone brief',
      recordedBy: 'Dalian desk',
      recordedAt: expect.stringMatching(ISO),
    });
    expect(Date.parse(body.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
    // An admin key may record too; names follow Accept-Language.
    const ja = await record({ company: nevSmall, zone: DALIAN, status: 'visited' }, keys.admin, { 'accept-language': 'ja' });
    expect(ja.statusCode).toBe(201);
    expect(ja.json()).toMatchObject({ recordedBy: 'Head office', zone: { id: DALIAN, name: '中日（大連）地方発展協力モデル区 新日本工業団地エリア' } });
  });

  it('refuses a reader key (403) and a request without a key (401), as problems', async () => {
    const reader = await record({ company: nev, zone: DALIAN, status: 'visited' }, keys.reader);
    expect(reader.statusCode).toBe(403);
    expect(reader.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(reader.json()).toMatchObject({ code: 'FORBIDDEN', detail: 'This endpoint needs role staff; the key "CRM sync" has role reader.' });
    const anonymous = await t.app.inject({ method: 'POST', url: '/v1/leads/outcomes', payload: { company: nev, zone: DALIAN, status: 'visited' } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({
      code: 'UNAUTHORIZED',
      detail: 'This endpoint needs an API key with role staff; send it as Authorization: Bearer <key>.',
    });
    const listAnonymous = await t.app.inject({ method: 'GET', url: '/v1/leads/outcomes' });
    expect(listAnonymous.statusCode).toBe(401);
  });

  it('names the allowed statuses for a bad one', async () => {
    const res = await record({ company: nev, zone: DALIAN, status: 'won' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: '/body/status must be one of: contacted, visited, negotiating, invested, declined',
      errors: [{ path: '/body/status', message: 'must be one of: contacted, visited, negotiating, invested, declined' }],
    });
  });

  it('needs a reason for a declined lead', async () => {
    for (const body of [
      { company: nev, zone: DALIAN, status: 'declined' },
      { company: nev, zone: DALIAN, status: 'declined', reason: '   ' },
    ]) {
      const res = await record(body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/body/reason', message: 'is required when status is declined' }] });
    }
  });

  it('answers 404 for an unknown zone and an unknown recommendation, and 400 for a company that is not an id', async () => {
    const zone = await record({ company: nev, zone: 'atlantis', status: 'visited' });
    expect(zone.statusCode).toBe(404);
    expect(zone.json()).toMatchObject({ code: 'ZONE_NOT_FOUND', detail: 'There is no zone "atlantis" in the catalog.' });
    const company = await record({ company: '4b0f2a9e-0000-4000-8000-000000000000', zone: DALIAN, status: 'visited' });
    expect(company.statusCode).toBe(404);
    expect(company.json()).toMatchObject({
      code: 'RECOMMENDATION_NOT_FOUND',
      detail: 'There is no recommendation with id "4b0f2a9e-0000-4000-8000-000000000000" (company names a company by one of its stored recommendations).',
    });
    const name = await record({ company: 'Kansai EV Components Co.', zone: DALIAN, status: 'visited' });
    expect(name.statusCode).toBe(400);
    expect(name.json().errors).toEqual([{ path: '/body/company', message: 'must be a UUID, e.g. 3f2b8c1e-9a4d-4e2b-8f1a-2c3d4e5f6a7b' }]);
  });

  it('has no route to change or delete an outcome', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      const res = await t.app.inject({ method, url: '/v1/leads/outcomes', headers: bearer(keys.admin) });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe('GET, POST');
    }
  });

  it("shows each lead's latest outcome for the zone in its lead list, with the recommendation to record against", async () => {
    await record({ company: nev, zone: DALIAN, status: 'visited' });
    // Recorded last, but for another zone: the Dalian list still shows "visited".
    await record({ company: nev, zone: 'zhongguancun', status: 'declined', reason: 'Wants a coastal site' });
    const res = await t.app.inject({ method: 'GET', url: `/v1/zones/${DALIAN}/leads` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { company: { name: string; recommendationId: string }; latestOutcome?: object }[];
    const kansai = items.find((i) => i.company.name === NEV.name)!;
    expect(kansai.company.recommendationId).toBe(nev);
    expect(kansai.latestOutcome).toEqual({ status: 'visited', recordedAt: expect.stringMatching(ISO), recordedBy: 'Dalian desk' });
    const tiny = items.find((i) => i.company.name === NEV_SMALL.name)!;
    expect(tiny.latestOutcome).toMatchObject({ status: 'visited', recordedBy: 'Head office' });
  });

  it('lists outcomes newest first, filtered by zone, company name part and status, a page at a time', async () => {
    const all = (await list()).json();
    expect(all.total).toBe(4);
    expect(all.items.map((o: { status: string; zone: { id: string } }) => `${o.zone.id} ${o.status}`)).toEqual([
      'zhongguancun declined',
      `${DALIAN} visited`,
      `${DALIAN} visited`,
      `${DALIAN} contacted`,
    ]);
    expect(all.items[0]).toMatchObject({ reason: 'Wants a coastal site', company: { name: NEV.name } });
    const times = all.items.map((o: { recordedAt: string }) => o.recordedAt);
    expect(times).toEqual([...times].sort().reverse());

    expect((await list(`?zone=${DALIAN}&status=visited`)).json().total).toBe(2);
    const tiny = (await list('?company=TINY')).json();
    expect(tiny.items.map((o: { company: { name: string } }) => o.company.name)).toEqual([NEV_SMALL.name]);
    const page = (await list('?limit=2&offset=1')).json();
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.items.map((o: { id: string }) => o.id)).toEqual(all.items.slice(1, 3).map((o: { id: string }) => o.id));
    const bad = await list('?status=won');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: '/querystring/status', message: 'must be one of: contacted, visited, negotiating, invested, declined' }]);
  });

  it('exports the outcomes as CSV, at outcomes.csv and with Accept: text/csv', async () => {
    const json = (await list(`?zone=${DALIAN}`)).json();
    const file = await t.app.inject({ method: 'GET', url: `/v1/leads/outcomes.csv?zone=${DALIAN}`, headers: bearer(keys.reader) });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="lead-outcomes.csv"');
    const [header, ...rows] = parse(file.body) as string[][];
    expect(header).toEqual([...OUTCOME_CSV_COLUMNS]);
    expect(rows).toEqual(
      json.items.map(
        (o: {
          recordedAt: string;
          company: { name: string; country?: string; recommendationId: string };
          zone: { id: string; name: string };
          status: string;
          reason?: string;
          note?: string;
          recordedBy: string;
          id: string;
        }) => [
          o.recordedAt,
          o.company.name,
          o.company.country ?? '',
          o.company.recommendationId,
          o.zone.id,
          o.zone.name,
          o.status,
          o.reason ?? '',
          o.note ?? '',
          o.recordedBy,
          o.id,
        ],
      ),
    );
    const negotiated = await list(`?zone=${DALIAN}`, keys.reader, { accept: 'text/csv' });
    expect(negotiated.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(negotiated.body).toBe(file.body);
    const noKey = await t.app.inject({ method: 'GET', url: '/v1/leads/outcomes.csv' });
    expect(noKey.statusCode).toBe(401);
  });
});
