/**
 * Database faults on a real Postgres: the service runs on a throwaway Postgres 15 cluster this
 * test starts itself (test/helpers/throwaway-postgres.ts; the shared server is never touched),
 * under steady recommendation traffic over HTTP, while the test
 *
 * 1. cuts the service's connections in the middle of its writes (`pg_terminate_backend` from a
 *    separate superuser connection, while its inserts wait on a lock the test holds), and
 * 2. stops the database (`pg_ctl stop -m fast`), so connections are refused, and starts it again.
 *
 * Throughout: persist:false recommendations answer 200 (ranking needs no database); persist:true
 * answers 200 or a 503 problem with Retry-After, never a 500; `/ready` is 503 while the database
 * is gone. Afterwards the service has recovered by itself, and every recommendation answered 200
 * with persist:true reads back unchanged: nothing acknowledged is lost.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startService, type Service } from '../src/startup.js';
import { RANKING_SET } from './ranking-set/profiles.js';
import { startThrowawayPostgres, throwawayPostgresUnavailable, type ThrowawayPostgres } from './helpers/throwaway-postgres.js';

const unavailable = throwawayPostgresUnavailable();
if (unavailable) console.info(`db-faults: skipped: ${unavailable}`);

/** Polls `probe` until it returns true; fails after `timeoutMs`. Speed is not what is tested. */
async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not observed within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Kind = 'persist' | 'no-persist' | 'ready';

interface Outcome {
  kind: Kind;
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: unknown;
}

describe.skipIf(unavailable)(`the service on a Postgres that fails${unavailable ? ` (skipped: ${unavailable})` : ''}`, { timeout: 180_000 }, () => {
  let pg: ThrowawayPostgres;
  let service: Service | undefined;
  let base: string;
  const logs: string[] = [];

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe('create database zonematch');
    } finally {
      await admin.end();
    }
    // RATE_LIMIT_MAX=0: the rate limiter would answer steady traffic with 429s.
    const config = loadConfig({ DATABASE_URL: pg.urlOf('zonematch'), LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' });
    service = await startService(config, { logger: { level: 'warn', stream: { write: (line: string) => logs.push(line) } } });
    base = await service.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await service?.close().catch(() => {});
    await pg?.destroy();
  });

  let next = 0;
  const profileBody = (persist: boolean) => {
    const c = RANKING_SET[next++ % RANKING_SET.length]!;
    return JSON.stringify({ profile: c.profile, options: { limit: 3, language: c.language, persist } });
  };

  async function send(kind: Kind): Promise<Outcome> {
    const response =
      kind === 'ready'
        ? await fetch(`${base}/ready`, { signal: AbortSignal.timeout(60_000) })
        : await fetch(`${base}/v1/recommendations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: profileBody(kind === 'persist'),
            signal: AbortSignal.timeout(60_000),
          });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // kept as text; the assertions below will name it
    }
    return { kind, status: response.status, contentType: response.headers.get('content-type') ?? '', retryAfter: response.headers.get('retry-after'), body };
  }

  /** Steady background traffic: `workers` loops of persist:true, persist:false and /ready in turn. */
  function startTraffic(workers: number) {
    const outcomes: Outcome[] = [];
    const failures: string[] = [];
    let running = true;
    const kinds: Kind[] = ['persist', 'no-persist', 'persist', 'ready'];
    const loops = Array.from({ length: workers }, async (_, w) => {
      for (let i = w; running; i++) {
        const kind = kinds[i % kinds.length]!;
        try {
          outcomes.push(await send(kind));
        } catch (error) {
          failures.push(`${kind}: ${(error as Error).message} ${String((error as Error).cause ?? '')}`);
        }
      }
    });
    return {
      outcomes,
      failures,
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  /** The answers every fault must keep to, whatever moment they hit. */
  function expectOnlyAcceptableAnswers(outcomes: Outcome[]) {
    for (const o of outcomes) {
      if (o.kind === 'no-persist') {
        // Ranking needs no database: these answer whatever the database does.
        expect(o, 'persist:false answered').toMatchObject({ status: 200 });
        continue;
      }
      if (o.status === 200) continue;
      expect(o.status, `${o.kind} answered ${o.status}: ${JSON.stringify(o.body)}`).toBe(503);
      expect(o.contentType).toBe('application/problem+json; charset=utf-8');
      expect(o.retryAfter).toBe('5');
      expect(o.body).toMatchObject({ status: 503, code: o.kind === 'ready' ? 'NOT_READY' : 'DATABASE_UNAVAILABLE' });
    }
  }

  it('fails a query of a transaction whose connection was cut with CONNECTION_CLOSED instead of crashing the process (patched postgres.js)', async () => {
    // Unpatched postgres.js 3.4.9 writes such a query (and the transaction's ROLLBACK) from a
    // timer to the closed socket: an uncaught TypeError, which ends the process, and a query that
    // never settles. See patches/postgres+3.4.9.patch.
    let closed = 0;
    const sql = postgres(pg.urlOf('zonematch'), { max: 2, onnotice: () => {}, onclose: () => closed++ });
    const admin = postgres(pg.urlOf('zonematch'), { max: 1, onnotice: () => {} });
    try {
      let inside: unknown;
      const outcome: unknown = await sql
        .begin(async (tx) => {
          const [row] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
          await admin`select pg_terminate_backend(${row!.pid})`;
          await eventually('the client noticing its connection closed', async () => closed > 0);
          inside = await tx`select 1`.then(
            () => 'answered',
            (error: unknown) => error,
          );
          throw inside;
        })
        .then(
          () => 'committed',
          (error: unknown) => error,
        );
      expect((outcome as { code?: string }).code, String(outcome)).toBe('CONNECTION_CLOSED');
      // begin() settles as soon as the connection closes; the callback carries on and must settle too.
      await eventually('the query on the cut connection settling', async () => inside !== undefined);
      expect((inside as { code?: string }).code, String(inside)).toBe('CONNECTION_CLOSED');
      // The pool still works: the slot reconnects.
      expect((await sql<{ one: number }[]>`select 1 as one`)[0]).toEqual({ one: 1 });
    } finally {
      await sql.end({ timeout: 5 });
      await admin.end();
    }
  });

  it('answers 503 with Retry-After, never 500, while the database is cut off or down; keeps ranking without it; recovers by itself; loses nothing it acknowledged', async () => {
    const stored = (o: Outcome) => o.kind === 'persist' && o.status === 200;
    const traffic = startTraffic(4);
    const admin = postgres(pg.urlOf('zonematch'), { max: 1, onnotice: () => {} });
    try {
      await eventually('stored recommendations before any fault', async () => traffic.outcomes.filter(stored).length >= 5);

      // ── 1. Connections cut in the middle of a write. The test takes an exclusive lock on the
      // recommendations table so the service's inserts are certainly in flight (waiting on it),
      // then terminates every backend of the service, then lets go of the lock.
      const cutAt = traffic.outcomes.length;
      let terminated = 0;
      await admin.begin(async (tx) => {
        await tx`lock table recommendations in access exclusive mode`;
        await eventually('service inserts waiting on the lock', async () => {
          const [row] = await tx<{ n: number }[]>`
            select count(*)::int as n from pg_stat_activity
            where datname = 'zonematch' and pid <> pg_backend_pid() and wait_event_type = 'Lock'`;
          return row!.n > 0;
        });
        const rows = await tx<{ ok: boolean }[]>`
          select pg_terminate_backend(pid) as ok from pg_stat_activity
          where datname = 'zonematch' and pid <> pg_backend_pid() and backend_type = 'client backend'`;
        terminated = rows.filter((r) => r.ok).length;
      });
      expect(terminated).toBeGreaterThan(0);
      // The writes that were waiting failed; their requests must have been answered 503, not 500.
      await eventually('a persist:true request answered 503 after its connection was cut', async () =>
        traffic.outcomes.slice(cutAt).some((o) => o.kind === 'persist' && o.status === 503),
      );
      // Back to normal without a restart: new connections are opened as needed.
      await eventually('a persist:true recommendation stored after the cut', async () => (await send('persist')).status === 200);

      // A second cut with nothing waiting: idle and busy connections alike, mid-traffic.
      for (let i = 0; i < 3; i++) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = 'zonematch' and pid <> pg_backend_pid() and backend_type = 'client backend'`;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      await eventually('a persist:true recommendation stored after the second cut', async () => (await send('persist')).status === 200);

      // ── 2. The database goes away: every connection is closed and new ones are refused.
      const downAt = traffic.outcomes.length;
      await pg.stopServer();
      const downSince = Date.now();
      let ready: Outcome | undefined;
      await eventually('/ready answering 503 while the database is down', async () => (ready = await send('ready')).status === 503);
      expect(ready).toMatchObject({
        status: 503,
        contentType: 'application/problem+json; charset=utf-8',
        retryAfter: '5',
        body: { code: 'NOT_READY', detail: 'The database does not answer.' },
      });
      const persistDown = await send('persist');
      expect(persistDown).toMatchObject({
        status: 503,
        contentType: 'application/problem+json; charset=utf-8',
        retryAfter: '5',
        body: { code: 'DATABASE_UNAVAILABLE', status: 503 },
      });
      const rankDown = await send('no-persist');
      expect(rankDown.status).toBe(200);
      expect(rankDown.body).toMatchObject({ persisted: false });
      expect((rankDown.body as { results: unknown[] }).results).toHaveLength(3);
      // Down for a while, under traffic.
      await eventually('a few seconds of outage under traffic', async () => Date.now() - downSince > 3000, 30_000);
      const whileDown = traffic.outcomes.slice(downAt);
      expect(whileDown.some((o) => o.kind === 'persist' && o.status === 503)).toBe(true);
      expect(whileDown.some((o) => o.kind === 'no-persist' && o.status === 200)).toBe(true);

      // ── 3. The database returns; the service notices by itself.
      await pg.startServer();
      await eventually('/ready answering 200 again', async () => (await send('ready')).status === 200);
      await eventually('persist:true answering 200 again', async () => (await send('persist')).status === 200);
      // Its catalog subscription (LISTEN) is back too, so other instances' changes still reach it.
      await eventually('the catalog LISTEN connection re-established', async () => {
        const [row] = await admin<{ n: number }[]>`
          select count(*)::int as n from pg_stat_activity where datname = 'zonematch' and query ilike 'listen%zonematch_catalog%'`;
        return row!.n > 0;
      });
      const after = traffic.outcomes.length;
      await eventually('stored recommendations under traffic after the outage', async () => traffic.outcomes.slice(after).filter(stored).length >= 5);
    } finally {
      await traffic.stop();
      await admin.end();
    }

    expect(traffic.failures, 'requests without an HTTP answer').toEqual([]);
    expectOnlyAcceptableAnswers(traffic.outcomes);

    // Nothing acknowledged is lost: every recommendation answered 200 with persist:true reads back unchanged.
    const acknowledged = traffic.outcomes.filter(stored);
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const o of acknowledged) {
      const id = (o.body as { id: string }).id;
      const read = await fetch(`${base}/v1/recommendations/${id}`);
      expect(read.status, `GET /v1/recommendations/${id}`).toBe(200);
      expect(await read.json()).toEqual(o.body);
    }
    const counts = (kind: Kind) => {
      const of = traffic.outcomes.filter((o) => o.kind === kind);
      return `${of.filter((o) => o.status === 200).length}×200, ${of.filter((o) => o.status === 503).length}×503`;
    };
    console.info(
      `db-faults: persist:true ${counts('persist')}; persist:false ${counts('no-persist')}; /ready ${counts('ready')}; ${acknowledged.length} stored answers read back`,
    );
  });
});
