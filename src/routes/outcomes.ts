/**
 * /v1/leads/outcomes: what happened between a company and a zone. Recording needs a staff (or
 * admin) key, reading a reader key; there is no route to change or delete an outcome.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireRole } from '../auth/guard.js';
import { preferredLanguage, preferredMediaType } from '../negotiation.js';
import { OutcomeListSchema, OutcomeQuerySchema, OutcomeSchema, RecordOutcomeSchema } from '../schemas/outcome-dto.js';
import { OUTCOME_CSV_COLUMNS, OutcomeService } from '../services/outcome-service.js';

const problem = { $ref: 'Problem#' };
const CSV = 'text/csv';
const headers = Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 500 })) });
const csvDescription = `One line per outcome, newest first, after a header: ${OUTCOME_CSV_COLUMNS.join(', ')}. Every outcome matching the filters (limit and offset do not apply).`;

export const outcomeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = new OutcomeService(app.zonematch.database, () => app.zonematch.catalog);

  app.post(
    '/leads/outcomes',
    {
      preHandler: requireRole('staff'),
      schema: {
        tags: ['leads'],
        summary: 'Record what happened between a company and a zone (staff or admin key)',
        description:
          "Append-only: an outcome is never changed or deleted; record a new one when things move on (a lead's latest outcome is the one shown in the zone's lead list). `company` is the id of a stored recommendation for the company. A declined outcome needs a reason. The key's label and the server's time are recorded with it.",
        body: {
          ...RecordOutcomeSchema,
          examples: [
            { company: '0b7e5f0c-3d1a-4c55-9a44-2f1f0f5c9a10', zone: 'dalian-xinriben', status: 'visited', note: 'Site visit with the plant manager on 3 Dec' },
          ],
        },
        headers,
        response: { 201: OutcomeSchema, 400: problem, 404: problem, 415: problem, 503: problem },
      },
    },
    async (request, reply) => {
      const outcome = await service.record(request.body, request.apiKey!, preferredLanguage(request.headers['accept-language']));
      return reply.status(201).send(outcome);
    },
  );

  app.get(
    '/leads/outcomes',
    {
      preHandler: requireRole('reader'),
      config: { produces: [CSV] },
      schema: {
        tags: ['leads'],
        summary: 'Recorded lead outcomes, newest first, by zone, company name part and status (reader key)',
        description: `JSON a page at a time; with Accept: text/csv, the CSV export (as GET /v1/leads/outcomes.csv). ${csvDescription}`,
        querystring: OutcomeQuerySchema,
        headers,
        response: {
          200: {
            description: 'A page of outcomes, or the CSV export',
            content: { 'application/json': { schema: OutcomeListSchema }, [CSV]: { schema: Type.String() } },
          },
          400: problem,
          406: problem,
          503: problem,
        },
      },
    },
    async (request, reply) => {
      const language = request.query.language ?? preferredLanguage(request.headers['accept-language']);
      if (preferredMediaType(request.headers.accept, ['application/json', CSV]) === CSV) {
        return reply.type('text/csv; charset=utf-8').send(await service.csv(request.query, language));
      }
      return service.list(request.query, language);
    },
  );

  app.get(
    '/leads/outcomes.csv',
    {
      preHandler: requireRole('reader'),
      config: { produces: [CSV] },
      schema: {
        tags: ['leads'],
        summary: 'Recorded lead outcomes as CSV (reader key)',
        description: csvDescription,
        querystring: OutcomeQuerySchema,
        headers,
        response: { 200: { description: 'The CSV export', content: { [CSV]: { schema: Type.String() } } }, 400: problem, 406: problem, 503: problem },
      },
    },
    async (request, reply) => {
      const language = request.query.language ?? preferredLanguage(request.headers['accept-language']);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="lead-outcomes.csv"')
        .send(await service.csv(request.query, language));
    },
  );
};
