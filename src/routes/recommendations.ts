import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  DetectRequestSchema,
  DetectResponseSchema,
  RecommendationParamsSchema,
  RecommendationSchema,
  RecommendRequestSchema,
} from '../schemas/recommendation-dto.js';
import { PROFILE_EXAMPLES } from '../schemas/examples.js';

const problem = { $ref: 'Problem#' };

export const recommendationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Rank zones for a company profile, with explanations',
        description:
          'Send a company profile in English, Japanese or Chinese. The answer ranks zones with a 0–100 score, its components, and an explanation citing the source documents. Stored unless options.persist is false.',
        body: { ...RecommendRequestSchema, examples: PROFILE_EXAMPLES },
        headers: Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 200: RecommendationSchema, 400: problem, 406: problem, 413: problem, 415: problem, 503: problem },
      },
    },
    async (request) => {
      await app.zonematch.turns.take();
      return app.zonematch.recommendations.recommend(request.body, request.headers['accept-language']);
    },
  );

  app.get(
    '/recommendations/:id',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'A stored recommendation, exactly as it was answered',
        params: RecommendationParamsSchema,
        response: { 200: RecommendationSchema, 404: problem, 503: problem },
      },
    },
    async (request) => app.zonematch.recommendations.get(request.params.id) as never,
  );

  app.post(
    '/concepts/detect',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The taxonomy concepts named in any text (English, Japanese or Chinese)',
        body: { ...DetectRequestSchema, examples: [{ text: '新エネルギー自動車の電池材料と半導体', language: 'en' }] },
        response: { 200: DetectResponseSchema, 400: problem },
      },
    },
    async (request) => {
      const view = app.zonematch.catalog;
      const language = request.body.language ?? 'en';
      const concepts = view.matcher.detect(request.body.text).map((m) => ({
        id: m.conceptId,
        label: view.index.taxonomy.concepts.get(m.conceptId)?.labels[language] ?? m.conceptId,
        matchedText: m.matchedText,
        start: m.start,
        end: m.end,
      }));
      return { concepts };
    },
  );
};
