/**
 * A hung database must not hold a request forever: on Postgres every statement runs under a
 * statement timeout, and the service answers 503 when it fires.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, STATEMENT_TIMEOUT_MS } from '../db/client.js';

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
