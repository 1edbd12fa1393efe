import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({ port: 3000, host: '127.0.0.1', logLevel: 'info', pgliteDir: '.data/pglite', databaseUrl: undefined });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({ PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'warn', DATABASE_URL: 'postgres://u@db:5432/x', PGLITE_DIR: 'memory://' }),
    ).toEqual({ port: 8080, host: '0.0.0.0', logLevel: 'warn', databaseUrl: 'postgres://u@db:5432/x', pgliteDir: 'memory://' });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid PORT="abc": expected an integer from 0 to 65535'],
    [{ PORT: '70000' }, 'Invalid PORT="70000": expected an integer from 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid DATABASE_URL="mysql://x": expected a postgres:// URL (unset it to use embedded PGlite)'],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
