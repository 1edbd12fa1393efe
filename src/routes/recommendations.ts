import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  DetectRequestSchema,
  DetectResponseSchema,
  HistoryQuerySchema,
  HistorySchema,
  RecommendationParamsSchema,
  RecommendationSchema,
  RecommendRequestSchema,
} from '../schemas/recommendation-dto.js';
import { PROFILE_EXAMPLES } from '../schemas/examples.js';
import {
  BRIEF_DEFAULT_ZONES,
  BRIEF_MAX_ZONES,
  BriefQuerySchema,
  BriefSchema,
  COMPARE_MAX_ZONES,
  COMPARE_MIN_ZONES,
  CompareQuerySchema,
  ComparisonSchema,
} from '../schemas/comparison-dto.js';
import { ComparisonService } from '../services/comparison-service.js';

const problem = { $ref: 'Problem#' };

export const recommendationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const comparisons = new ComparisonService(app.zonematch.recommendations, () => app.zonematch.catalog);

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

  app.get(
    '/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Stored answers, newest first: find a company by part of its name, or answers within dates',
        description:
          'Each item gives the answer id (GET /v1/recommendations/{id} for the whole answer), the company, when it was stored, its language and its top zone. `company` matches any part of the name, in any case; `from` and `to` take an ISO 8601 date (a whole UTC day) or a date-time with a time zone.',
        querystring: HistoryQuerySchema,
        response: { 200: HistorySchema, 400: problem, 406: problem, 503: problem },
      },
    },
    async (request) => app.zonematch.recommendations.history(request.query),
  );

  app.get(
    '/recommendations/:id/compare',
    {
      schema: {
        tags: ['recommendations'],
        summary: `${COMPARE_MIN_ZONES} to ${COMPARE_MAX_ZONES} zones side by side for a stored answer's profile`,
        description:
          "The stored profile is scored for each zone by the engine with the answer's weights (zones of the answer or any zone of the catalog), so every number is the engine's. `zones` holds each zone's score and parts, matched industries, applicable incentives, figures, location, partners, concerns and titled sources; `rows` lines the comparable fields up, one value per zone, with `differs` where they do not all agree.",
        params: RecommendationParamsSchema,
        querystring: CompareQuerySchema,
        response: { 200: ComparisonSchema, 400: problem, 404: problem, 406: problem, 503: problem },
      },
    },
    async (request) => comparisons.compare(request.params.id, request.query),
  );

  app.get(
    '/recommendations/:id/brief',
    {
      schema: {
        tags: ['recommendations'],
        summary: "The client brief's content as JSON (the page itself is GET /r/{id}/brief)",
        description: `The profile (with the industries read in it, named in the brief's language) and the zones of the brief, each as in the comparison: the shortlist in \`zones\` (1–${BRIEF_MAX_ZONES} ids), else the answer's top ${BRIEF_DEFAULT_ZONES}; in the answer's language unless \`lang\` says otherwise.`,
        params: RecommendationParamsSchema,
        querystring: BriefQuerySchema,
        response: { 200: BriefSchema, 400: problem, 404: problem, 406: problem, 503: problem },
      },
    },
    async (request) => comparisons.brief(request.params.id, request.query),
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
