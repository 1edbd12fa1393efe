/**
 * POST /v1/recommendations/batch: many profiles in one request, as JSON or CSV, answered as
 * JSON or (Accept: text/csv) CSV. The text/csv body parser is registered inside this plugin
 * only, so every other route still answers 415 to CSV.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { validationProblem } from '../errors.js';
import {
  BATCH_BODY_LIMIT_BYTES,
  BATCH_CSV_EXAMPLE,
  BATCH_DEFAULT_LIMIT,
  BATCH_MAX_PROFILES,
  BatchCsvBodySchema,
  BatchJsonRequestSchema,
  BatchQuerySchema,
  BatchResponseSchema,
  type BatchJsonRequest,
  type BatchOptions,
} from '../schemas/batch-dto.js';
import { PROFILE_EXAMPLES } from '../schemas/examples.js';
import { batchToCsv } from '../services/batch-csv.js';
import { BatchService, rowsFromCsv, rowsFromJson } from '../services/batch-service.js';

import { preferredMediaType } from '../negotiation.js';

const problem = { $ref: 'Problem#' };
const CSV = 'text/csv';

/** True when the Accept header prefers text/csv to JSON (JSON on a tie). */
export function prefersCsv(accept: string | undefined): boolean {
  return preferredMediaType(accept, ['application/json', CSV]) === CSV;
}

export const batchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addContentTypeParser(CSV, { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  const service = new BatchService(app.zonematch.recommendations, app.zonematch.turns);

  app.post(
    '/recommendations/batch',
    {
      bodyLimit: BATCH_BODY_LIMIT_BYTES,
      config: { produces: [CSV] },
      schema: {
        tags: ['recommendations'],
        summary: `Rank zones for up to ${BATCH_MAX_PROFILES} profiles at once (JSON or CSV in, JSON or CSV out)`,
        description: [
          `JSON: { profiles: [...], options } — each profile as in POST /v1/recommendations. CSV (Content-Type: text/csv): a header, then one company per line; columns name, sector (required), country, technologies (separated by ; or ；), description, employees, stage, needs (separated by ; or ；); stage and needs in any case; options in the query string.`,
          `Each profile is validated on its own: a bad one comes back as status "invalid" with its row number (from 1; for CSV also the line of the file it starts on) and its problems ({ path, message }, path relative to the profile, or /<column> for CSV) and does not fail the others.`,
          `Answers JSON, or CSV with Accept: text/csv — one line per row: row, status, name, rank<k>_zone, rank<k>_name, rank<k>_score for k = 1…limit (default ${BATCH_DEFAULT_LIMIT}), recommendation_id, problems.`,
          'Ranked rows are stored in one transaction (each answer then readable at GET /v1/recommendations/{id}) unless persist is false.',
        ].join('\n\n'),
        querystring: BatchQuerySchema,
        body: {
          content: {
            'application/json': {
              schema: {
                ...BatchJsonRequestSchema,
                examples: [
                  {
                    profiles: [PROFILE_EXAMPLES[0]!.profile, PROFILE_EXAMPLES[1]!.profile, PROFILE_EXAMPLES[2]!.profile],
                    options: { limit: 3, language: 'en', persist: false },
                  },
                ],
              },
            },
            [CSV]: { schema: { ...BatchCsvBodySchema, examples: [BATCH_CSV_EXAMPLE] } },
          },
        },
        headers: Type.Object({ 'accept-language': Type.Optional(Type.String({ maxLength: 500 })) }),
        response: {
          200: {
            description: 'One item per row, in the order sent',
            content: {
              'application/json': { schema: BatchResponseSchema },
              [CSV]: { schema: Type.String({ description: 'row,status,name,rank1_zone,rank1_name,rank1_score,…,recommendation_id,problems' }) },
            },
          },
          400: problem,
          406: problem,
          413: problem,
          415: problem,
          503: problem,
        },
      },
    },
    async (request, reply) => {
      const isCsv = typeof request.body === 'string';
      // Schemas are chosen by content type: a request without one (and without a body) meets none.
      if (!isCsv && (typeof request.body !== 'object' || request.body === null)) {
        throw validationProblem([{ path: '/body', message: 'is required: JSON { "profiles": [...] } or a text/csv file' }]);
      }
      let rows;
      let options: BatchOptions;
      if (isCsv) {
        rows = rowsFromCsv(request.body as string);
        options = { ...request.query };
      } else {
        const given = Object.keys(request.query);
        if (given.length > 0) {
          throw validationProblem(
            given.map((key) => ({ path: `/querystring/${key}`, message: 'applies to text/csv bodies only; send options in the JSON body' })),
          );
        }
        const body = request.body as BatchJsonRequest;
        rows = rowsFromJson(body.profiles);
        options = body.options ?? {};
      }
      const result = await service.run(rows, options, request.headers['accept-language'], isCsv ? '/querystring' : '/body/options');
      if (prefersCsv(request.headers.accept)) {
        return reply.type('text/csv; charset=utf-8').send(batchToCsv(result.items, options.limit ?? BATCH_DEFAULT_LIMIT));
      }
      return result;
    },
  );
};
