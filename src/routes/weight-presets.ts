/** /v1/weight-presets: named component weights for options.weightsPreset. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../auth/guard.js';
import { CreateWeightPresetSchema, WeightPresetListSchema, WeightPresetSchema } from '../schemas/weight-preset-dto.js';
import { listPresets, savePreset } from '../services/weight-presets.js';

const problem = { $ref: 'Problem#' };

export const weightPresetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/weight-presets',
    {
      schema: {
        tags: ['weights'],
        summary: 'The named weight presets, by name',
        response: { 200: WeightPresetListSchema, 503: problem },
      },
    },
    async () => {
      const items = await listPresets(app.zonematch.database);
      return { items, total: items.length };
    },
  );

  app.post(
    '/weight-presets',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags: ['weights'],
        summary: 'Save a named weight preset (admin key); a name is given once',
        description:
          'The weights are merged into the defaults and stored with all six. Rank with them by sending options.weightsPreset: "<name>" to POST /v1/recommendations; the answer then names the preset and lists the weights used.',
        body: {
          ...CreateWeightPresetSchema,
          examples: [{ name: 'logistics-first', weights: { logistics: 0.3, industry: 0.3 }, note: 'For export-driven manufacturers' }],
        },
        response: { 201: WeightPresetSchema, 400: problem, 409: problem, 415: problem, 503: problem },
      },
    },
    async (request, reply) => {
      const preset = await savePreset(app.zonematch.database, request.body, request.apiKey?.label ?? 'unknown');
      return reply.status(201).send(preset);
    },
  );
};
