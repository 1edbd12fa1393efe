/**
 * GET /r/{id}/brief: the client brief of a stored answer as a printable HTML page, in the
 * answer's language or `?lang=`, for the shortlist in `?zones=` or the answer's top zones. The
 * same content as JSON is GET /v1/recommendations/{id}/brief (src/routes/recommendations.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BRIEF_DEFAULT_ZONES, BRIEF_MAX_ZONES, BriefQuerySchema } from '../schemas/comparison-dto.js';
import { RecommendationParamsSchema } from '../schemas/recommendation-dto.js';
import { renderBriefHtml } from '../services/brief-html.js';
import { ComparisonService } from '../services/comparison-service.js';
import { ASSET_PREFIX } from './console.js';

const problem = { $ref: 'Problem#' };

export const briefRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const comparisons = new ComparisonService(app.zonematch.recommendations, () => app.zonematch.catalog);

  app.get(
    '/r/:id/brief',
    {
      // The page shows a stored profile: with AUTH_REQUIRED=true it needs a key like the API.
      config: { servesData: true },
      schema: {
        tags: ['recommendations'],
        summary: 'The client brief of a stored answer: a printable HTML page (A4)',
        description: `The company's profile, then each zone (the shortlist in \`zones\`, 1–${BRIEF_MAX_ZONES} ids, else the answer's top ${BRIEF_DEFAULT_ZONES}): its score, why it fits, the incentives that apply, points to check, figures and titled sources. In the answer's language unless \`lang\` says otherwise. Print it from the browser; the page carries its own print styles. The same content as JSON: GET /v1/recommendations/{id}/brief.`,
        params: RecommendationParamsSchema,
        querystring: BriefQuerySchema,
        response: {
          200: { description: 'The brief', content: { 'text/html': { schema: Type.String() } } },
          400: problem,
          404: problem,
          503: problem,
        },
      },
    },
    async (request, reply) => {
      const brief = await comparisons.brief(request.params.id, request.query);
      return reply.type('text/html; charset=utf-8').send(renderBriefHtml(brief, ASSET_PREFIX));
    },
  );
};
