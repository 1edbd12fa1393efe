/**
 * Authentication: reads `Authorization: Bearer <key>`, resolves the key against the database and
 * sets `request.apiKey`. Enforcement happens before the body is validated, so a caller without
 * the right key learns nothing about the endpoint beyond 401/403:
 *
 * - a credential that is present but wrong (malformed, unknown, revoked) is a 401 on every route,
 *   open ones included: a typo in a key must not silently fall back to anonymous access;
 * - routes guarded with `requireRole(role)` need that role or a stronger one (reader < staff < admin);
 * - with `authRequired`, every route under /v1 (and a page marked `config.servesData`) needs at least a reader key.
 *
 * The OpenAPI document follows from the same decisions: each route declares the bearer scheme
 * (optional or required) and the 401/403 it can answer.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/client.js';
import { databaseUnavailable } from '../errors.js';
import { API_KEY_CHANNEL, findActiveApiKey, forgetResolvedKeys, trustResolvedKeys } from '../repositories/api-key-repository.js';
import { REQUIRED_ROLE, assertRole, strongerRole, unauthorized, type Role } from './guard.js';

export interface AuthOptions {
  database: Database;
  /** When true, every route under /v1 needs at least a reader key. */
  authRequired: boolean;
}

/** The OpenAPI security scheme name routes refer to. */
export const BEARER_SCHEME = 'bearerAuth';

/** The path prefix of the API proper; AUTH_REQUIRED applies to it. */
const API_PREFIX = '/v1/';

const BEARER = /^Bearer +(\S+) *$/i;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role a route needs, decided when the route is registered (see onRoute below). */
    requiredRole?: Role;
    /** A route outside /v1 that serves stored data (the client brief page): AUTH_REQUIRED applies to it as to the API. */
    servesData?: boolean;
  }
}

/** Why a presented credential was refused; kept aside so the rate limiter still counts the request. */
const refused = new WeakMap<FastifyRequest, string>();

async function auth(app: FastifyInstance, options: AuthOptions) {
  app.decorateRequest('apiKey', null);
  await keepResolvedKeys(app, options.database);

  app.addHook('onRoute', (route) => {
    const guarded = guardRole(route);
    const needed = guarded ?? (options.authRequired && (route.url.startsWith(API_PREFIX) || route.config?.servesData) ? 'reader' : undefined);
    if (needed) route.config = { ...route.config, requiredRole: needed };
    if (route.schema && !route.schema.hide) {
      route.schema = {
        ...route.schema,
        // `{}` first: the key is optional (but refused when wrong).
        security: needed ? [{ [BEARER_SCHEME]: [] }] : [{}, { [BEARER_SCHEME]: [] }],
        response: {
          ...(route.schema.response as Record<string, unknown> | undefined),
          401: {
            description: needed
              ? `No API key, or one that is malformed, unknown or revoked; this endpoint needs role ${needed}`
              : 'The API key given is malformed, unknown or revoked',
            headers: { 'www-authenticate': { type: 'string', description: 'The Bearer challenge (RFC 6750)' } },
            $ref: 'Problem#',
          },
          ...(needed && needed !== 'reader'
            ? { 403: { description: `The API key does not have role ${needed}${needed === 'staff' ? ' or admin' : ''}`, $ref: 'Problem#' } }
            : {}),
        },
      };
    }
  });

  // Resolve first (onRequest, before the route-level rate limiter, which keys on the result) …
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) {
      refused.set(request, 'The Authorization header must be "Bearer <key>".');
      return;
    }
    let key;
    try {
      key = await findActiveApiKey(options.database.db, token);
    } catch (error) {
      // A key cannot be checked without the database: say so (503), not "wrong key" or a 500.
      request.log.warn({ err: error }, 'API key lookup failed');
      throw databaseUnavailable('The API key cannot be checked right now because the database does not answer; retry later.');
    }
    if (key === null) refused.set(request, 'The API key is not valid: it is malformed, unknown or revoked.');
    else request.apiKey = key;
  });

  // … and refuse before the body is validated, once the rate limiter has counted the request.
  app.addHook('preValidation', async (request) => {
    const reason = refused.get(request);
    if (reason !== undefined) throw unauthorized(reason, 'invalid_token');
    const needed = request.routeOptions.config?.requiredRole;
    if (needed !== undefined) assertRole(request.apiKey, needed);
  });
}

/**
 * A key resolved once is kept for a while (KEY_CACHE_TTL_MS), so requests with a key cost no query
 * — where this process hears of every revocation. On PGlite it is the only process that can open
 * the database. On Postgres it listens for revocations announced by any process (the `apikey`
 * command, another instance) and forgets every kept key on each one, and on every reconnection
 * of the listening connection, since announcements sent while it was down are lost. If it cannot
 * listen, it keeps nothing and asks the database on every request.
 */
async function keepResolvedKeys(app: FastifyInstance, database: Database): Promise<void> {
  const { db } = database;
  if (database.driver === 'pglite') {
    const release = trustResolvedKeys(db);
    app.addHook('onClose', async () => release());
    return;
  }
  if (!database.listen) return;
  const forget = () => forgetResolvedKeys(db);
  try {
    const subscription = await database.listen(API_KEY_CHANNEL, forget, forget);
    const release = trustResolvedKeys(db);
    app.addHook('onClose', async () => {
      release();
      await subscription.close();
    });
  } catch (error) {
    app.log.warn({ err: error }, 'cannot listen for API key revocations; every request with a key will be checked against the database');
  }
}

/** The strongest role a route's own `requireRole` guards ask for, if any. */
function guardRole(route: RouteOptions): Role | undefined {
  const handlers = [route.preHandler, route.preValidation, route.onRequest].flat().filter((h) => typeof h === 'function');
  const roles = handlers.map((h) => (h as { [REQUIRED_ROLE]?: Role })[REQUIRED_ROLE]).filter((r): r is Role => r !== undefined);
  return roles.length > 0 ? roles.reduce(strongerRole) : undefined;
}

export const authPlugin = fp(auth, { name: 'zonematch-auth', fastify: '5.x' });
