/**
 * The engine and leads benchmarks in a short form: CI checks that every catalog size ranks, that
 * leads come back for every benchmarked zone, and that the reports are complete — not the
 * timings, which are quoted from full runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('the benchmarks in a short form', () => {
  it('ranks against the real, synthetic and national catalogs and reports each', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['src/tools/bench.ts', '--short'], { timeout: 280_000 });
    expect(stdout).toMatch(/^real catalog +zones +20 /m);
    expect(stdout).toMatch(/^real, phrases not cached +zones +20 +rank median /m);
    expect(stdout).toMatch(/^synthetic +zones +1000 /m);
    expect(stdout).toMatch(/^synthetic +zones +3000 /m);
    expect(stdout).toMatch(/^seed \+ national catalogue +zones +25\d\d /m);
    expect(stdout).toMatch(/^targets: /m);
  }, 300_000);

  it('times leads over stored profiles for every benchmarked zone (a small store, on PGlite)', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['src/tools/bench-leads.ts', '--profiles', '3000'], {
      env: { ...process.env, DATABASE_URL: '' },
      timeout: 280_000,
    });
    expect(stdout).toMatch(/^stored 3,000 profiles \(2,700 companies\)/m);
    for (const zone of ['dalian-xinriben', 'shanghai-zhangjiang', 'qingdao-cj', 'shanghai-lz-bonded', 'chengdu-cj']) {
      expect(stdout).toMatch(new RegExp(`^${zone} +matching +[1-9]\\d* +scored +[1-9]\\d* +top 50 in`, 'm'));
    }
  }, 300_000);
});
