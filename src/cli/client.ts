/**
 * How the CLI talks to zonematch: the same HTTP API either in-process (the embedded database,
 * through `app.inject`, so validation and answers are exactly the server's) or over the network
 * to a running server (`--server URL`, through fetch).
 */
import type { Database } from '../../db/client.js';
import { CliError, type ApiResponse } from './errors.js';

export type { ApiResponse } from './errors.js';

export interface ApiRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Sent as JSON unless `contentType` says otherwise (then `body` must be a string). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ApiClient {
  /** Where requests go, for messages: "the embedded database (…)" or the server URL. */
  readonly target: string;
  request(request: ApiRequest): Promise<ApiResponse>;
  /** The open database, for commands that work on it directly (embedded mode only). */
  readonly database?: Database;
  close(): Promise<void>;
}

function payloadOf(request: ApiRequest): { body?: string; headers: Record<string, string> } {
  const headers = { accept: 'application/json', ...request.headers };
  if (request.body === undefined) return { headers };
  if (request.contentType) return { body: String(request.body), headers: { ...headers, 'content-type': request.contentType } };
  return { body: JSON.stringify(request.body), headers: { ...headers, 'content-type': 'application/json' } };
}

/** Opens the configured database (DATABASE_URL or PGLITE_DIR), migrated and seeded like `npm start`. */
export async function embeddedClient(env: NodeJS.ProcessEnv = process.env): Promise<ApiClient> {
  // The app and the database drivers load only here: --server never needs them.
  const [{ DatabaseLockedError }, { loadConfig }, { startService }] = await Promise.all([
    import('../../db/client.js'),
    import('../config.js'),
    import('../startup.js'),
  ]);
  const config = loadConfig(env);
  let service;
  try {
    service = await startService(config, { logger: false });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      throw new CliError(`${error.message} A running server holds it: pass --server http://HOST:PORT to use that server instead.`);
    }
    throw error;
  }
  const { app } = service;
  return {
    target: config.databaseUrl ? 'the database at DATABASE_URL' : `the embedded database in ${config.pgliteDir}`,
    database: service.database,
    request: async (request) => {
      const { body, headers } = payloadOf(request);
      const res = await app.inject({ method: request.method, url: request.url, headers, ...(body !== undefined ? { payload: body } : {}) });
      return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), text: res.body };
    },
    close: () => service.close(),
  };
}

/** Talks to a running zonematch server. */
export function serverClient(base: string): ApiClient {
  let root: URL;
  try {
    root = new URL(base);
    if (root.protocol !== 'http:' && root.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new CliError(`--server "${base}" is not an http(s) URL, e.g. http://127.0.0.1:3000`);
  }
  return {
    target: root.origin,
    request: async (request) => {
      const { body, headers } = payloadOf(request);
      let res: Response;
      try {
        res = await fetch(new URL(request.url, root), { method: request.method, headers, ...(body !== undefined ? { body } : {}) });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new CliError(`Cannot reach the server at ${root.origin}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
      }
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
    },
    close: async () => {},
  };
}
