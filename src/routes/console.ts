/**
 * The staff console: a static page (plain HTML, CSS and JavaScript modules under `public/`, no
 * build step) that calls the same /v1 API as every other client. `/` opens an empty console,
 * `/r/:id` the same page, which then loads that stored recommendation.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Type } from '@sinclair/typebox';

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

  const page = (summary: string, extra: object = {}) => ({ schema: { hide: true, summary, ...extra } });
  app.get('/', page('The staff console'), (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  app.get(
    '/r/:id',
    page('The staff console showing a stored recommendation', { params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }) }),
    (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'),
  );
};
