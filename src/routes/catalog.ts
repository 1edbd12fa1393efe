import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ConceptTreeDtoSchema, ProgramListDtoSchema } from '../schemas/catalog-dto.js';
import { toProgramDto } from '../services/zone-dto.js';

export const catalogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/programs',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The programs zones belong to, with the facts their zones inherit',
        response: { 200: ProgramListDtoSchema },
      },
    },
    async () => {
      const catalog = app.zonematch.catalog;
      const items = catalog.catalog.programs.map((p) =>
        toProgramDto(
          p,
          catalog.zoneIds.filter((id) => catalog.zone(id)?.programs.some((q) => q.id === p.id)),
        ),
      );
      return { items, total: items.length };
    },
  );

  app.get(
    '/concepts',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The industry taxonomy as a tree, with labels and synonyms in en, ja and zh',
        response: { 200: ConceptTreeDtoSchema },
      },
    },
    async () => {
      const catalog = app.zonematch.catalog;
      return { items: catalog.conceptTree(), total: catalog.catalog.concepts.length };
    },
  );
};
