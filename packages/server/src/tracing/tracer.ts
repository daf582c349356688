import { type Tracer, trace } from '@opentelemetry/api';

// The one tracer of the platform (docs/operations.md "Traces"). Until a provider is registered (tracing/setup.ts) the
// API hands out its no-op tracer, and the hooks check `tracingOn()` first so an untraced node does no work at all:
// no span objects, no attribute maps, no map of visits.

let on = false;

export const tracingOn = (): boolean => on;

export function setTracingOn(value: boolean): void {
  on = value;
}

export function tracer(): Tracer {
  return trace.getTracer('threshold-server');
}

/** Span attribute names of our own; the standard ones (http.*) come from the semantic conventions. */
export const ATTR = {
  requestId: 'threshold.request_id',
  visitId: 'threshold.visit.id',
  visitState: 'threshold.visit.state',
  ledgerKind: 'threshold.ledger.kind',
  deviceId: 'threshold.device.id',
  commandId: 'threshold.command.id',
  commandType: 'threshold.command.type',
  commandOutcome: 'threshold.command.outcome',
} as const;
