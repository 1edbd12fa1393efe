/**
 * The error catalogue: every error the API sends has a stable `code`, a status and a title,
 * and goes out as `application/problem+json` (RFC 9457). 5xx details are logged, never sent.
 */
import { Type, type Static } from '@sinclair/typebox';

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  INVALID_JSON: { status: 400, title: 'The request body is not valid JSON' },
  BAD_REQUEST: { status: 400, title: 'The request cannot be processed' },
  INVALID_CSV: { status: 400, title: 'The request body is not readable CSV' },
  UNAUTHORIZED: { status: 401, title: 'A valid API key is required' },
  FORBIDDEN: { status: 403, title: 'The API key may not do this' },
  NOT_FOUND: { status: 404, title: 'No such resource' },
  ZONE_NOT_FOUND: { status: 404, title: 'No such zone' },
  RECOMMENDATION_NOT_FOUND: { status: 404, title: 'No such recommendation' },
  SOURCE_NOT_FOUND: { status: 404, title: 'No such source document' },
  SECTION_NOT_FOUND: { status: 404, title: 'No such section in the source document' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed on this resource' },
  WEIGHT_PRESET_EXISTS: { status: 409, title: 'A weight preset of that name exists' },
  NOT_ACCEPTABLE: { status: 406, title: 'No acceptable representation' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  CATALOG_INCONSISTENT: { status: 422, title: 'The change would leave the catalog inconsistent' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL: { status: 500, title: 'Internal error' },
  DATABASE_UNAVAILABLE: { status: 503, title: 'The database is unavailable' },
  NOT_READY: { status: 503, title: 'The service is not ready' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The RFC 9457 problem body every error response carries. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the problem type: urn:zonematch:problem:<code>' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable code, e.g. ZONE_NOT_FOUND' }),
    instance: Type.Optional(Type.String({ description: 'The request path' })),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON pointer to the offending field, e.g. /profile/name' }),
          message: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;

/** An error a handler or service raises to answer with a given problem. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: { errors?: Problem['errors']; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export function problemOf(code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `urn:zonematch:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: ERRORS[code].title,
    status: ERRORS[code].status,
    detail,
    code,
    ...extra,
  };
}

/** What the problem list needs from an ajv (or Fastify schema) validation error. */
export interface SchemaErrorLike {
  instancePath: string;
  message?: string | undefined;
  params: unknown;
}

/**
 * Turns schema validation errors into the problem's `{ path, message }` list: unknown fields
 * and missing ones are named by their own path, duplicates dropped. `prefix` goes before every
 * path (`/body` for a request body, empty for a batch row).
 */
export function problemsFromSchemaErrors(errors: readonly SchemaErrorLike[], prefix: string): { path: string; message: string }[] {
  const problems = errors.map((v) => {
    const params = (v.params ?? {}) as Record<string, unknown>;
    let path = v.instancePath || '';
    let message = v.message ?? 'is not valid';
    if (typeof params.additionalProperty === 'string') {
      path = `${path}/${params.additionalProperty}`;
      message = 'is not a known field';
    } else if (typeof params.missingProperty === 'string') {
      path = `${path}/${params.missingProperty}`;
      message = 'is required';
    } else if (Array.isArray(params.allowedValues)) {
      // A plain `enum` keyword (see `oneOfValues`): name what is allowed.
      message = `must be one of ${params.allowedValues.join(', ')}`;
    }
    return { path: `${prefix}${path}`.replace(/(.)\/$/, '$1') || '/', message };
  });
  return problems.filter((e, i) => problems.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}
