/**
 * The staff console: a static page (plain HTML, CSS and JavaScript modules under `public/`, no
 * build step) that calls the same /v1 API as every other client. `/` opens an empty console,
 * `/r/:id` the same page, which then loads that stored recommendation.
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Type } from '@sinclair/typebox';
import { chinaMapJson } from '../services/china-map.js';

/** Where the console's files live: `public/` at the repository root. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** URL prefix of the console's scripts, styles and dictionary. */
export const ASSET_PREFIX = '/assets/';

/**
 * Paths that answer HTML or static files rather than JSON; the API's Accept check skips them
 * (a browser asks for a stylesheet with `Accept: text/css`).
 */
export function isConsolePath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === '/' || path.startsWith('/r/') || path.startsWith(ASSET_PREFIX);
}

/**
 * Browser builds of the map's libraries, served from node_modules (no CDN): d3-array first, then
 * d3-geo, both UMD builds that fill `window.d3`.
 */
function packageFile(name: string, file: string): string {
  // Neither package exports its package.json or dist/ path: find its folder from its entry point.
  const entry = createRequire(import.meta.url).resolve(name);
  const folder = `${sep}node_modules${sep}${name}${sep}`;
  return join(entry.slice(0, entry.lastIndexOf(folder) + folder.length), file);
}
const VENDOR_FILES: Record<string, string> = {
  'd3-array.min.js': packageFile('d3-array', 'dist/d3-array.min.js'),
  'd3-geo.min.js': packageFile('d3-geo', 'dist/d3-geo.min.js'),
};

export const consoleRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: ASSET_PREFIX,
    index: false,
    // Assets change with each deployment and are few and small: let the browser revalidate
    // (ETag / Last-Modified) instead of pinning a stale copy.
    cacheControl: true,
    maxAge: 0,
  });

  app.get(
    `${ASSET_PREFIX}vendor/:file`,
    { schema: { hide: true, summary: "The map's libraries", params: Type.Object({ file: Type.String({ maxLength: 100 }) }) } },
    async (request, reply) => {
      const file = VENDOR_FILES[(request.params as { file: string }).file];
      if (!file) return reply.callNotFound();
      return reply.type('application/javascript; charset=utf-8').send(createReadStream(file));
    },
  );
  app.get(
    `${ASSET_PREFIX}geo/china-region.json`,
    { schema: { hide: true, summary: 'Country outlines around China (Natural Earth via world-atlas)' } },
    (_request, reply) => reply.header('cache-control', 'public, max-age=86400').type('application/json; charset=utf-8').send(chinaMapJson()),
  );

  const page = (summary: string, extra: object = {}) => ({ schema: { hide: true, summary, ...extra } });
  app.get('/', page('The staff console'), (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  app.get(
    '/r/:id',
    page('The staff console showing a stored recommendation', { params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }) }),
    (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'),
  );
};
