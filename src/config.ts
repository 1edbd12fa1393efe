/**
 * Configuration from the environment, validated once at start. A bad value stops the process
 * with one line naming the variable (see `ConfigError`).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  LOG_LEVEL: Type.Union(LOG_LEVELS.map((l) => Type.Literal(l)), { default: 'info' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://.+' })),
  PGLITE_DIR: Type.String({ minLength: 1, default: '.data/pglite' }),
});

export interface Config {
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** A real Postgres when set; embedded PGlite otherwise. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  pgliteDir: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const HINTS: Record<string, string> = {
  PORT: 'an integer from 0 to 65535',
  HOST: 'a host name or address to listen on',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  DATABASE_URL: 'a postgres:// URL (unset it to use embedded PGlite)',
  PGLITE_DIR: 'a directory path or memory://',
};

/** Reads and validates the configuration; throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw)) as Static<typeof EnvSchema>;
  const error = Value.Errors(EnvSchema, converted).First();
  if (error) {
    const key = error.path.split('/')[1] ?? 'environment';
    throw new ConfigError(`Invalid ${key}=${JSON.stringify(env[key] ?? '')}: expected ${HINTS[key] ?? error.message}`);
  }
  return {
    port: converted.PORT,
    host: converted.HOST,
    logLevel: converted.LOG_LEVEL,
    databaseUrl: converted.DATABASE_URL,
    pgliteDir: converted.PGLITE_DIR,
  };
}
