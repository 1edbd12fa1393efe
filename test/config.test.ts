import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      pgliteDir: '.data/pglite',
      databaseUrl: undefined,
      authRequired: false,
      rateLimitMax: 300,
      rateLimitWindowSeconds: 60,
      corsOrigins: [],
      catalogue: 'seed',
    });
  });

  it('reads every variable', () => {
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'warn', DATABASE_URL: 'postgres://u@db:5432/x', PGLITE_DIR: 'memory://' })).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'warn',
      databaseUrl: 'postgres://u@db:5432/x',
      pgliteDir: 'memory://',
    });
  });

  it('reads the auth, rate-limit and CORS variables', () => {
    expect(
      loadConfig({ AUTH_REQUIRED: 'true', RATE_LIMIT_MAX: '50', RATE_LIMIT_WINDOW: '10', CORS_ORIGINS: 'https://tools.example.org, http://localhost:5173' }),
    ).toMatchObject({ authRequired: true, rateLimitMax: 50, rateLimitWindowSeconds: 10, corsOrigins: ['https://tools.example.org', 'http://localhost:5173'] });
    expect(loadConfig({ AUTH_REQUIRED: 'false', RATE_LIMIT_MAX: '0', CORS_ORIGINS: '*' })).toMatchObject({
      authRequired: false,
      rateLimitMax: 0,
      corsOrigins: ['*'],
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid PORT="abc": expected an integer from 0 to 65535'],
    [{ PORT: '70000' }, 'Invalid PORT="70000": expected an integer from 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid DATABASE_URL="mysql://x": expected a postgres:// URL (unset it to use embedded PGlite)'],
    [{ AUTH_REQUIRED: 'yes' }, 'Invalid AUTH_REQUIRED="yes": expected true or false'],
    [{ RATE_LIMIT_MAX: '-1' }, 'Invalid RATE_LIMIT_MAX="-1": expected an integer from 0 (no limit) to 1000000 requests per window'],
    [{ RATE_LIMIT_WINDOW: '0' }, 'Invalid RATE_LIMIT_WINDOW="0": expected an integer number of seconds from 1 to 86400'],
    [
      { CORS_ORIGINS: 'https://tools.example.org/app' },
      'Invalid CORS_ORIGINS="https://tools.example.org/app": expected comma-separated origins like https://tools.example.org (scheme, host, optional port; no path), or *',
    ],
    [
      { CORS_ORIGINS: 'tools.example.org' },
      'Invalid CORS_ORIGINS="tools.example.org": expected comma-separated origins like https://tools.example.org (scheme, host, optional port; no path), or *',
    ],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
