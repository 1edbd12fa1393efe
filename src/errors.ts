/**
 * The error catalogue: every error the API sends has a stable `code`, a status and a title,
 * and goes out as `application/problem+json` (RFC 9457). 5xx details are logged, never sent.
 */
import { Type, type Static } from '@sinclair/typebox';
import { PRESET_NAME_PATTERN, SAFE_TEXT_PATTERN } from './schemas/recommendation-dto.js';

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
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
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
    instance: Type.Optional(Type.String({ description: 'The request path (absent when the HTTP parser refused the request line)' })),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON pointer to the offending field, e.g. /body/profile/name or /querystring/limit' }),
          message: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;

/** One problem with one field: a JSON pointer and what is wrong with it, in words. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error a handler or service raises to answer with a given problem (build it with the helpers below). */
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

/** The error to throw for `code`, with its detail and optionally field problems and response headers. */
export function problem(code: ErrorCode, detail: string, extras: ApiError['extra'] = {}): ApiError {
  return new ApiError(code, detail, extras);
}

/** Problems shown in a validation detail; the `errors` list has them all. */
const DETAIL_PROBLEMS = 3;

/** The detail line for field problems: the first few as "path message", then how many more. */
export function describeProblems(errors: readonly FieldProblem[]): string {
  const shown = errors.slice(0, DETAIL_PROBLEMS).map((e) => `${e.path} ${e.message}`);
  const more = errors.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

/** A 400 VALIDATION_FAILED naming each field that is wrong. */
export function validationProblem(errors: readonly FieldProblem[]): ApiError {
  return new ApiError('VALIDATION_FAILED', describeProblems(errors), { errors: [...errors] });
}

/** Seconds a client should wait before retrying when the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The 503 (with Retry-After) for a database fault; the fault itself is kept as the cause, for the log. */
export function databaseUnavailable(detail: string, cause?: unknown): ApiError {
  const wrapped = new ApiError('DATABASE_UNAVAILABLE', detail, { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } });
  if (cause !== undefined) wrapped.cause = cause;
  return wrapped;
}

/** The problem body for `code` (what goes over the wire, before the request's instance and id are added). */
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

/**
 * What the problem list needs from an ajv (or Fastify schema) validation error. The app's Ajv
 * runs with `verbose`, so errors carry the failing keyword's `schema` and `parentSchema`.
 */
export interface SchemaErrorLike {
  instancePath: string;
  schemaPath?: string;
  keyword?: string;
  message?: string | undefined;
  params: unknown;
  schema?: unknown;
  parentSchema?: unknown;
}

/** Patterns of the request schemas, in words; any other pattern is quoted as it is. */
const PATTERN_WORDS: Record<string, string> = {
  [SAFE_TEXT_PATTERN]: 'must not contain NUL characters or unpaired UTF-16 surrogates',
  [PRESET_NAME_PATTERN]: "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 characters",
  '^[A-Za-z]{2}$': 'must be a two-letter ISO 3166-1 country code, e.g. JP',
  '^[0-9]{2,4}$': 'must be an ISIC Rev.4 code of 2 to 4 digits, e.g. 2610',
  '^[a-z0-9-]{1,80}$': "must be an id of lower-case letters, digits and '-', e.g. suzhou-sip",
  '^[a-z0-9]+(-[a-z0-9]+)*$': "must be lower-case letters and digits in words joined by single '-', e.g. suzhou-sip",
};

const FORMAT_WORDS: Record<string, string> = {
  uuid: 'must be a UUID, e.g. 3f2b8c1e-9a4d-4e2b-8f1a-2c3d4e5f6a7b',
  'date-time': 'must be a date-time with a time zone, e.g. 2026-12-05T09:30:00Z',
  date: 'must be a date, e.g. 2026-12-05',
  time: 'must be a time, e.g. 09:30:00Z',
  email: 'must be an e-mail address',
  uri: 'must be an absolute URI, e.g. https://example.com/',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const orList = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);
const valueText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** "must be a string or null" for a `type` keyword's value. */
function typeMessage(type: unknown): string {
  const types = (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[String(t)] ?? String(t));
  return `must be ${orList(types)}`;
}

/** The values a union of constants (TypeBox's Type.Union of Type.Literal) or an enum allows, else undefined. */
function allowedValues(branches: unknown): unknown[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values: unknown[] = [];
  for (const b of branches as Record<string, unknown>[]) {
    if (b && 'const' in b) values.push(b.const);
    else if (b && Array.isArray(b.enum)) values.push(...b.enum);
    else return undefined;
  }
  return values;
}

/** One Ajv error in words a user understands (the path is reported apart from it). */
function messageOf(e: SchemaErrorLike): string {
  const params = (e.params ?? {}) as Record<string, unknown>;
  const n = (key: string) => Number(params.limit ?? params[key]);
  switch (e.keyword) {
    case 'type':
      return typeMessage(params.type);
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(valueText).join(', ')}`;
    case 'const':
      return `must be ${valueText(params.allowedValue)}`;
    case 'required':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known field';
    case 'minLength':
      return n('limit') === 1 ? 'must not be empty' : `must be at least ${plural(n('limit'), 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(n('limit'), 'character')} long`;
    case 'minItems':
      return n('limit') === 1 ? 'must not be empty' : `must have at least ${plural(n('limit'), 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(n('limit'), 'item')}`;
    case 'minProperties':
      return `must have at least ${plural(n('limit'), 'field')}`;
    case 'maxProperties':
      return `must have at most ${plural(n('limit'), 'field')}`;
    case 'minimum':
      return `must be at least ${n('limit')}`;
    case 'maximum':
      return `must be at most ${n('limit')}`;
    case 'exclusiveMinimum':
      return `must be greater than ${n('limit')}`;
    case 'exclusiveMaximum':
      return `must be less than ${n('limit')}`;
    case 'multipleOf':
      return `must be a multiple of ${String(params.multipleOf)}`;
    case 'uniqueItems':
      return `must not repeat an item (items ${Math.min(Number(params.i), Number(params.j))} and ${Math.max(Number(params.i), Number(params.j))} are the same)`;
    case 'pattern':
      return PATTERN_WORDS[String(params.pattern)] ?? `must match the pattern ${String(params.pattern)}`;
    case 'format':
      return FORMAT_WORDS[String(params.format)] ?? `must be a valid ${String(params.format)}`;
    case 'dependentRequired':
    case 'dependencies':
      return `needs ${String(params.missingProperty)} when ${String(params.property)} is given`;
    case 'propertyNames':
      return `has a field name that is not allowed: "${String(params.propertyName)}"`;
    case 'contains':
      return `must contain at least ${plural(Number(params.minContains ?? 1), 'item')} of the required kind`;
    case 'not':
      // `not: {}` (TypeBox's Never) refuses any value at all.
      return e.schema && typeof e.schema === 'object' && Object.keys(e.schema).length === 0 ? 'is not allowed here' : 'has a value that is not allowed here';
    case 'false schema':
      return 'is not allowed here';
    case 'anyOf':
    case 'oneOf': {
      if (e.keyword === 'oneOf' && (params.passingSchemas ?? null) !== null) return 'matches more than one of the allowed forms';
      const values = allowedValues(e.schema);
      if (values) return `must be one of: ${values.map(valueText).join(', ')}`;
      const branches = Array.isArray(e.schema) ? (e.schema as Record<string, unknown>[]) : [];
      if (branches.length > 0 && branches.every((b) => b && typeof b.type === 'string')) return typeMessage(branches.map((b) => b.type));
      return 'does not match any of the allowed forms';
    }
    default:
      return e.message ?? 'is not valid';
  }
}

/**
 * Turns schema validation errors into the problem's `{ path, message }` list, in words: unknown
 * and missing fields are named by their own path, a union of constants (or an enum) names the
 * values it allows in one line, and duplicates are dropped. `prefix` goes before every path
 * (`/body` for a request body, empty for a batch row).
 */
export function problemsFromSchemaErrors(errors: readonly SchemaErrorLike[], prefix: string): FieldProblem[] {
  // A union's branches each fail on their own; the union's own error speaks for them ("must be
  // one of: a, b", "must be a string or null") — unless the value has the type of a branch and
  // fails inside it: that branch's errors say more.
  const isUnion = (e: SchemaErrorLike) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
  const inside = (e: SchemaErrorLike, u: SchemaErrorLike) => e !== u && e.schemaPath?.startsWith(`${u.schemaPath}/`) === true;
  const branchOf = (e: SchemaErrorLike, u: SchemaErrorLike) => e.schemaPath?.slice((u.schemaPath?.length ?? 0) + 1).split('/')[0] ?? '';
  const explaining = new Map<SchemaErrorLike, Set<string>>(); // union → the branches whose type the value has
  for (const u of errors.filter(isUnion)) {
    if (allowedValues(u.schema) !== undefined || (u.keyword === 'oneOf' && (u.params as { passingSchemas?: unknown })?.passingSchemas != null)) continue;
    const children = errors.filter((e) => inside(e, u));
    const wrongType = new Set(children.filter((e) => e.keyword === 'type' && e.instancePath === u.instancePath).map((e) => branchOf(e, u)));
    const shaped = new Set(children.map((e) => branchOf(e, u)).filter((b) => !wrongType.has(b)));
    if (shaped.size > 0) explaining.set(u, shaped);
  }
  const unions = errors.filter(isUnion);
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false; // the `then` or `else` error says what is wrong
    if (explaining.has(e)) return false;
    const union = unions.find((u) => inside(e, u));
    if (!union) return true;
    return explaining.get(union)?.has(branchOf(e, union)) === true;
  });
  const problems = kept.map((v) => {
    const params = (v.params ?? {}) as Record<string, unknown>;
    let path = v.instancePath || '';
    if (typeof params.additionalProperty === 'string') path = `${path}/${params.additionalProperty}`;
    else if (typeof params.unevaluatedProperty === 'string') path = `${path}/${params.unevaluatedProperty}`;
    else if (typeof params.missingProperty === 'string' && v.keyword === 'required') path = `${path}/${params.missingProperty}`;
    return { path: `${prefix}${path}`.replace(/(.)\/$/, '$1') || '/', message: messageOf(v) };
  });
  return problems.filter((e, i) => problems.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}
