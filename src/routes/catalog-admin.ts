import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { requireRole } from '../auth/guard.js';
import { ZoneSchema } from '../catalog/schema.js';
import type { Actor } from '../repositories/catalog-admin-repository.js';
import {
  CatalogDocumentSchema,
  CatalogImportResultSchema,
  CatalogImportSchema,
  ZONE_EXAMPLE,
  ZoneArchiveResultSchema,
  ZoneIdParamsSchema,
  ZonePutResultSchema,
} from '../schemas/catalog-admin-dto.js';
import { ZoneParamsSchema } from '../schemas/catalog-dto.js';
import { CatalogAdminService } from '../services/catalog-admin.js';

const problem = { $ref: 'Problem#' };

/** Largest accepted catalog import: the whole national catalogue fits with room to spare. */
export const IMPORT_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

function actorOf(request: FastifyRequest): Actor {
  return { keyId: request.apiKey?.id ?? null, keyLabel: request.apiKey?.label ?? null, requestId: request.id };
}

export const catalogAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = new CatalogAdminService(app.zonematch.database, app.zonematch.catalogs, app.log);

  app.put(
    '/zones/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags: ['zones'],
        summary: 'Create or replace a zone (admin key)',
        description:
          'The body is a zone exactly as in seeds/zones/<id>.json, validated by the catalog schema and checked against the rest of the live catalog (known concepts, program, source documents; incentive ids unique). Bumps the catalog version, writes the audit log, and serves the new zone from the next request on. Sending the stored zone again changes nothing.',
        params: ZoneIdParamsSchema,
        body: { ...ZoneSchema, examples: [ZONE_EXAMPLE] },
        response: { 200: ZonePutResultSchema, 201: ZonePutResultSchema, 400: problem, 413: problem, 415: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const result = await service.putZone(request.params.id, request.body, actorOf(request));
      reply.status(result.created ? 201 : 200);
      return { id: request.params.id, created: result.created, changed: result.changed, catalogVersion: result.version, revision: result.revision };
    },
  );

  app.delete(
    '/zones/:id',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags: ['zones'],
        summary: 'Archive a zone (admin key): it leaves the live catalog, its row and history are kept',
        params: ZoneParamsSchema,
        response: { 200: ZoneArchiveResultSchema, 404: problem },
      },
    },
    async (request) => {
      const result = await service.archiveZone(request.params.id, actorOf(request));
      return { id: request.params.id, archivedAt: result.archivedAt.toISOString(), catalogVersion: result.version, revision: result.revision };
    },
  );

  app.get(
    '/catalog/export',
    {
      preHandler: requireRole('reader'),
      schema: {
        tags: ['catalog'],
        summary: 'The whole live catalog in the shape of the seed files, ready for POST /v1/catalog/import (reader key)',
        response: { 200: CatalogDocumentSchema },
      },
    },
    async () => service.exportCatalog(),
  );

  app.post(
    '/catalog/import',
    {
      preHandler: requireRole('admin'),
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags: ['catalog'],
        summary: 'Replace the whole catalog, all or nothing (admin key)',
        description:
          'Takes what GET /v1/catalog/export answers. Everything is validated first (schemas and cross-references); then, in one transaction, sources and taxonomy are replaced, programs and zones written where they differ, and programs and zones missing from the import archived. Any failure changes nothing.',
        body: CatalogImportSchema,
        response: { 200: CatalogImportResultSchema, 400: problem, 413: problem, 415: problem, 422: problem },
      },
    },
    async (request) => {
      const body = request.body;
      const result = await service.importCatalog(body, actorOf(request));
      return {
        changed: result.changed,
        catalogVersion: result.version,
        revision: result.revision,
        counts: { sources: body.sources.length, concepts: body.concepts.length, programs: body.programs.length, zones: body.zones.length },
      };
    },
  );
};
