/**
 * Two full services (start-up as in production: migrate, seed, build, listen for catalog changes)
 * on one real Postgres database: a change made through one is served by the other, which hears
 * of it through LISTEN/NOTIFY. Needs TEST_DATABASE_URL (CI sets it); PGlite is one process, so
 * there is nothing to test there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Zone } from '../src/catalog/schema.js';
import { loadConfig } from '../src/config.js';
import { createApiKey } from '../src/repositories/api-key-repository.js';
import { startService, type Service } from '../src/startup.js';
import { seedFiles } from './helpers/app.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.info('catalog-notify: the two-instance LISTEN/NOTIFY tests are skipped: TEST_DATABASE_URL is not set (they need a real Postgres).');

/** Polls `probe` until it returns true; fails after `timeoutMs`. Speed is not what is tested. */
async function eventually(probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not observed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!url)(
  `two instances on one Postgres${url ? '' : ' (skipped: set TEST_DATABASE_URL to a Postgres server to run it)'}`,
  { timeout: 90_000 },
  () => {
    let database: TestDatabase;
    let a: Service;
    let b: Service;
    let admin: string;

    beforeAll(async () => {
      database = await createTestDatabase('postgres');
      const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
      a = await startService(config, { logger: false });
      b = await startService(config, { logger: false });
      admin = (await createApiKey(a.database.db, { label: 'instance test', role: 'admin' })).key;
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await database?.destroy();
    });

    const version = async (s: Service) => (await s.app.inject({ method: 'GET', url: '/ready' })).json().catalogVersion as string;

    it('serves a zone changed through instance A from instance B too', async () => {
      expect(await version(b)).toBe(await version(a));
      const zone: Zone = structuredClone(seedFiles().zones.find((z) => z.id === 'qingdao-cj')!);
      zone.name.en = 'Qingdao model zone, renamed on A';
      const res = await a.app.inject({ method: 'PUT', url: '/v1/zones/qingdao-cj', headers: { authorization: `Bearer ${admin}` }, payload: zone });
      expect(res.statusCode).toBe(200);
      const changed = res.json().catalogVersion as string;

      await eventually(async () => (await version(b)) === changed);
      const onB = await b.app.inject({ method: 'GET', url: '/v1/zones/qingdao-cj' });
      expect(onB.json().name.en).toBe('Qingdao model zone, renamed on A');
    });

    it('drops a zone archived through instance A from instance B', async () => {
      const res = await a.app.inject({ method: 'DELETE', url: '/v1/zones/chengdu-cj', headers: { authorization: `Bearer ${admin}` } });
      expect(res.statusCode).toBe(200);
      await eventually(async () => (await b.app.inject({ method: 'GET', url: '/v1/zones/chengdu-cj' })).statusCode === 404);
      expect(await version(b)).toBe(res.json().catalogVersion);
    });

    it('hears changes made by B on A as well', async () => {
      const zone: Zone = structuredClone(seedFiles().zones.find((z) => z.id === 'tianjin-cj')!);
      zone.completeness = 'partial';
      const res = await b.app.inject({ method: 'PUT', url: '/v1/zones/tianjin-cj', headers: { authorization: `Bearer ${admin}` }, payload: zone });
      expect(res.statusCode).toBe(200);
      await eventually(async () => (await a.app.inject({ method: 'GET', url: '/v1/zones/tianjin-cj' })).json().completeness === 'partial');
      expect(await version(a)).toBe(res.json().catalogVersion);
    });
  },
);
