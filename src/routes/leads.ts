/** GET /v1/zones/{id}/leads: the stored company profiles ranked for one zone. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { LeadsParamsSchema, LeadsQuerySchema, LeadsResponseSchema } from '../schemas/leads-dto.js';
import { LeadsService } from '../services/leads-service.js';
import { preferredLanguage } from '../negotiation.js';

const problem = { $ref: 'Problem#' };

export const leadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = new LeadsService(app.zonematch.database, () => app.zonematch.catalog, app.zonematch.turns);

  app.get(
    '/zones/:id/leads',
    {
      schema: {
        tags: ['zones'],
        summary: 'The stored companies that fit this zone best, with the same explanation as a recommendation',
        description:
          "Every company whose latest stored profile names one of the zone's industry concepts (or an ancestor or descendant of one) is scored for this zone by the ranking engine; highest score first. Repeated submissions of a company (same name, case-insensitive, and country) count once, with their latest profile.",
        params: LeadsParamsSchema,
        querystring: LeadsQuerySchema,
        headers: Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 200: LeadsResponseSchema, 400: problem, 404: problem, 406: problem, 503: problem },
      },
    },
    async (request) => {
      const language = request.query.language ?? preferredLanguage(request.headers['accept-language']);
      return service.leads(request.params.id, { limit: request.query.limit, language });
    },
  );
};
