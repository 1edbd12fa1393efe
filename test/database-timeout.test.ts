/**
 * A hung database must not hold a request forever. On Postgres every statement runs under a
 * statement timeout, which a live server enforces; and when the server stops answering
 * altogether, the service stops waiting itself (the answer deadline) and answers 503.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import { openDatabase, STATEMENT_TIMEOUT_MS } from '../db/client.js';
import { companyProfiles } from '../db/schema.js';
import { buildApp } from '../src/app.js';
import { readCatalog, seedCatalog } from '../src/repositories/catalog-repository.js';
import { CatalogView } from '../src/services/catalog-view.js';
import { seedFiles } from './helpers/app.js';
import { createTestDatabase } from './helpers/database.js';
import { RANKING_SET } from './ranking-set/profiles.js';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)(`the Postgres statement timeout${url ? '' : ' (skipped: set TEST_DATABASE_URL)'}`, () => {
  it('cancels a statement that runs past the timeout, and keeps the connection pool usable', async () => {
    const database = await openDatabase({ url: url!, maxConnections: 1, statementTimeoutMs: 300 });
    try {
      await expect(database.db.execute(sql`select pg_sleep(3)`)).rejects.toMatchObject({ cause: { code: '57014' } }); // query_canceled, wrapped by drizzle
      await database.ping();
    } finally {
      await database.close();
    }
  });

  it('applies the default timeout to every connection the service opens', async () => {
    const database = await openDatabase({ url: url! });
    try {
      const rows = (await database.db.execute(sql`show statement_timeout`)) as unknown as { statement_timeout: string }[];
      expect(rows[0]?.statement_timeout).toBe(`${STATEMENT_TIMEOUT_MS / 1000}s`);
    } finally {
      await database.close();
    }
  });
});

/**
 * A TCP relay to Postgres that can stall: while frozen it holds every byte in both directions
 * (as a frozen host or a broken network would), and delivers them in order when thawed.
 */
async function stallingRelay(target: URL) {
  let frozen = false;
  const held: [Socket, Buffer][] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => (frozen ? held.push([to, chunk]) : to.write(chunk)));
      from.on('close', () => to.destroy());
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    freeze: () => (frozen = true),
    thaw: () => {
      frozen = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.skipIf(!url)(`the service on a Postgres that stops answering${url ? '' : ' (skipped: set TEST_DATABASE_URL)'}`, () => {
  it('answers 503 with Retry-After instead of waiting, keeps ranking without storing, and stores again once the database answers; what it refused is not stored', async () => {
    const testDatabase = await createTestDatabase('postgres');
    await seedCatalog(testDatabase.db, seedFiles());
    const catalog = new CatalogView(await readCatalog(testDatabase.db));
    const relay = await stallingRelay(new URL(testDatabase.url!));
    // One connection: whatever the service sends after the stall queues behind the stalled
    // transaction, so by the time a later request answers, that transaction has ended one way or the other.
    const database = await openDatabase({ url: relay.url, maxConnections: 1, answerDeadlineMs: 1_000 });
    const app = await buildApp({ config: { logLevel: 'silent' }, database, catalog, logger: false });
    const recommend = (persist: boolean, requestId: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        headers: { 'x-request-id': requestId },
        payload: { profile: RANKING_SET[0]!.profile, options: { limit: 3, persist } },
      });
    const storedProfiles = async () => (await testDatabase.db.select({ n: count() }).from(companyProfiles))[0]!.n;
    try {
      const before = await recommend(true, 'before');
      expect(before.statusCode).toBe(200);
      expect(await storedProfiles()).toBe(1);

      relay.freeze();
      const refused = await recommend(true, 'stalled');
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(refused.json()).toEqual({
        type: 'urn:zonematch:problem:database-unavailable',
        title: 'The database is unavailable',
        status: 503,
        detail: 'The database cannot store or read recommendations right now; retry later, or send options.persist=false to rank without storing.',
        code: 'DATABASE_UNAVAILABLE',
        instance: '/v1/recommendations',
        requestId: 'stalled',
      });
      const read = await app.inject({ method: 'GET', url: `/v1/recommendations/${before.json().id}` });
      expect(read.statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(503);
      const ranked = await recommend(false, 'unstored');
      expect(ranked.statusCode).toBe(200);
      expect(ranked.json()).toMatchObject({ persisted: false, results: [{ rank: 1 }, { rank: 2 }, { rank: 3 }] });

      relay.thaw();
      const after = await recommend(true, 'after');
      expect(after.statusCode).toBe(200);
      const again = await app.inject({ method: 'GET', url: `/v1/recommendations/${before.json().id}` });
      expect(again.json()).toEqual(before.json());
      // 'before' and 'after'; the stalled transaction rolled back when the database returned.
      expect(await storedProfiles()).toBe(2);
    } finally {
      await app.close();
      relay.thaw();
      await database.close();
      await relay.close();
      await testDatabase.destroy();
    }
  });
});
