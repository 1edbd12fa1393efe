import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { readCatalog, seedCatalog } from '../src/repositories/catalog-repository.js';
import { createApiKey } from '../src/repositories/api-key-repository.js';
import { CatalogView } from '../src/services/catalog-view.js';
import { seedFiles } from './helpers/app.js';
import { createTestDatabase, DATABASE_KINDS, type DatabaseKind, type TestDatabase } from './helpers/database.js';

const CSP =
  "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'";

interface Fixture {
  database: TestDatabase;
  build(config?: Partial<AppOptions['config']>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

async function fixture(kind: DatabaseKind): Promise<Fixture> {
  const database = await createTestDatabase(kind);
  await seedCatalog(database.db, seedFiles());
  const catalog = new CatalogView(await readCatalog(database.db));
  const apps: FastifyInstance[] = [];
  return {
    database,
    async build(config = {}) {
      const app = await buildApp({ config: { logLevel: 'silent', ...config }, database, catalog, logger: false });
      await app.ready();
      apps.push(app);
      return app;
    },
    async close() {
      for (const app of apps) await app.close();
      await database.destroy();
    },
  };
}

function expectSecurityHeaders(res: LightMyRequestResponse) {
  expect(res.headers['content-security-policy']).toBe(CSP);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('security headers and CORS', () => {
  let f: Fixture;
  let plain: FastifyInstance;
  let withCors: FastifyInstance;
  beforeAll(async () => {
    f = await fixture('pglite');
    plain = await f.build();
    withCors = await f.build({ corsOrigins: ['https://tools.example.org', 'http://localhost:5173'] });
  });
  afterAll(async () => {
    await f?.close();
  });

  it('sends the helmet headers on answers, on errors and on the documentation', async () => {
    expectSecurityHeaders(await plain.inject({ method: 'GET', url: '/v1/zones?limit=1' }));
    const missing = await plain.inject({ method: 'GET', url: '/v1/zones/atlantis' });
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing);
    expectSecurityHeaders(await plain.inject({ method: 'GET', url: '/docs/' }));
    expectSecurityHeaders(await plain.inject({ method: 'GET', url: '/health' }));
    // No route at all, and a body the route refuses.
    const nowhere = await plain.inject({ method: 'GET', url: '/no-such-path' });
    expect(nowhere.statusCode).toBe(404);
    expectSecurityHeaders(nowhere);
    const refused = await plain.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': 'application/json' }, payload: '{"profile":' });
    expect(refused.statusCode).toBe(400);
    expectSecurityHeaders(refused);
  });

  it('keeps Swagger UI working under the policy: only same-origin script files, no inline script', async () => {
    const page = await plain.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      // script-src 'self' allows exactly this: a relative src and nothing inline.
      expect(content!.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes!)?.[1];
      expect(src).toMatch(/^\.\/static\/[\w.-]+\.js$/);
      const file = await plain.inject({ method: 'GET', url: `/docs/${src!.slice(2)}` });
      expect(file.statusCode, src).toBe(200);
    }
    for (const [, href] of page.body.matchAll(/<link rel="stylesheet" type="text\/css" href="([^"]+)"/g)) {
      expect(href).toMatch(/^\.\/static\//);
      expect((await plain.inject({ method: 'GET', url: `/docs/${href!.slice(2)}` })).statusCode, href).toBe(200);
    }
    // The page loads the document from the same origin.
    expect((await plain.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });

  it('renders Swagger UI in Chromium without a single policy violation or script error', { timeout: 120_000 }, async () => {
    const served = await f.build();
    await served.listen({ port: 0, host: '127.0.0.1' });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
      );
      await page.goto(`http://127.0.0.1:${(served.server.address() as AddressInfo).port}/docs`);
      await page.waitForSelector('.opblock', { timeout: 60_000 });
      expect(await page.textContent('.info .title')).toContain('zonematch');
      // The bearer scheme is offered for trying out keyed routes.
      await page.click('.btn.authorize');
      expect(await page.textContent('.modal-ux')).toContain('bearerAuth');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const res = await plain.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: { origin: 'https://tools.example.org' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await plain.inject({
      method: 'OPTIONS',
      url: '/v1/zones',
      headers: { origin: 'https://tools.example.org', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('allows a configured origin, and exposes the request id and rate-limit headers to it', async () => {
    const res = await withCors.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: { origin: 'https://tools.example.org' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://tools.example.org');
    expect(res.headers.vary).toContain('Origin');
    expect(String(res.headers['access-control-expose-headers']).split(', ')).toEqual(
      expect.arrayContaining(['x-request-id', 'retry-after', 'www-authenticate']),
    );
    const local = await withCors.inject({ method: 'GET', url: '/health', headers: { origin: 'http://localhost:5173' } });
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('answers a preflight from a configured origin for a keyed PUT', async () => {
    const preflight = await withCors.inject({
      method: 'OPTIONS',
      url: '/v1/zones/dalian-xinriben',
      headers: { origin: 'https://tools.example.org', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://tools.example.org');
    expect(String(preflight.headers['access-control-allow-methods']).split(/,\s*/)).toContain('PUT');
    expect(String(preflight.headers['access-control-allow-headers']).split(/,\s*/)).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(preflight.headers['access-control-max-age']).toBe('600');
  });

  it('does not allow an origin that is not configured', async () => {
    const res = await withCors.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: { origin: 'https://evil.example.com' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)('rate limits on %s', (kind) => {
  let f: Fixture;
  let limited: FastifyInstance;
  let key: string;
  beforeAll(async () => {
    f = await fixture(kind);
    limited = await f.build({ rateLimitMax: 3, rateLimitWindowSeconds: 60 });
    key = (await createApiKey(f.database.db, { label: 'CRM sync', role: 'reader' })).key;
  });
  afterAll(async () => {
    await f?.close();
  });

  // Each test comes from its own address, so each starts with a fresh allowance.
  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) => limited.inject({ method: 'GET', url, remoteAddress, headers });

  it('answers 429 with Retry-After once an address exceeds the limit', async () => {
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/v1/concepts', '198.51.100.1');
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('3');
      remaining.push(res.headers['x-ratelimit-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const res = await get('/v1/zones', '198.51.100.1', { 'x-request-id': 'req-too-many' });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['x-request-id']).toBe('req-too-many');
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(res.json()).toEqual({
      type: 'urn:zonematch:problem:rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: `More than 3 requests in 60 s from this address; retry in ${retryAfter} s.`,
      code: 'RATE_LIMITED',
      instance: '/v1/zones',
      requestId: 'req-too-many',
    });
    expectSecurityHeaders(res);
  });

  it('never limits /health and /ready', async () => {
    for (let i = 0; i < 4; i++) expect((await get('/v1/concepts', '198.51.100.2')).statusCode).toBe(i < 3 ? 200 : 429);
    for (let i = 0; i < 6; i++) {
      const health = await get('/health', '198.51.100.2');
      expect(health.statusCode).toBe(200);
      expect(health.headers['x-ratelimit-limit']).toBeUndefined();
      expect((await get('/ready', '198.51.100.2')).statusCode).toBe(200);
    }
  });

  it('counts a key on its own, wherever its requests come from', async () => {
    for (let i = 0; i < 4; i++) await get('/v1/concepts', '198.51.100.3');
    expect((await get('/v1/concepts', '198.51.100.3')).statusCode).toBe(429);
    // The address is exhausted, but the key has its own allowance, shared across addresses.
    const first = await get('/v1/concepts', '198.51.100.3', { authorization: `Bearer ${key}` });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-ratelimit-remaining']).toBe('2');
    expect((await get('/v1/concepts', '203.0.113.7', { authorization: `Bearer ${key}` })).headers['x-ratelimit-remaining']).toBe('1');
    expect((await get('/v1/concepts', '203.0.113.8', { authorization: `Bearer ${key}` })).headers['x-ratelimit-remaining']).toBe('0');
    const over = await get('/v1/concepts', '203.0.113.9', { authorization: `Bearer ${key}` });
    expect(over.statusCode).toBe(429);
    expect(over.json().detail).toBe(`More than 3 requests in 60 s with the API key "CRM sync"; retry in ${over.headers['retry-after']} s.`);
  });

  it('counts requests with a wrong key against the address', async () => {
    const wrong = { authorization: `Bearer zm_${'q'.repeat(43)}` };
    for (let i = 0; i < 3; i++) expect((await get('/v1/concepts', '198.51.100.4', wrong)).statusCode).toBe(401);
    expect((await get('/v1/concepts', '198.51.100.4', wrong)).statusCode).toBe(429);
    expect((await get('/v1/concepts', '198.51.100.4')).statusCode).toBe(429);
  });

  it('does not limit at all with RATE_LIMIT_MAX=0', async () => {
    const unlimited = await f.build({ rateLimitMax: 0 });
    for (let i = 0; i < 5; i++) {
      const res = await unlimited.inject({ method: 'GET', url: '/v1/concepts', remoteAddress: '198.51.100.5' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});
