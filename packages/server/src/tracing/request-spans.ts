import { type Context, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ATTR, tracer } from './tracer.js';
import { visitContext } from './visit-traces.js';

// One server span per HTTP request, named by its route and carrying the request id the logs carry. A request on a
// visit (`:visitId` in its route) joins that visit's trace; the request a visit opens in becomes its trace's root
// (tracing/visit-phases.ts reads it from the request's scope, http/request-scope.ts, while the handler runs).

const spans = new WeakMap<FastifyRequest, Span>();

/** The request's span as a context, to run its handler under (http/request-scope.ts); undefined when not traced. */
export function requestTraceContext(request: FastifyRequest): Context | undefined {
  const span = spans.get(request);
  return span ? trace.setSpan(ROOT_CONTEXT, span) : undefined;
}

function parentOf(request: FastifyRequest): Context {
  const visitId = (request.params as { visitId?: unknown } | undefined)?.visitId;
  return (typeof visitId === 'string' ? visitContext(visitId) : undefined) ?? ROOT_CONTEXT;
}

function end(request: FastifyRequest, status: number | undefined): void {
  const span = spans.get(request);
  if (!span) return;
  spans.delete(request);
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (status === undefined || status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

export function installRequestSpans(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const span = tracer().startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'http.route': route, [ATTR.requestId]: request.id },
      },
      parentOf(request),
    );
    spans.set(request, span);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    end(request, reply.statusCode);
    done();
  });
  // A client that went away gets no response: its span still ends, marked as not answered.
  app.addHook('onRequestAbort', (request, done) => {
    end(request, undefined);
    done();
  });
}
