/**
 * How errors go out: every 4xx and 5xx as an application/problem+json with the request id —
 * problems raised by handlers (ApiError), schema validation, what Fastify refuses before a
 * handler runs (media type, body size, JSON, content length, URL) and what Node's HTTP parser
 * refuses before Fastify sees a request (raw UTF-8 in the URL, malformed headers). buildApp
 * installs these; the problems themselves are built with the helpers of errors.ts.
 */
import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiError,
  describeProblems,
  ERRORS,
  PROBLEM_CONTENT_TYPE,
  problem,
  problemOf,
  problemsFromSchemaErrors,
  type ErrorCode,
  type Problem,
} from './errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
};

/** The media types the route of `request` takes as a body: its schema's content types, else JSON. */
function acceptedMediaTypes(request: FastifyRequest): string[] {
  const body = (request.routeOptions.schema as { body?: { content?: Record<string, unknown> } } | undefined)?.body;
  return body?.content ? Object.keys(body.content) : ['application/json'];
}

/** "1 MiB (1048576 bytes)" */
function bytesText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB (${bytes} bytes)` : `${bytes} bytes`;
}

/** What went wrong, in words, for the Fastify errors raised before a handler runs. */
function frameworkDetail(code: ErrorCode, error: FastifyError, request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '/';
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_TYPE': {
      const given = request.headers['content-type'];
      const accepted = acceptedMediaTypes(request).join(' or ');
      return given
        ? `${request.method} ${path} does not take ${given}; send ${accepted}.`
        : `The body has no Content-Type; ${request.method} ${path} takes ${accepted}.`;
    }
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `The body is larger than ${bytesText(request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit ?? 0)}, the most ${request.method} ${path} takes.`;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'The body is not as long as its Content-Length header says.';
    case 'FST_ERR_BAD_URL':
      return `The path ${path} has a percent escape that is not UTF-8 text; escape text as UTF-8 bytes (encodeURIComponent does).`;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty, but its Content-Type says JSON; send a JSON document.';
    default:
      return code === 'INVALID_JSON' ? 'The body is not valid JSON.' : error.message;
  }
}

/** The problem for a JSON body Fastify's parser refused, naming what JSON.parse found wrong. */
export function jsonProblem(error: Error, body: string): Error {
  if ((error as FastifyError).code !== 'FST_ERR_CTP_INVALID_JSON_BODY') return error;
  try {
    JSON.parse(body);
  } catch (syntax) {
    return problem('INVALID_JSON', `The body is not valid JSON: ${(syntax as Error).message}.`);
  }
  // Valid JSON that Fastify still refuses holds a __proto__ or constructor.prototype key.
  return problem('INVALID_JSON', 'The body has a __proto__ or constructor.prototype key, which is not accepted.');
}

export function sendError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.extra.headers ?? {})) reply.header(name, value);
    return sendProblem(request, reply, problemOf(error.code, error.detail, error.extra.errors ? { errors: error.extra.errors } : {}));
  }
  if (error.validation) {
    const errors = problemsFromSchemaErrors(error.validation, `/${error.validationContext ?? 'body'}`);
    return sendProblem(request, reply, problemOf('VALIDATION_FAILED', describeProblems(errors), { errors }));
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  const status = error.statusCode ?? 500;
  if (mapped) return sendProblem(request, reply, problemOf(mapped, frameworkDetail(mapped, error, request)));
  if (status >= 400 && status < 500) {
    const code: ErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    return sendProblem(request, reply, { ...problemOf(code, error.message), status: code === 'BAD_REQUEST' ? status : ERRORS[code].status });
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(request, reply, problemOf('INTERNAL', `Something went wrong on our side; quote request id ${request.id}.`));
}

/** The problem for a request Node's HTTP parser refused, by the parser's error code. */
function clientErrorProblem(error: Error & { code?: string; reason?: string }): Problem {
  switch (error.code) {
    case 'HPE_INVALID_URL':
      return problemOf(
        'BAD_REQUEST',
        'The URL has a character that must be percent-encoded: write text such as 纺织 as UTF-8 escapes (?q=%E7%BA%BA%E7%BB%87, what encodeURIComponent gives).',
      );
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return problemOf(
        'BAD_REQUEST',
        `The Content-Length header is not valid (${error.reason ?? error.message}); send one decimal length, and not with Transfer-Encoding.`,
      );
    case 'HPE_HEADER_OVERFLOW':
      return problemOf('HEADERS_TOO_LARGE', `The request headers are larger than ${maxHeaderSize} bytes, the most this server reads.`);
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problemOf('REQUEST_TIMEOUT', 'The request did not arrive completely in time; send it again.');
    default:
      return problemOf('BAD_REQUEST', `The request is not valid HTTP/1.1 (${error.reason ?? error.message}).`);
  }
}

/**
 * Answers, on the socket, a request Node's HTTP parser refused: a problem with a request id of
 * its own (there is no Fastify request), then the connection closes, as Node's default does.
 */
export function answerClientError(error: Error & { code?: string; reason?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const requestId = randomUUID();
    const answer = clientErrorProblem(error);
    const body = JSON.stringify({ ...answer, requestId });
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const body: Problem = { ...problem, instance: request.url.split('?')[0], requestId: request.id };
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(body);
}
