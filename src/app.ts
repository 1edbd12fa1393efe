/**
 * The one Fastify factory. The server, the tests and the OpenAPI generator all build the app
 * here, so requests are validated and serialized exactly as in production.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import type { Database } from '../db/client.js';
import { type ApiError, ProblemSchema, problem, problemOf } from './errors.js';
import { answerClientError, jsonProblem, sendError, sendProblem } from './error-handler.js';
import { createValidators, type Validators } from './validation.js';
import type { CatalogView } from './services/catalog-view.js';
import { CatalogStore } from './services/catalog-store.js';
import { authPlugin, BEARER_SCHEME } from './auth/plugin.js';
import { securityPlugin } from './auth/security.js';
import { healthRoutes } from './routes/health.js';
import { zoneRoutes } from './routes/zones.js';
import { catalogRoutes } from './routes/catalog.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { catalogAdminRoutes } from './routes/catalog-admin.js';
import { batchRoutes } from './routes/batch.js';
import { leadRoutes } from './routes/leads.js';
import { outcomeRoutes } from './routes/outcomes.js';
import { weightPresetRoutes } from './routes/weight-presets.js';
import { consoleRoutes, isConsolePath } from './routes/console.js';
import { briefRoutes } from './routes/brief.js';
import { sourceRoutes } from './routes/sources.js';
import { preferredMediaType } from './negotiation.js';
import { RecommendationService } from './services/recommendation-service.js';
import { FairTurns } from './fair-turns.js';

export const API_VERSION = '0.1.0';

/** Largest accepted request body. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  /**
   * Auth, rate-limit and CORS settings default to open, unlimited and off (what most tests
   * want); the server passes the whole validated Config.
   */
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'authRequired' | 'rateLimitMax' | 'rateLimitWindowSeconds' | 'corsOrigins'>>;
  database: Database;
  catalog: CatalogView;
  /** Pino logger options override (tests pass false). */
  logger?: boolean | object;
}

declare module 'fastify' {
  interface FastifyInstance {
    zonematch: AppState;
  }
  interface FastifyContextConfig {
    /** Media types a route answers besides JSON (e.g. text/csv), admitted by the Accept check. */
    produces?: readonly string[];
  }
}

/** What the routes share: the live catalog view (swapped whole on change) and the database. */
export interface AppState {
  database: Database;
  /** Owns the live view: reloads and change notifications. */
  catalogs: CatalogStore;
  /** The live view (`catalogs.view`): take it once per request. */
  readonly catalog: CatalogView;
  recommendations: RecommendationService;
  /** CPU-heavy work (ranking, scoring leads) takes a turn: one piece per event-loop iteration. */
  turns: FairTurns;
  /** The app's Ajv (see validation.ts): what a handler validates itself is checked as a request body is. */
  validators: Validators;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: options.config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // While closing, a request that arrives on an open keep-alive connection is still served
    // (Fastify's own 503 would be a 5xx for a request the server accepted); new connections are refused.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
    // A URL the router cannot decode (invalid UTF-8 escapes) never reaches the error handler.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id);
      return sendError(error, request, reply);
    },
    // A request Node's HTTP parser refuses (raw UTF-8 in the URL, a malformed header or
    // Content-Length) never becomes a Fastify request; it is answered on the socket.
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const validators = createValidators();
  app.setValidatorCompiler(validators.compile);

  const catalogs = new CatalogStore(options.database, options.catalog);
  const state: AppState = {
    database: options.database,
    catalogs,
    get catalog() {
      return catalogs.view;
    },
    recommendations: new RecommendationService(options.database, () => catalogs.view, validators),
    turns: new FairTurns(),
    validators,
  };
  app.decorate('zonematch', state);
  // Fastify parses text/plain by default; every body this API takes is JSON, so anything else is a 415.
  app.removeContentTypeParser('text/plain');
  // Fastify's own JSON parser (prototype poisoning refused), with the parse error's words in the problem.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, value?: unknown) => (error ? done(jsonProblem(error, body as string)) : done(null, value)));
  });

  app.addSchema(ProblemSchema);

  // Answers of 1 KB or more go out compressed (br, else gzip) when the client accepts it: the
  // concept list is 161 KB as JSON. Before @fastify/static, which must see the hook. Request bodies
  // are never decompressed: every client sends plain JSON or CSV.
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], globalDecompression: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'zonematch',
        version: API_VERSION,
        description:
          "Ranks China's investment zones for a company profile written in English, Japanese or Chinese, with sourced explanations. Errors are application/problem+json (RFC 9457) with a stable `code`.",
      },
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'zones', description: 'The zone catalog' },
        { name: 'catalog', description: 'Programs and the industry taxonomy' },
        { name: 'recommendations', description: 'Rank zones for a company profile; find, compare and brief stored answers' },
        { name: 'leads', description: 'Follow a lead: what happened between a company and a zone' },
        { name: 'weights', description: 'Named component weights (presets)' },
        { name: 'sources', description: 'The source documents facts are cited from, and the cited passages' },
      ],
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API key (`zm_…`) created with `npm run apikey -- create`. Roles, weakest first: reader, staff, admin (a stronger role may do what a weaker one may). Catalog changes and new weight presets need admin; recording lead outcomes needs staff; reading them needs reader. Other read and recommendation endpoints are open unless the server runs with AUTH_REQUIRED=true. A wrong key is refused (401) everywhere.',
          },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Before the routes: both act through onRoute and request hooks.
  await app.register(authPlugin, { database: options.database, authRequired: options.config.authRequired ?? false });
  await app.register(securityPlugin, {
    rateLimitMax: options.config.rateLimitMax,
    rateLimitWindowSeconds: options.config.rateLimitWindowSeconds,
    corsOrigins: options.config.corsOrigins,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (!acceptsJson(request.headers.accept, request.routeOptions.config?.produces) && !request.url.startsWith('/docs') && !isConsolePath(request.url)) {
      throw problem('NOT_ACCEPTABLE', 'This endpoint answers application/json (errors as application/problem+json).');
    }
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = (['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const).filter((m) => app.findRoute({ method: m, url: path }) !== null);
    // A route that matched but answered not-found itself (a missing static file) stays a 404.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    if (allowed.length > 0 && !(allowed as readonly string[]).includes(method)) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(request, reply, problemOf('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`));
    }
    return sendProblem(request, reply, problemOf('NOT_FOUND', `No resource at ${path}.`));
  });

  await app.register(healthRoutes);
  await app.register(zoneRoutes, { prefix: '/v1' });
  await app.register(catalogRoutes, { prefix: '/v1' });
  await app.register(recommendationRoutes, { prefix: '/v1' });
  await app.register(catalogAdminRoutes, { prefix: '/v1' });
  await app.register(batchRoutes, { prefix: '/v1' });
  await app.register(leadRoutes, { prefix: '/v1' });
  await app.register(outcomeRoutes, { prefix: '/v1' });
  await app.register(weightPresetRoutes, { prefix: '/v1' });
  await app.register(sourceRoutes, { prefix: '/v1' });
  await app.register(consoleRoutes);
  await app.register(briefRoutes);
  return app;
}

/** True when the Accept header admits JSON, or one of the extra types a route produces (its `config.produces`). */
function acceptsJson(accept: string | undefined, produces: readonly string[] = []): boolean {
  return preferredMediaType(accept, ['application/json', 'application/problem+json', 'text/html', ...produces]) !== undefined;
}
