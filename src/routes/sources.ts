import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SourceDtoSchema, SourceExcerptDtoSchema, SourceExcerptQuerySchema, SourceListDtoSchema, SourceParamsSchema } from '../schemas/source-dto.js';
import { type DocumentTexts, SourceService } from '../services/source-service.js';

export interface SourceRoutesOptions {
  /** Where document texts are read from (default: the shipped seeds/documents/). */
  texts?: DocumentTexts;
}

export const sourceRoutes: FastifyPluginAsyncTypebox<SourceRoutesOptions> = async (app, options) => {
  const sources = new SourceService(() => app.zonematch.catalog, options.texts);

  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'The source documents the catalog cites, with title (en, ja, zh), issuer, date and kind',
        response: { 200: SourceListDtoSchema },
      },
    },
    async () => {
      const items = sources.list();
      return { items, total: items.length };
    },
  );

  app.get(
    '/sources/:doc',
    {
      schema: {
        tags: ['sources'],
        summary: 'One source document by its file name',
        params: SourceParamsSchema,
        response: { 200: SourceDtoSchema, 404: { $ref: 'Problem#' } },
      },
    },
    async (request) => sources.get(request.params.doc),
  );

  app.get(
    '/sources/:doc/excerpt',
    {
      schema: {
        tags: ['sources'],
        summary: 'The passage a citation points to: the text of one section of a source document',
        params: SourceParamsSchema,
        querystring: SourceExcerptQuerySchema,
        response: { 200: SourceExcerptDtoSchema, 400: { $ref: 'Problem#' }, 404: { $ref: 'Problem#' } },
      },
    },
    async (request) => sources.excerpt(request.params.doc, request.query.section),
  );
};
