/**
 * The engine benchmark in its short mode: CI checks that every catalog size ranks and that the
 * report is complete — not the timings, which are quoted from full runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run bench -- --short', () => {
  it('ranks against the real, synthetic and national catalogs and reports each', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['src/tools/bench.ts', '--short'], { timeout: 280_000 });
    expect(stdout).toMatch(/^real catalog +zones +20 /m);
    expect(stdout).toMatch(/^synthetic +zones +1000 /m);
    expect(stdout).toMatch(/^synthetic +zones +3000 /m);
    expect(stdout).toMatch(/^seed \+ national catalogue +zones +25\d\d /m);
    expect(stdout).toMatch(/^targets: /m);
  }, 300_000);
});
