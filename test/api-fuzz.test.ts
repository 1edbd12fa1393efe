import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OPENAPI_PATH } from '../src/tools/openapi.js';
import { createTestApp, type TestApp } from './helpers/app.js';

// Whatever a client sends, the answer is a 2xx or a 4xx problem — never a 5xx — and nothing
// the client sends can reach Object.prototype.
describe('hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => {
    await t.close();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const hostileStrings = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom(
      "'; drop table zones; --",
      '<script>alert(1)</script>',
      '\u0000',
      '\uD800',
      '__proto__',
      'constructor',
      '%00',
      '../../etc/passwd',
      '𠮷野家',
      'ｱｲｳ',
    ),
  );
  const hostileValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      hostileStrings,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(hostileStrings, fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted')), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  // encodeURIComponent refuses lone surrogates; a hostile client sends their raw (invalid UTF-8) bytes.
  const encode = (text: string) =>
    text
      .split(/([\uD800-\uDFFF])/u)
      .map((part) => (/^[\uD800-\uDFFF]$/u.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
      .join('');
  const expectClientSafe = (res: { statusCode: number; headers: Record<string, unknown> }, label: string) => {
    expect(res.statusCode, label).toBeLessThan(500);
    if (res.statusCode >= 400) expect(res.headers['content-type'], label).toBe('application/problem+json; charset=utf-8');
  };

  it('answers random JSON bodies on every POST route without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/v1/recommendations', '/v1/concepts/detect'), hostileValue, async (url, body) => {
        const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
        expectClientSafe(res, `${url} ${JSON.stringify(body)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('answers profiles with hostile field values without a 5xx', async () => {
    const profile = fc.record(
      {
        name: fc.oneof(hostileStrings, hostileValue),
        sector: fc.oneof(hostileStrings, hostileValue),
        country: hostileValue,
        technologies: fc.oneof(fc.array(hostileStrings, { maxLength: 60 }), hostileValue),
        description: fc.oneof(hostileStrings, fc.string({ minLength: 4000, maxLength: 6000 })),
        size: hostileValue,
        needs: hostileValue,
        attributes: hostileValue,
      },
      { requiredKeys: ['name', 'sector'] },
    );
    await fc.assert(
      fc.asyncProperty(profile, fc.option(hostileValue), async (p, options) => {
        const payload = JSON.stringify({ profile: p, ...(options === null ? {} : { options }) });
        const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'application/json' }, payload });
        expectClientSafe(res, payload.slice(0, 300));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores __proto__ and constructor keys instead of polluting prototypes', async () => {
    for (const payload of [
      '{"profile":{"name":"a","sector":"b","__proto__":{"polluted":true}}}',
      '{"__proto__":{"polluted":true},"profile":{"name":"a","sector":"b"}}',
      '{"profile":{"name":"a","sector":"b","constructor":{"prototype":{"polluted":true}}}}',
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'application/json' }, payload });
      expectClientSafe(res, payload);
      expect(res.statusCode).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers truncated JSON, wrong content types and hostile query strings without a 5xx', async () => {
    const valid = JSON.stringify({ profile: { name: 'Acme', sector: 'robots' } });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: valid.length }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data', ''),
        async (cut, type) => {
          const res = await t.app.inject({
            method: 'POST',
            url: '/v1/recommendations',
            headers: type ? { 'content-type': type } : {},
            payload: valid.slice(0, cut),
          });
          expectClientSafe(res, `${type} ${valid.slice(0, cut)}`);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('q', 'limit', 'offset', 'concept', 'program', 'province', '__proto__', 'x'), hostileStrings),
        async (query) => {
          const qs = Object.entries(query)
            .map(([k, v]) => `${encode(k)}=${encode(v)}`)
            .join('&');
          const res = await t.app.inject({ method: 'GET', url: `/v1/zones?${qs}` });
          expectClientSafe(res, qs);
        },
      ),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(hostileStrings, async (id) => {
        for (const url of [`/v1/zones/${encode(id)}`, `/v1/recommendations/${encode(id)}`]) {
          const res = await t.app.inject({ method: 'GET', url });
          expectClientSafe(res, url);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('answers random requests to every route of the OpenAPI document — paths, queries, headers and bodies — without a 5xx, and changes nothing', async () => {
    const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(13);
    const before = (await t.app.inject({ method: 'GET', url: '/v1/zones?limit=1000' })).json();
    const headerValue = fc.oneof(
      hostileStrings.map((v) => v.replace(/[^\t\x20-\x7e]/g, '')),
      fc.constantFrom('Bearer zm_AAAA', 'Bearer', 'Basic Zm9vOmJhcg==', 'text/csv', 'application/json', '*/*', 'text/html;q=0', 'ja,zh;q=0.5'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(hostileStrings, fc.constantFrom('dalian-xinriben', 'zhongguancun', '00000000-0000-4000-8000-000000000000')),
        fc.dictionary(fc.constantFrom('q', 'limit', 'offset', 'concept', 'program', 'language', 'persist', '__proto__'), hostileStrings, { maxKeys: 3 }),
        fc.dictionary(fc.constantFrom('content-type', 'accept', 'authorization', 'accept-language', 'x-request-id'), headerValue, { maxKeys: 4 }),
        fc.oneof(
          hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
          hostileStrings,
        ),
        async (route, id, query, headers, payload) => {
          const qs = Object.entries(query)
            .map(([k, v]) => `${encode(k)}=${encode(v)}`)
            .join('&');
          const url = `${route.path.replace(/\{[^}]+\}/g, encode(id))}${qs ? `?${qs}` : ''}`;
          const withBody = route.method === 'POST' || route.method === 'PUT';
          const res = await t.app.inject({ method: route.method as 'GET', url, headers, ...(withBody ? { payload } : {}) });
          expectClientSafe(res, `${route.method} ${url} ${JSON.stringify(headers)} ${withBody ? payload.slice(0, 200) : ''}`);
        },
      ),
      { numRuns: 400 },
    );
    // No key was valid, so no change could be made: the catalog is as it was.
    expect((await t.app.inject({ method: 'GET', url: '/v1/zones?limit=1000' })).json()).toEqual(before);
  });

  it('stores a profile with hostile but storable strings and reads it back byte for byte', async () => {
    const name = "Ω'; drop table zones; -- <script>𠮷</script> \u200b ｱ";
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: { name, sector: '半導体 "quoted" \\ backslash', description: '\t tab\nnewline' } },
    });
    expect(res.statusCode).toBe(200);
    const stored = await t.app.inject({ method: 'GET', url: `/v1/recommendations/${res.json().id}` });
    expect(stored.json().profile.name).toBe(name);
    expect(stored.json().profile.sector).toBe('半導体 "quoted" \\ backslash');
    expect(stored.json().profile.description).toBe('tab\nnewline');
  });
});
