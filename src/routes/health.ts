import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { withinDeadline } from '../../db/client.js';
import { DATABASE_RETRY_AFTER_SECONDS, problem } from '../errors.js';

const HealthSchema = Type.Object({ status: Type.Literal('ok') });
const ReadySchema = Type.Object({ status: Type.Literal('ready'), catalogVersion: Type.String(), zones: Type.Integer() });

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['health'], summary: 'Liveness: answers as soon as the process serves', response: { 200: HealthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and the catalog is loaded',
        response: { 200: ReadySchema, 503: { $ref: 'Problem#' } },
      },
    },
    async () => {
      const { database, catalog } = app.zonematch;
      try {
        await withinDeadline(database.ping(), 2000);
      } catch {
        throw problem('NOT_READY', 'The database does not answer.', { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } });
      }
      if (catalog.zoneIds.length === 0)
        throw problem('NOT_READY', 'The zone catalog is empty.', { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } });
      return { status: 'ready' as const, catalogVersion: catalog.version, zones: catalog.zoneIds.length };
    },
  );
};
