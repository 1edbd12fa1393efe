import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { provincesNamed } from '../catalog/place-search.js';
import { problem, validationProblem } from '../errors.js';
import { ZoneDetailDtoSchema, ZoneListDtoSchema, ZoneListQuerySchema, ZoneParamsSchema } from '../schemas/catalog-dto.js';
import { toZoneDetail, toZoneSummary } from '../services/zone-dto.js';

export const zoneRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/zones',
    {
      schema: {
        tags: ['zones'],
        summary: 'List zones, filtered by program, province, concept (with its descendants) or free text',
        querystring: ZoneListQuerySchema,
        response: { 200: ZoneListDtoSchema, 400: { $ref: 'Problem#' } },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const catalog = app.zonematch.catalog;
      if (filter.concept && catalog.conceptWithDescendants(filter.concept).size === 0) {
        throw validationProblem([{ path: '/querystring/concept', message: `"${filter.concept}" is not a concept of the taxonomy (see GET /v1/concepts)` }]);
      }
      if (filter.province && provincesNamed(filter.province).size === 0 && !catalog.listZones({ province: filter.province }).length) {
        throw validationProblem([
          {
            path: '/querystring/province',
            message: `"${filter.province}" names no province of China (write it in English, Chinese, Japanese or pinyin, e.g. Zhejiang, 浙江省, せっこう)`,
          },
        ]);
      }
      const matches = catalog.listZones(filter);
      return { items: matches.slice(offset, offset + limit).map(toZoneSummary), total: matches.length };
    },
  );

  app.get(
    '/zones/:id',
    {
      schema: {
        tags: ['zones'],
        summary: 'One zone with its own and inherited industries, incentives, restrictions, targets and sources',
        params: ZoneParamsSchema,
        response: { 200: ZoneDetailDtoSchema, 404: { $ref: 'Problem#' } },
      },
    },
    async (request) => {
      const catalog = app.zonematch.catalog;
      const view = catalog.zone(request.params.id);
      if (!view) throw problem('ZONE_NOT_FOUND', `There is no zone with id "${request.params.id}".`);
      return toZoneDetail(view, catalog);
    },
  );
};
