import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { requireRole } from '../src/auth/guard.js';
import { readCatalog, seedCatalog } from '../src/repositories/catalog-repository.js';
import { openDatabase } from '../db/client.js';
import {
  API_KEY_PATTERN,
  createApiKey,
  findActiveApiKey,
  forgetResolvedKeys,
  generateApiKey,
  listApiKeys,
  revokeApiKey,
  trustResolvedKeys,
} from '../src/repositories/api-key-repository.js';
import { PROFILE_EXAMPLES } from '../src/schemas/examples.js';
import { CatalogView } from '../src/services/catalog-view.js';
import { seedFiles } from './helpers/app.js';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/database.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/**
 * The real app on `database`, plus two probe routes guarded the way catalog-change routes are,
 * so role checks are tested here independently of which catalog routes exist.
 */
async function buildTestApp(database: TestDatabase, config: Partial<AppOptions['config']> = {}): Promise<FastifyInstance> {
  const catalog = new CatalogView(await readCatalog(database.db));
  const app = await buildApp({ config: { logLevel: 'silent', ...config }, database, catalog, logger: false });
  await app.register(
    async (v1) => {
      const BodySchema = { type: 'object', properties: { note: { type: 'string' } }, required: ['note'], additionalProperties: false };
      v1.put(
        '/auth-probe/admin',
        {
          preHandler: requireRole('admin'),
          schema: { tags: ['catalog'], summary: 'probe', body: BodySchema, response: { 200: { type: 'object', properties: { key: { type: 'string' } } } } },
        },
        async (request) => ({ key: request.apiKey!.label }),
      );
      v1.get('/auth-probe/reader', { preHandler: requireRole('reader') }, async (request) => ({ key: request.apiKey!.label }));
      v1.get('/auth-probe/whoami', async (request) => ({ apiKey: request.apiKey }));
    },
    { prefix: '/v1' },
  );
  await app.ready();
  return app;
}

describe.each(DATABASE_KINDS)('API keys and roles on %s', (kind) => {
  let database: TestDatabase;
  let open: FastifyInstance;
  let required: FastifyInstance;
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedCatalog(database.db, seedFiles());
    open = await buildTestApp(database);
    required = await buildTestApp(database, { authRequired: true });
    admin = (await createApiKey(database.db, { label: 'Dalian desk', role: 'admin' })).key;
    reader = (await createApiKey(database.db, { label: 'CRM sync', role: 'reader' })).key;
  });
  afterAll(async () => {
    await open?.close();
    await required?.close();
    await database?.destroy();
  });

  describe('the key store', () => {
    it('creates keys as zm_ and 43 base64url characters and stores only their SHA-256', async () => {
      const { key, record } = await createApiKey(database.db, { label: '  Suzhou office  ', role: 'reader' });
      expect(key).toMatch(API_KEY_PATTERN);
      expect(record).toMatchObject({ label: 'Suzhou office', role: 'reader', prefix: key.slice(0, 10), revokedAt: null, lastUsedAt: null });

      const [stored] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, record.id));
      expect(stored!.keyHash).toBe(sha256(key));
      // Nothing in the table holds the key itself: no column value contains it.
      const everything = JSON.stringify(await database.db.select().from(apiKeys));
      expect(everything).toContain(sha256(key));
      expect(everything).not.toContain(key);
      expect(everything).not.toContain(key.slice(10));
    });

    it('generates a different key every time', async () => {
      const keys = await Promise.all([1, 2, 3].map((n) => createApiKey(database.db, { label: `batch ${n}`, role: 'reader' })));
      expect(new Set(keys.map((k) => k.key)).size).toBe(3);
    });

    it('refuses a blank label and an unknown role', async () => {
      await expect(createApiKey(database.db, { label: '   ', role: 'admin' })).rejects.toThrow('A key needs a non-empty label');
      await expect(createApiKey(database.db, { label: 'x', role: 'owner' as 'admin' })).rejects.toThrow('Unknown role "owner"; use reader, staff or admin');
    });

    it('lists keys with their label, role and prefix, and never the key', async () => {
      const listed = await listApiKeys(database.db);
      const dalian = listed.find((k) => k.label === 'Dalian desk')!;
      expect(Object.keys(dalian).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'prefix', 'revokedAt', 'role']);
      expect(dalian).toMatchObject({ role: 'admin', prefix: admin.slice(0, 10), revokedAt: null });
      expect(JSON.stringify(listed)).not.toContain(admin);
      expect(JSON.stringify(listed)).not.toContain(reader);
      // Oldest first.
      const created = listed.map((k) => k.createdAt.getTime());
      expect(created).toEqual([...created].sort((a, b) => a - b));
    });

    it('resolves a live key to its id, label and role, and records when it was last used', async () => {
      const { key, record } = await createApiKey(database.db, { label: 'resolver', role: 'admin' });
      const now = new Date('2030-01-01T00:00:00Z');
      expect(await findActiveApiKey(database.db, key, now)).toEqual({ id: record.id, label: 'resolver', role: 'admin' });
      expect((await listApiKeys(database.db)).find((k) => k.id === record.id)!.lastUsedAt).toEqual(now);
      // Within a minute the timestamp is not rewritten on every request.
      await findActiveApiKey(database.db, key, new Date('2030-01-01T00:00:30Z'));
      expect((await listApiKeys(database.db)).find((k) => k.id === record.id)!.lastUsedAt).toEqual(now);
      expect(await findActiveApiKey(database.db, `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
      expect(await findActiveApiKey(database.db, 'zm_short')).toBeNull();
    });

    it('revokes a key once and reports a second revocation and an unknown id', async () => {
      const { record } = await createApiKey(database.db, { label: 'to revoke', role: 'reader' });
      const first = await revokeApiKey(database.db, record.id);
      expect(first.status).toBe('revoked');
      const second = await revokeApiKey(database.db, record.id);
      expect(second).toMatchObject({ status: 'already-revoked', record: { id: record.id } });
      if (first.status !== 'not-found' && second.status !== 'not-found') expect(second.record.revokedAt).toEqual(first.record.revokedAt);
      expect(await revokeApiKey(database.db, '00000000-0000-4000-8000-000000000000')).toEqual({ status: 'not-found' });
      expect(await revokeApiKey(database.db, 'not-a-uuid')).toEqual({ status: 'not-found' });
    });
  });

  describe('with AUTH_REQUIRED off (the default)', () => {
    it('answers read and recommendation endpoints without a key', async () => {
      expect((await open.inject({ method: 'GET', url: '/v1/zones?limit=1' })).statusCode).toBe(200);
      const res = await open.inject({ method: 'POST', url: '/v1/recommendations', payload: { ...PROFILE_EXAMPLES[0]!, options: { persist: false } } });
      expect(res.statusCode).toBe(200);
      expect((await open.inject({ method: 'GET', url: '/v1/auth-probe/whoami' })).json()).toEqual({ apiKey: null });
    });

    it('knows which key a request carries', async () => {
      const res = await open.inject({ method: 'GET', url: '/v1/auth-probe/whoami', headers: bearer(reader) });
      expect(res.json()).toEqual({ apiKey: { id: expect.any(String), label: 'CRM sync', role: 'reader' } });
    });

    it.each([
      ['an unknown key', `Bearer zm_${'x'.repeat(43)}`, 'The API key is not valid: it is malformed, unknown or revoked.'],
      ['a malformed key', 'Bearer not-a-key', 'The API key is not valid: it is malformed, unknown or revoked.'],
      ['another scheme', 'Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer <key>".'],
      ['an empty bearer', 'Bearer ', 'The Authorization header must be "Bearer <key>".'],
    ])('refuses %s on an open endpoint with 401 instead of ignoring it', async (_, authorization, detail) => {
      const res = await open.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: { authorization, 'x-request-id': 'req-bad-key' } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="zonematch", error="invalid_token"');
      expect(res.headers['x-request-id']).toBe('req-bad-key');
      expect(res.json()).toEqual({
        type: 'urn:zonematch:problem:unauthorized',
        title: 'A valid API key is required',
        status: 401,
        detail,
        code: 'UNAUTHORIZED',
        instance: '/v1/zones',
        requestId: 'req-bad-key',
      });
    });

    it('answers an admin route without a key with 401 and a Bearer challenge, before looking at the body', async () => {
      const res = await open.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { wrong: true }, headers: { 'x-request-id': 'req-no-key' } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="zonematch"');
      expect(res.json()).toEqual({
        type: 'urn:zonematch:problem:unauthorized',
        title: 'A valid API key is required',
        status: 401,
        detail: 'This endpoint needs an API key with role admin; send it as Authorization: Bearer <key>.',
        code: 'UNAUTHORIZED',
        instance: '/v1/auth-probe/admin',
        requestId: 'req-no-key',
      });
    });

    it('answers an admin route with a reader key with 403', async () => {
      const res = await open.inject({
        method: 'PUT',
        url: '/v1/auth-probe/admin',
        payload: { note: 'x' },
        headers: { ...bearer(reader), 'x-request-id': 'req-reader' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.headers['www-authenticate']).toBeUndefined();
      expect(res.headers['x-request-id']).toBe('req-reader');
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toEqual({
        type: 'urn:zonematch:problem:forbidden',
        title: 'The API key may not do this',
        status: 403,
        detail: 'This endpoint needs role admin; the key "CRM sync" has role reader.',
        code: 'FORBIDDEN',
        instance: '/v1/auth-probe/admin',
        requestId: 'req-reader',
      });
    });

    it('lets an admin key through an admin route, and then validates the body', async () => {
      const ok = await open.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { note: 'x' }, headers: bearer(admin) });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ key: 'Dalian desk' });
      const invalid = await open.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { wrong: true }, headers: bearer(admin) });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().code).toBe('VALIDATION_FAILED');
    });

    it('lets admin keys through reader routes (admin satisfies reader)', async () => {
      expect((await open.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(admin) })).json()).toEqual({ key: 'Dalian desk' });
      expect((await open.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(reader) })).json()).toEqual({ key: 'CRM sync' });
      expect((await open.inject({ method: 'GET', url: '/v1/auth-probe/reader' })).statusCode).toBe(401);
    });

    it('refuses a key from the first request after it is revoked', async () => {
      const { key, record } = await createApiKey(database.db, { label: 'leaving staff', role: 'admin' });
      const before = await open.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { note: 'x' }, headers: bearer(key) });
      expect(before.statusCode).toBe(200);
      await revokeApiKey(database.db, record.id);
      for (const app of [open, required]) {
        const after = await app.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { note: 'x' }, headers: bearer(key) });
        expect(after.statusCode).toBe(401);
        expect(after.json().detail).toBe('The API key is not valid: it is malformed, unknown or revoked.');
        // Not even an open endpoint takes it.
        expect((await app.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: bearer(key) })).statusCode).toBe(401);
      }
    });
  });

  describe('keys kept after their first request', () => {
    /** `database` with a db that counts the SELECTs run on it, and a cache of its own. */
    const counting = () => {
      const counter = { selects: 0 };
      const db = new Proxy(database.db, {
        get(target, property, receiver) {
          if (property === 'select') counter.selects++;
          return Reflect.get(target, property, receiver);
        },
      });
      return { counter, database: { ...database, db } };
    };

    it('checks a key against the database once, and an unknown key every time', async () => {
      const { key } = await createApiKey(database.db, { label: 'kept', role: 'reader' });
      const { counter, database: counted } = counting();
      const app = await buildTestApp(counted);
      try {
        counter.selects = 0;
        for (let i = 0; i < 5; i++) {
          expect((await app.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(key) })).json()).toEqual({ key: 'kept' });
        }
        expect(counter.selects).toBe(1);
        const unknown = generateApiKey();
        for (let i = 0; i < 3; i++) expect((await app.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(unknown) })).statusCode).toBe(401);
        expect(counter.selects).toBe(4);
      } finally {
        await app.close();
      }
      // Once the app is closed nothing is kept for its database: every lookup asks again.
      await findActiveApiKey(counted.db, key);
      expect(counter.selects).toBe(5);
    });

    it('asks the database again once a kept key has been kept for the cache time', async () => {
      const { key } = await createApiKey(database.db, { label: 'short-lived', role: 'reader' });
      const { counter, database: counted } = counting();
      const release = trustResolvedKeys(counted.db, 50);
      try {
        await findActiveApiKey(counted.db, key);
        await findActiveApiKey(counted.db, key);
        expect(counter.selects).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 120));
        expect(await findActiveApiKey(counted.db, key)).toMatchObject({ label: 'short-lived' });
        expect(counter.selects).toBe(2);
      } finally {
        release();
      }
    });

    it('does not keep a key whose lookup was under way when it was revoked', async () => {
      for (let round = 0; round < 5; round++) {
        const { key, record } = await createApiKey(database.db, { label: `racing ${round}`, role: 'reader' });
        const [during] = await Promise.all([findActiveApiKey(database.db, key), revokeApiKey(database.db, record.id)]);
        // Whichever came first, the lookup after the revocation refuses the key.
        expect([null, record.label]).toContain(during?.label ?? null);
        expect(await findActiveApiKey(database.db, key)).toBeNull();
      }
      // Deterministically: a revocation heard while the row is being read (here, as the SELECT
      // starts) leaves nothing kept, so the next lookup reads again.
      const { key } = await createApiKey(database.db, { label: 'read during a revocation', role: 'reader' });
      let selects = 0;
      const hearing = new Proxy(database.db, {
        get(target, property, receiver) {
          if (property === 'select') {
            selects++;
            forgetResolvedKeys(hearing);
          }
          return Reflect.get(target, property, receiver);
        },
      });
      const release = trustResolvedKeys(hearing);
      try {
        await findActiveApiKey(hearing, key);
        await findActiveApiKey(hearing, key);
        expect(selects).toBe(2);
      } finally {
        release();
      }
    });

    it.skipIf(kind !== 'postgres')('refuses a key revoked by another instance from the moment it hears of it', async () => {
      const { key, record } = await createApiKey(database.db, { label: 'revoked elsewhere', role: 'reader' });
      expect((await open.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(key) })).statusCode).toBe(200);
      // Another instance: its own connections to the same database.
      const elsewhere = await openDatabase({ url: database.url!, maxConnections: 1 });
      try {
        await revokeApiKey(elsewhere.db, record.id);
      } finally {
        await elsewhere.close();
      }
      // The announcement arrives within milliseconds; the cache time is 30 s.
      const started = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - started < 5_000) {
        status = (await open.inject({ method: 'GET', url: '/v1/auth-probe/reader', headers: bearer(key) })).statusCode;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(401);
    });
  });

  it('answers 503 with Retry-After, not 401 or 500, when the database cannot check a key', async () => {
    const broken: TestDatabase = {
      ...database,
      db: new Proxy(database.db, {
        get(target, property, receiver) {
          if (property === 'select') throw new Error('connection refused');
          return Reflect.get(target, property, receiver);
        },
      }),
    };
    const app = await buildApp({ config: { logLevel: 'silent' }, database: broken, catalog: new CatalogView(seedFiles()), logger: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: { ...bearer(reader), 'x-request-id': 'req-db-down' } });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toEqual({
        type: 'urn:zonematch:problem:database-unavailable',
        title: 'The database is unavailable',
        status: 503,
        detail: 'The API key cannot be checked right now because the database does not answer; retry later.',
        code: 'DATABASE_UNAVAILABLE',
        instance: '/v1/zones',
        requestId: 'req-db-down',
      });
      // Without a key there is nothing to check: the catalog is served from memory.
      expect((await app.inject({ method: 'GET', url: '/v1/zones?limit=1' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  describe('with AUTH_REQUIRED on', () => {
    it('answers read and recommendation endpoints without a key with 401', async () => {
      for (const [method, url] of [
        ['GET', '/v1/zones'],
        ['GET', '/v1/zones/dalian-xinriben'],
        ['GET', '/v1/concepts'],
        ['POST', '/v1/recommendations'],
      ] as const) {
        const res = await required.inject({
          method,
          url,
          payload: method === 'POST' ? { profile: {} } : undefined,
          headers: { 'x-request-id': 'req-required' },
        });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="zonematch"');
        expect(res.json()).toEqual({
          type: 'urn:zonematch:problem:unauthorized',
          title: 'A valid API key is required',
          status: 401,
          detail: 'This endpoint needs an API key with role reader; send it as Authorization: Bearer <key>.',
          code: 'UNAUTHORIZED',
          instance: url,
          requestId: 'req-required',
        });
      }
    });

    it('answers them with a reader or an admin key', async () => {
      for (const key of [reader, admin]) {
        const zones = await required.inject({ method: 'GET', url: '/v1/zones?limit=1', headers: bearer(key) });
        expect(zones.statusCode).toBe(200);
        expect(zones.json().items).toHaveLength(1);
        const res = await required.inject({
          method: 'POST',
          url: '/v1/recommendations',
          payload: { ...PROFILE_EXAMPLES[0]!, options: { persist: false, limit: 1 } },
          headers: bearer(key),
        });
        expect(res.statusCode).toBe(200);
        expect(res.json().results).toHaveLength(1);
      }
    });

    it('still needs admin for admin routes', async () => {
      expect((await required.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { note: 'x' }, headers: bearer(reader) })).statusCode).toBe(403);
      expect((await required.inject({ method: 'PUT', url: '/v1/auth-probe/admin', payload: { note: 'x' }, headers: bearer(admin) })).statusCode).toBe(200);
    });

    it('keeps liveness, readiness and the documentation open', async () => {
      expect((await required.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      expect((await required.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
      expect((await required.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
      expect((await required.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
    });
  });

  describe('the OpenAPI document', () => {
    it('declares the bearer scheme, optional on open routes and required on guarded ones', () => {
      const openDoc = open.swagger() as any;
      expect(openDoc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(openDoc.paths['/v1/zones'].get.security).toEqual([{}, { bearerAuth: [] }]);
      expect(Object.keys(openDoc.paths['/v1/zones'].get.responses)).toEqual(expect.arrayContaining(['401', '429']));
      expect(openDoc.paths['/v1/auth-probe/admin'].put.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(openDoc.paths['/v1/auth-probe/admin'].put.responses).sort()).toEqual(['200', '401', '403', '429']);
      expect(openDoc.paths['/health'].get.responses['429']).toBeUndefined();

      const requiredDoc = required.swagger() as any;
      expect(requiredDoc.paths['/v1/zones'].get.security).toEqual([{ bearerAuth: [] }]);
      expect(requiredDoc.paths['/v1/zones'].get.responses['403']).toBeUndefined();
      expect(requiredDoc.paths['/health'].get.security).toEqual([{}, { bearerAuth: [] }]);
    });
  });
});
