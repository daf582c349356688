import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from '@opentelemetry/api';

// What the code a request runs knows of that request without being handed it: its id, so that the services' own
// log lines (the platform logger, not the request's child logger) carry `reqId` too (docs/operations.md "Logs"), and
// its trace context when tracing is on (tracing/visit-phases.ts).

export interface RequestScope {
  requestId: string;
  /** The request's span as a context, when tracing is on. */
  trace: Context | undefined;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `next` (the rest of the request's handling) inside the request's scope. */
export function runInRequestScope(value: RequestScope, next: () => void): void {
  scope.run(value, next);
}

export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}

/**
 * A pino `mixin`: the id of the request a log line was written for, when there is one and the logger does not name
 * it already (Fastify's request loggers bind `reqId`; a key written twice would make the line ambiguous JSON).
 */
export function requestIdMixin(
  _merge: object,
  _level: number,
  logger?: { bindings(): Record<string, unknown> },
): { reqId?: string } {
  const current = scope.getStore();
  if (!current || (logger && 'reqId' in logger.bindings())) return {};
  return { reqId: current.requestId };
}
