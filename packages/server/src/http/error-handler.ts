import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isStoreUnavailable } from '../store/unavailable.js';
import { badRequest, internal, Problem, validation } from './problems.js';

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

/** Names the failing field, e.g. `body.address.city`, so a client can point at it. */
function fieldOf(issue: AjvIssue | undefined, part: string | undefined): string {
  const path = (issue?.instancePath ?? '').split('/').filter(Boolean);
  const extra = issue?.params?.missingProperty ?? issue?.params?.additionalProperty;
  if (extra !== undefined) path.push(extra);
  return [part ?? 'request', ...path].join('.');
}

function describeIssue(issue: AjvIssue | undefined, field: string): string {
  if (issue?.keyword === 'additionalProperties') return `${field} is not allowed`;
  if (issue?.keyword === 'required') return `${field} is required`;
  return `${field} ${issue?.message ?? 'is invalid'}`;
}

const fastifyCodes: Record<string, (error: FastifyError) => Problem> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => new Problem('malformed-json', 'The request body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new Problem('malformed-json', 'The request body is empty but its Content-Type is application/json'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => new Problem('payload-too-large', 'The request body is too large'),
  FST_ERR_MAX_PARAM_LENGTH: () => new Problem('uri-too-long', 'A path parameter is too long to be an id'),
  FST_ERR_BAD_URL: () => badRequest('The URL is malformed'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new Problem('unsupported-media-type', 'Send the body as application/json'),
};

const STORE_UNAVAILABLE = new Problem('unavailable', 'The store is not answering; try again shortly', {
  retryAfterSeconds: 5,
});

/** Maps anything thrown in a request to a Problem. Only 4xx details reach the client. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  const fastifyError = error as Partial<FastifyError> & { validation?: AjvIssue[] };
  if (fastifyError.validation) {
    const issue = fastifyError.validation[0];
    const field = fieldOf(issue, fastifyError.validationContext);
    return validation(describeIssue(issue, field), field);
  }
  // The database restarting or out of reach: a clear 503 to retry, not a 500 (docs/operations.md).
  if (isStoreUnavailable(error)) return STORE_UNAVAILABLE;
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return mapped(fastifyError as FastifyError);
  // Errors raised by the JSON parser itself (e.g. a prototype-poisoning key) carry a 4xx status code.
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) return badRequest(fastifyError.message ?? 'Bad request');
  return internal();
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const retryAfter = problem.extra?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
  return reply.code(problem.status).type('application/problem+json').send(problem.toJSON());
}

/** For Fastify's `frameworkErrors` option: errors raised by the router before a route is chosen. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void sendProblem(reply, toProblem(error));
}

/** Problems for what Node's HTTP parser refuses before any request exists (no route, no reply, only the socket). */
function clientProblem(error: NodeJS.ErrnoException): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return new Problem('headers-too-large', 'The request headers exceed the 16 KiB the server accepts');
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return new Problem('request-timeout', 'The request took too long to arrive');
  return badRequest('The request is not valid HTTP');
}

/**
 * For Fastify's `clientErrorHandler` option: answers a malformed request (e.g. oversized headers) with problem+json
 * like every other error, then closes the connection, as Node and Fastify do by default.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = clientProblem(error);
  const body = JSON.stringify(problem.toJSON());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error);
    // A 5xx is logged in full for operators and answered without internals.
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, new Problem('not-found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
