import { defineConfig } from 'vitest/config';

/**
 * Three projects (docs/testing.md): `unit` needs no database and no process of its own (engine,
 * catalog files, configuration, OpenAPI); `e2e` starts real processes or a browser (the server
 * under signals, the benchmarks, the console in Chromium); `integration` is everything else — the
 * app on a database (PGlite, and Postgres when TEST_DATABASE_URL is set). A new test file lands
 * in `integration` unless listed here.
 */
const UNIT = [
  'test/catalog-loader.test.ts',
  'test/catalog.test.ts',
  'test/concept-matcher.test.ts',
  'test/config.test.ts',
  'test/engine-components.test.ts',
  'test/engine-properties.test.ts',
  'test/engine-text.test.ts',
  'test/explanations.test.ts',
  'test/fair-turns.test.ts',
  'test/leading-industries.test.ts',
  'test/multilingual.test.ts',
  'test/negotiation.test.ts',
  'test/openapi.test.ts',
  'test/placements.test.ts',
  'test/profile-analysis.test.ts',
  'test/ranking-set.test.ts',
];
const E2E = ['test/e2e/**/*.test.ts', 'test/server.test.ts', 'test/shutdown.test.ts', 'test/bench.test.ts', 'test/bench-http.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      // Both database projects start from the snapshot and template that global-setup migrates once.
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...UNIT, ...E2E], globalSetup: ['test/helpers/global-setup.ts'] },
      },
      { extends: true, test: { name: 'e2e', include: E2E, globalSetup: ['test/helpers/global-setup.ts'] } },
    ],
  },
});
