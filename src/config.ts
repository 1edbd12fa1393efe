/**
 * Configuration from the environment, validated once at start. A bad value stops the process
 * with one line naming the variable (see `ConfigError`).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** A comma-separated list of origins (scheme://host[:port], no path), or `*`. */
const CORS_ORIGINS_PATTERN = '^\\s*(\\*|https?://[^/,\\s]+)\\s*(,\\s*https?://[^/,\\s]+\\s*)*$';

const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  LOG_LEVEL: Type.Union(
    LOG_LEVELS.map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://.+' })),
  PGLITE_DIR: Type.String({ minLength: 1, default: '.data/pglite' }),
  AUTH_REQUIRED: Type.Boolean({ default: false }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 300 }),
  RATE_LIMIT_WINDOW: Type.Integer({ minimum: 1, maximum: 86_400, default: 60 }),
  CORS_ORIGINS: Type.Optional(Type.String({ pattern: CORS_ORIGINS_PATTERN })),
  CATALOGUE: Type.Union([Type.Literal('seed'), Type.Literal('national')], { default: 'seed' }),
});

export interface Config {
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** A real Postgres when set; embedded PGlite otherwise. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  pgliteDir: string;
  /** Whether read and recommendation endpoints need a key (catalog changes always need an admin key). */
  authRequired: boolean;
  /** Requests per window per API key (or per client address without one); 0 turns limiting off. */
  rateLimitMax: number;
  /** The rate-limit window in seconds. */
  rateLimitWindowSeconds: number;
  /** Origins allowed to call the API from a browser; empty: CORS off. */
  corsOrigins: string[];
  /** seed: the reviewed seed zones only; national: also the 2018 national catalogue's zones (imported at start). */
  catalogue: 'seed' | 'national';
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
  AUTH_REQUIRED: 'true or false',
  RATE_LIMIT_MAX: 'an integer from 0 (no limit) to 1000000 requests per window',
  RATE_LIMIT_WINDOW: 'an integer number of seconds from 1 to 86400',
  CATALOGUE: 'seed (the reviewed zones only) or national (also the 2018 national development-zone catalogue)',
  CORS_ORIGINS: 'comma-separated origins like https://tools.example.org (scheme, host, optional port; no path), or *',
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
    authRequired: converted.AUTH_REQUIRED,
    rateLimitMax: converted.RATE_LIMIT_MAX,
    rateLimitWindowSeconds: converted.RATE_LIMIT_WINDOW,
    corsOrigins: (converted.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    catalogue: converted.CATALOGUE,
  };
}
