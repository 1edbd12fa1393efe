/**
 * The HTTP benchmark in its short mode: CI checks that the service answers every request of
 * every scenario (no errors, no non-2xx) — not how fast; speed is quoted from full runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run bench:http -- --short', () => {
  it('drives /health, the echo ceiling and recommendations at 10 and 50 connections without an error or a non-2xx answer', async () => {
    // DATABASE_URL is cleared so the run is the same whatever the environment; the Postgres
    // path of the service is covered by the TEST_DATABASE_URL suites.
    const { stdout } = await run('node_modules/.bin/tsx', ['src/tools/bench-http.ts', '--short'], {
      env: { ...process.env, DATABASE_URL: '' },
      timeout: 180_000,
    });
    for (const scenario of ['GET /health', 'POST echo', 'POST recommend persist:false pglite', 'POST recommend persist:true  pglite']) {
      expect(stdout.match(new RegExp(`^${scenario.replace(/[/:]/g, '\\$&')}.*errors 0  non-2xx 0$`, 'gm'))?.length, scenario).toBe(2);
    }
    expect(stdout).toContain('no errors, no non-2xx answers');
  }, 200_000);
});
