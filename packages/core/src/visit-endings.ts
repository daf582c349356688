import type { VisitEvent } from './visit-events.js';
import { command, disarmAll, type Handled, ledger, refuse } from './visit-step.js';
import type { Visit } from './visit-types.js';

// The courier's own endings: a fallback after a denial, or an abort (docs/visits.md).

type EventOf<T extends VisitEvent['type']> = Extract<VisitEvent, { type: T }>;

export function onFallback(visit: Visit, event: EventOf<'fallback'>, nowMs: number): Handled {
  if (visit.state !== 'denied' && visit.state !== 'arrived')
    return refuse('a fallback follows a denial or replaces the request to open');
  // A parcel left outside is evidence only with a photo of where it was left.
  if (event.method === 'doorstep' && !event.photo) return refuse('a doorstep fallback needs a photo');
  const photo = event.photo ?? null;
  const { timers, effects } = disarmAll(visit.timers);
  return {
    visit: { ...visit, state: 'fallback', method: event.method, photo, endedAtMs: nowMs, timers },
    effects: [
      ...effects,
      ledger('visit.fallback', { method: event.method, photo, atMs: nowMs }),
      { type: 'notify_customer', message: `In-home access did not happen; fallback: ${event.method}` },
    ],
  };
}

/**
 * The courier gives up. Allowed while the bolt is locked: before the request, while the camera is being started,
 * or after the relock. Not while an unlock is pending or the door is open: the door must be relocked first.
 */
export function onAbort(visit: Visit, event: EventOf<'abort'>, nowMs: number): Handled {
  const allowed = ['scheduled', 'arrived', 'denied', 'verified', 'relocked'];
  // A revoked grant also withdraws an unlock that is issued but has not moved the bolt (below: lock, stop the camera).
  if (event.reason === 'revoked') allowed.push('recording');
  if (!allowed.includes(visit.state)) return refuse('the door must be relocked before the visit is aborted');
  const { timers, effects } = disarmAll(visit.timers);
  // A camera asked to record (verified) is told to stop; after a relock the stop was already sent.
  const postRoll = command.recordStop(visit.expectations.postRollMs);
  const stop = visit.state === 'verified' ? [postRoll] : visit.state === 'recording' ? [command.lock, postRoll] : [];
  return {
    visit: { ...visit, state: 'aborted', reason: event.reason, note: event.note, endedAtMs: nowMs, timers },
    effects: [
      ...effects,
      ...stop,
      ledger('visit.aborted', { reason: event.reason, note: event.note, atMs: nowMs }),
      { type: 'notify_customer', message: `The visit was abandoned (${event.reason})` },
    ],
  };
}

/** A paused or revoked grant: the visit runs to its relock, and then opens nothing more (visit-arrival.ts). */
export function onEndReentry(visit: Visit): Handled {
  if (visit.reentry !== true) return { visit, effects: [] };
  return { visit: { ...visit, reentry: false }, effects: [] };
}
