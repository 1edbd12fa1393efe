import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { COMPONENT_NAMES } from '../src/engine/types.js';

const profile = { name: 'Test KK', sector: 'new energy vehicles', country: 'JP' };

describe('errors are problem+json with stable codes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an unknown zone with 404 ZONE_NOT_FOUND', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones/atlantis', headers: { 'x-request-id': 'req-1' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['x-request-id']).toBe('req-1');
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:zone-not-found',
      title: 'No such zone',
      status: 404,
      detail: 'There is no zone with id "atlantis".',
      code: 'ZONE_NOT_FOUND',
      instance: '/v1/zones/atlantis',
      requestId: 'req-1',
    });
  });

  it('answers an unknown path with 404 NOT_FOUND and a wrong method with 405 and Allow', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'No resource at /v1/nothing.' });
    const wrong = await t.app.inject({ method: 'DELETE', url: '/v1/recommendations' });
    expect(wrong.statusCode).toBe(405);
    // GET lists the stored answers (the history), POST ranks.
    expect(wrong.headers.allow).toBe('GET, POST');
    expect(wrong.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED', detail: 'DELETE is not allowed on /v1/recommendations; use GET, POST.' });
  });

  it('rejects unknown profile fields, naming them', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: { ...profile, revenue: 5 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/body/profile/revenue', message: 'is not a known field' }],
    });
  });

  it('lists every invalid field with its path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: { sector: 'x', stage: 'giant', size: { employees: -1 } }, options: { limit: 0 } },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/profile/name', '/body/profile/stage', '/body/profile/size/employees', '/body/options/limit']));
  });

  it('does not coerce body types', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: { ...profile, size: { employees: '12' } } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: '/body/profile/size/employees', message: 'must be number' }]);
  });

  it('rejects a country that is not an ISO 3166-1 code', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile: { ...profile, country: 'XX' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: '/body/profile/country', message: '"XX" is not an ISO 3166-1 alpha-2 country code' }]);
  });

  it('rejects weights that are all zero', async () => {
    const zero = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, 0]));
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { weights: zero } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: '/body/options/weights', message: 'at least one weight must be above zero' }]);
  });

  it('rejects text Postgres could not store byte for byte (NUL, lone surrogates)', async () => {
    for (const name of ['a\u0000b', 'a\uD800b']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ profile: { ...profile, name } }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('/body/profile/name');
    }
  });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'application/json' }, payload: '{"profile": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_JSON');
  });

  it('answers an unsupported media type with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a path with an undecodable escape as a 400 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones/%ED%A0%80' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ profile: { ...profile, description: 'x'.repeat(1024 * 1024) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an Accept it cannot satisfy with 406', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones', headers: { accept: 'application/xml' } });
    expect(res.statusCode).toBe(406);
    expect(res.json().code).toBe('NOT_ACCEPTABLE');
  });

  it('rejects an unknown concept filter and an out-of-range limit on the zone list', async () => {
    const concept = await t.app.inject({ method: 'GET', url: '/v1/zones?concept=unicorns' });
    expect(concept.statusCode).toBe(400);
    expect(concept.json().errors).toEqual([{ path: '/querystring/concept', message: 'is not a concept of the taxonomy (see GET /v1/concepts)' }]);
    const limit = await t.app.inject({ method: 'GET', url: '/v1/zones?limit=5000' });
    expect(limit.statusCode).toBe(400);
    expect(limit.json().errors[0].path).toBe('/querystring/limit');
  });

  it('answers a recommendation id that is not a UUID with 404, not a database error', async () => {
    const res = await t.app.inject({ method: 'GET', url: "/v1/recommendations/1'%20or%201=1" });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('RECOMMENDATION_NOT_FOUND');
  });
});

describe('when the database is gone', () => {
  it('answers 503 with Retry-After for persisted recommendations, and still ranks with persist: false', async () => {
    const t = await createTestApp('pglite');
    await t.database.close();
    const stored = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile } });
    expect(stored.statusCode).toBe(503);
    expect(stored.headers['retry-after']).toBe('5');
    expect(stored.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    const ready = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    const ranked = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { profile, options: { persist: false } } });
    expect(ranked.statusCode).toBe(200);
    expect(ranked.json().persisted).toBe(false);
    await t.app.close();
  });
});
