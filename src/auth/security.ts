/**
 * What protects every response: security headers (helmet), CORS (@fastify/cors, only
 * for configured origins) and rate limiting (@fastify/rate-limit, per API key or per client
 * address). Registered by buildApp after the auth plugin, before the routes, so the limiter's
 * per-route hook sees `request.apiKey`.
 */
import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from '../errors.js';

export interface SecurityOptions {
  /** Requests per window per key or address; 0 or undefined: no limit. */
  rateLimitMax?: number;
  /** Window length in seconds (default 60). */
  rateLimitWindowSeconds?: number;
  /** Allowed browser origins (`*` for any); empty or undefined: no CORS headers at all. */
  corsOrigins?: string[];
}

const noop = () => {};

/** Probes must never be throttled: an orchestrator would take a healthy instance out. */
export const RATE_LIMIT_EXEMPT = new Set(['/health', '/ready']);

/** Headers a browser client needs to read from a cross-origin answer. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'www-authenticate'];

async function security(app: FastifyInstance, options: SecurityOptions) {
  // Documented whatever the configuration, so the committed OpenAPI document does not depend on it.
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide || RATE_LIMIT_EXEMPT.has(route.url)) return;
    route.schema = {
      ...route.schema,
      response: {
        ...(route.schema.response as Record<string, unknown> | undefined),
        429: {
          description: 'Too many requests from this API key or address (RATE_LIMIT_MAX per RATE_LIMIT_WINDOW); wait for Retry-After seconds',
          headers: { 'retry-after': { type: 'integer', description: 'Seconds until the window resets' } },
          $ref: 'Problem#',
        },
      },
    };
  });

  // Built once: @fastify/helmet built helmet's middleware anew for every request (about 8 µs each,
  // a tenth of a /health answer); the headers are the same for every route here.
  const securityHeaders = helmet({
    // Everything the API, Swagger UI (/docs) and the console serve comes from this origin as
    // files: no inline or remote scripts. Swagger UI sets inline style attributes and uses data:
    // images, hence those two allowances. No upgrade-insecure-requests: the service is often
    // reached over plain http inside a network, where that directive would break /docs.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    // Sets the headers and calls its callback synchronously; a throw reaches the error handler.
    securityHeaders(request.raw, reply.raw, noop);
    done();
  });

  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    await app.register(cors, {
      origin: origins.includes('*') ? '*' : origins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'accept', 'accept-language', 'x-request-id'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    });
  }

  const max = options.rateLimitMax ?? 0;
  if (max > 0) {
    const windowSeconds = options.rateLimitWindowSeconds ?? 60;
    await app.register(rateLimit, {
      max,
      timeWindow: windowSeconds * 1000,
      keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${normalizeIP(request.ip)}`),
      allowList: (request) => RATE_LIMIT_EXEMPT.has(request.routeOptions.url ?? ''),
      errorResponseBuilder: (request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return problem('RATE_LIMITED', `More than ${context.max} requests in ${windowSeconds} s ${whose(request)}; retry in ${seconds} s.`, {
          headers: { 'retry-after': String(seconds) },
        });
      },
    });
  }
}

function whose(request: FastifyRequest): string {
  return request.apiKey ? `with the API key "${request.apiKey.label}"` : 'from this address';
}

export const securityPlugin = fp(security, { name: 'zonematch-security', fastify: '5.x', dependencies: ['zonematch-auth'] });
