import { maxHeaderSize } from 'node:http';
import { connect } from 'node:net';
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
    const missing = await t.app.inject({ method: 'GET', url: '/v1/nothing?x=1', headers: { 'x-request-id': 'nf-1' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(missing.json()).toEqual({
      type: 'urn:zonematch:problem:not-found',
      title: 'No such resource',
      status: 404,
      detail: 'No resource at /v1/nothing.',
      code: 'NOT_FOUND',
      instance: '/v1/nothing',
      requestId: 'nf-1',
    });
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
    expect(res.json().errors).toEqual([{ path: '/body/profile/size/employees', message: 'must be a number' }]);
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

  it('answers malformed JSON with 400 INVALID_JSON, saying what the parser found', async () => {
    const text = '{"profile": ';
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json', 'x-request-id': 'json-1' },
      payload: text,
    });
    expect(res.statusCode).toBe(400);
    // The parser's own words (they vary between Node versions).
    const parserSays = (() => {
      try {
        JSON.parse(text);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:invalid-json',
      title: 'The request body is not valid JSON',
      status: 400,
      detail: `The body is not valid JSON: ${parserSays}.`,
      code: 'INVALID_JSON',
      instance: '/v1/recommendations',
      requestId: 'json-1',
    });
  });

  it('answers an empty JSON body and one with a __proto__ key with 400 INVALID_JSON', async () => {
    const empty = await t.app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'INVALID_JSON', detail: 'The body is empty, but its Content-Type says JSON; send a JSON document.' });
    const poisoned = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json' },
      payload: '{"profile": {"name": "A", "sector": "b", "__proto__": {"x": 1}}}',
    });
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.json()).toMatchObject({ code: 'INVALID_JSON', detail: 'The body has a __proto__ or constructor.prototype key, which is not accepted.' });
  });

  it('answers an unsupported media type with 415 naming the types the endpoint takes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'text/plain', 'x-request-id': 'type-1' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:unsupported-media-type',
      title: 'Unsupported media type',
      status: 415,
      detail: 'POST /v1/recommendations does not take text/plain; send application/json.',
      code: 'UNSUPPORTED_MEDIA_TYPE',
      instance: '/v1/recommendations',
      requestId: 'type-1',
    });
    const batch = await t.app.inject({ method: 'POST', url: '/v1/recommendations/batch', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(batch.statusCode).toBe(415);
    expect(batch.json().detail).toBe('POST /v1/recommendations/batch does not take application/xml; send application/json or text/csv.');
  });

  it('answers a body shorter than its Content-Length with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json', 'content-length': '50', 'x-request-id': 'len-1' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:bad-request',
      title: 'The request cannot be processed',
      status: 400,
      detail: 'The body is not as long as its Content-Length header says.',
      code: 'BAD_REQUEST',
      instance: '/v1/recommendations',
      requestId: 'len-1',
    });
  });

  it('names the allowed values of a field limited to a list, in one line', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'x-request-id': 'enum-1' },
      payload: { profile: { ...profile, stage: 'giant', needs: ['land', 'moon'] }, options: { language: 'fr' } },
    });
    expect(res.statusCode).toBe(400);
    const needs = 'land, talent, financing, rnd_collaboration, export_logistics, bonded_trade, cross_border_data, listing, ip_protection';
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: `/body/profile/stage must be one of: startup, sme, large, listed; /body/profile/needs/1 must be one of: ${needs}; /body/options/language must be one of: en, ja, zh`,
      code: 'VALIDATION_FAILED',
      instance: '/v1/recommendations',
      requestId: 'enum-1',
      errors: [
        { path: '/body/profile/stage', message: 'must be one of: startup, sme, large, listed' },
        { path: '/body/profile/needs/1', message: `must be one of: ${needs}` },
        { path: '/body/options/language', message: 'must be one of: en, ja, zh' },
      ],
    });
  });

  it('says what each validation rule wants in words, and counts the problems the detail leaves out', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: {
        profile: {
          name: '',
          sector: 7,
          isic: 'x',
          technologies: Array.from({ length: 51 }, () => 't'),
          size: { employees: -1 },
          attributes: { highTech: 'yes' },
        },
        options: { limit: 1.5, zones: [] },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: '/body/profile/name', message: 'must not be empty' },
      { path: '/body/profile/sector', message: 'must be a string' },
      { path: '/body/profile/isic', message: 'must be an ISIC Rev.4 code of 2 to 4 digits, e.g. 2610' },
      { path: '/body/profile/technologies', message: 'must have at most 50 items' },
      { path: '/body/profile/size/employees', message: 'must be at least 0' },
      { path: '/body/profile/attributes/highTech', message: 'must be true or false' },
      { path: '/body/options/limit', message: 'must be a whole number' },
      { path: '/body/options/zones', message: 'must not be empty' },
    ]);
    expect(res.json().detail).toBe(
      '/body/profile/name must not be empty; /body/profile/sector must be a string; /body/profile/isic must be an ISIC Rev.4 code of 2 to 4 digits, e.g. 2610; and 5 more',
    );
  });

  it('answers a path with an undecodable escape as a 400 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones/%ED%A0%80', headers: { 'x-request-id': 'url-1' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['x-request-id']).toBe('url-1');
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:bad-request',
      title: 'The request cannot be processed',
      status: 400,
      detail: 'The path /v1/zones/%ED%A0%80 has a percent escape that is not UTF-8 text; escape text as UTF-8 bytes (encodeURIComponent does).',
      code: 'BAD_REQUEST',
      instance: '/v1/zones/%ED%A0%80',
      requestId: 'url-1',
    });
  });

  it('answers a body over 1 MiB with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ profile: { ...profile, description: 'x'.repeat(1024 * 1024) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      detail: 'The body is larger than 1 MiB (1048576 bytes), the most POST /v1/recommendations takes.',
    });
  });

  it('answers an Accept it cannot satisfy with 406', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/zones', headers: { accept: 'application/xml' } });
    expect(res.statusCode).toBe(406);
    expect(res.json().code).toBe('NOT_ACCEPTABLE');
  });

  it('rejects an unknown concept filter and an out-of-range limit on the zone list', async () => {
    const concept = await t.app.inject({ method: 'GET', url: '/v1/zones?concept=unicorns' });
    expect(concept.statusCode).toBe(400);
    expect(concept.json().errors).toEqual([{ path: '/querystring/concept', message: '"unicorns" is not a concept of the taxonomy (see GET /v1/concepts)' }]);
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

/** Sends raw bytes to a listening server and gives back the status, headers and body of its answer. */
function rawRequest(port: number, request: Buffer | string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // the server closes the connection after answering
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(statusLine.split(' ')[1]);
      if (!status) return reject(new Error(`no answer: ${text}`));
      resolve({ status, headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])), body });
    });
  });
}

describe('requests the HTTP parser refuses before Fastify sees them', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  afterAll(async () => {
    await t.close();
  });

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: string }, expected: object) => {
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = JSON.parse(res.body);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-request-id']).toBe(body.requestId);
    expect({ ...body, requestId: undefined }).toEqual({ ...expected, requestId: undefined });
  };

  it('answers raw UTF-8 in the query string with a 400 problem saying how to encode it', async () => {
    const res = await rawRequest(port, Buffer.from('GET /v1/zones?q=纺织 HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    expect(res.status).toBe(400);
    expectProblem(res, {
      type: 'urn:zonematch:problem:bad-request',
      title: 'The request cannot be processed',
      status: 400,
      detail:
        'The URL has a character that must be percent-encoded: write text such as 纺织 as UTF-8 escapes (?q=%E7%BA%BA%E7%BB%87, what encodeURIComponent gives).',
      code: 'BAD_REQUEST',
    });
  });

  it('answers a Content-Length that is not a number, or given twice, with a 400 problem', async () => {
    const res = await rawRequest(
      port,
      'POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    );
    expect(res.status).toBe(400);
    expectProblem(res, {
      type: 'urn:zonematch:problem:bad-request',
      title: 'The request cannot be processed',
      status: 400,
      detail: 'The Content-Length header is not valid (Invalid character in Content-Length); send one decimal length, and not with Transfer-Encoding.',
      code: 'BAD_REQUEST',
    });
    const twice = await rawRequest(port, 'POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}');
    expect(twice.status).toBe(400);
    expect(JSON.parse(twice.body).detail).toBe(
      'The Content-Length header is not valid (Duplicate Content-Length); send one decimal length, and not with Transfer-Encoding.',
    );
  });

  it('answers headers over the size limit with 431 and a malformed header with 400, both problems', async () => {
    const big = await rawRequest(port, `GET /v1/zones HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(maxHeaderSize + 1)}\r\n\r\n`);
    expect(big.status).toBe(431);
    expectProblem(big, {
      type: 'urn:zonematch:problem:headers-too-large',
      title: 'The request headers are too large',
      status: 431,
      detail: `The request headers are larger than ${maxHeaderSize} bytes, the most this server reads.`,
      code: 'HEADERS_TOO_LARGE',
    });
    const bad = await rawRequest(port, 'GET /v1/zones HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ code: 'BAD_REQUEST', detail: 'The request is not valid HTTP/1.1 (Invalid header token).' });
  });

  it('reads the same text percent-encoded', async () => {
    const res = await rawRequest(port, 'GET /v1/zones/%E7%BA%BA%E7%BB%87 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'ZONE_NOT_FOUND', detail: 'There is no zone with id "纺织".' });
  });
});
