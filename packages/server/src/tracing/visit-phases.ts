import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { TERMINAL_STATES, type VisitState } from '@threshold/core';
import type { AnyEvent } from '@threshold/protocol';
import type { Bus } from '../bus.js';
import { currentRequest } from '../http/request-scope.js';
import { ATTR, tracer } from './tracer.js';
import { rememberVisit, visitContext, visitEnded } from './visit-traces.js';

// The phases of a visit as spans of one trace (docs/operations.md "Traces"), from what this node publishes on its
// own bus: each committed transition (`home.visit`, after the commit) and the device events that move an unlock
// along (the camera's recording, the lock's bolt). Heartbeats are left out: one a second would drown the trace.

/** A visit seen for the first time here: its trace's root is the request it opened in, or a span of its own. */
function openTrace(visitId: string, state: string) {
  const fromRequest = currentRequest()?.trace;
  if (fromRequest) return fromRequest;
  const root = tracer().startSpan('visit', { root: true, attributes: { [ATTR.visitId]: visitId } }, ROOT_CONTEXT);
  root.setAttribute(ATTR.visitState, state);
  root.end();
  return trace.setSpan(ROOT_CONTEXT, root);
}

function onTransition(p: { visitId: string; state: string; entry: Record<string, unknown> | null }): void {
  if (p.entry === null) return;
  const ended = TERMINAL_STATES.includes(p.state as VisitState);
  let context = visitContext(p.visitId);
  if (context === undefined) {
    // A late event of a visit that ended (its clip) starts no new trace.
    if (ended) return;
    context = openTrace(p.visitId, p.state);
    rememberVisit(p.visitId, context);
  }
  const attributes = { [ATTR.visitId]: p.visitId, [ATTR.visitState]: p.state };
  const kind = typeof p.entry.kind === 'string' ? { [ATTR.ledgerKind]: p.entry.kind } : {};
  tracer()
    .startSpan(`visit ${p.state}`, { attributes: { ...attributes, ...kind } }, context)
    .end();
  if (ended) visitEnded(p.visitId);
}

/** The visit a device event moves along, and what it says: the camera's recording and the lock's bolt. */
function phaseOf(event: AnyEvent): { visitId: string | undefined; what: string } | null {
  if (event.type === 'recording') return { visitId: event.data.session, what: `recording ${event.data.recording}` };
  if (event.type === 'bolt') return { visitId: event.data.visit, what: `bolt ${event.data.bolt}` };
  return null;
}

/** From the moment the gateway received the event to its publication after the commit that accepted it. */
function onDeviceEvent(p: { deviceId: string; event: AnyEvent; receivedAt: number }): void {
  const phase = phaseOf(p.event);
  const context = visitContext(phase?.visitId);
  if (!phase || context === undefined) return;
  const attributes = { [ATTR.deviceId]: p.deviceId, [ATTR.visitId]: phase.visitId ?? '' };
  tracer().startSpan(`device ${phase.what}`, { attributes, startTime: p.receivedAt }, context).end();
}

/** Follows this node's bus (not other nodes' events: those are traced where they happened); answers the stop. */
export function traceVisitPhases(bus: Pick<Bus, 'on'>): () => void {
  const offVisit = bus.on('home.visit', onTransition);
  const offDevice = bus.on('device.event', onDeviceEvent);
  return () => {
    offVisit();
    offDevice();
  };
}
