import { type Context, trace } from '@opentelemetry/api';

// The unlock crosses MQTT round trips (record.start, the camera's confirmation, unlock, the lock's bolt event) that
// carry no trace context, and the device protocol gets no field for one: the platform keeps, per visit, the context
// of the span that opened it, and parents every later phase of that visit on it (docs/operations.md "Traces").
// Per process: a phase handled by another node of several starts a trace of its own there.

/** Visits traced at once; the oldest are dropped beyond it, so visits that never end here cannot grow the map. */
const MAX_VISITS = 10_000;
/** A visit still open after this long is forgotten: a courier's visit lasts minutes, not hours. */
const OPEN_KEEP_MS = 60 * 60_000;
/** After its last state, a visit's clip still comes (post-roll, upload): its spans join the trace for this long. */
export const ENDED_KEEP_MS = 5 * 60_000;

interface Traced {
  context: Context;
  until: number;
}

const visits = new Map<string, Traced>();

export function rememberVisit(visitId: string, context: Context, now = Date.now()): void {
  visits.delete(visitId);
  visits.set(visitId, { context, until: now + OPEN_KEEP_MS });
  // Insertion order is age order: the oldest go first.
  for (const id of visits.keys()) {
    if (visits.size <= MAX_VISITS) break;
    visits.delete(id);
  }
}

/** The visit ended: its trace stays open a little longer, for the phases that follow the end (its clip). */
export function visitEnded(visitId: string, now = Date.now()): void {
  const traced = visits.get(visitId);
  if (traced) traced.until = Math.min(traced.until, now + ENDED_KEEP_MS);
}

/** The context to parent a phase of `visitId` on, when this node saw the visit open and has not forgotten it. */
export function visitContext(visitId: string | undefined, now = Date.now()): Context | undefined {
  if (visitId === undefined) return undefined;
  const traced = visits.get(visitId);
  if (traced === undefined) return undefined;
  if (now > traced.until) {
    visits.delete(visitId);
    return undefined;
  }
  return traced.context;
}

/** The trace id a visit's phases share, or undefined. */
export function visitTraceId(visitId: string): string | undefined {
  const context = visitContext(visitId);
  return context ? trace.getSpanContext(context)?.traceId : undefined;
}

export function forgetAllVisits(): void {
  visits.clear();
}
