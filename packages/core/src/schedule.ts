import { addDays, localDate, resolveWallTime } from './zone-time.js';

export { localDate } from './zone-time.js';

/** A delivery window booked by a carrier: ISO 8601 instants with an offset or Z; start inclusive, end exclusive. */
export interface DeliveryWindow {
  readonly start: string;
  readonly end: string;
}

export type WindowPosition = 'before' | 'inside' | 'after' | 'invalid';

export interface WindowCheck {
  readonly position: WindowPosition;
  readonly startMs: number;
  readonly endMs: number;
}

// An instant must say which offset it is in; a bare local time would silently take the machine's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO instant, or NaN when it is not one. */
export function parseInstant(iso: string): number {
  return ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
}

/** Where `nowMs` stands relative to the window: before it, inside [start, end), after it, or the window is invalid. */
export function checkDeliveryWindow(window: DeliveryWindow, nowMs: number): WindowCheck {
  const startMs = parseInstant(window.start);
  const endMs = parseInstant(window.end);
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) {
    return { position: 'invalid', startMs, endMs };
  }
  const position = nowMs < startMs ? 'before' : nowMs < endMs ? 'inside' : 'after';
  return { position, startMs, endMs };
}

/**
 * The instants a local day covers in the zone: from its midnight to the next one, so 23 h on a spring-forward day
 * and 25 h on a fall-back day. A zone that skips midnight itself starts the day when the clocks jump.
 */
export function localDayBounds(date: string, zone: string): { startMs: number; endMs: number } {
  return { startMs: resolveWallTime(zone, date, 0), endMs: resolveWallTime(zone, addDays(date, 1), 0) };
}

/** The day off covering `nowMs` in the home's zone, or null. Days off are local dates: the whole local day is off. */
export function dayOffAt(daysOff: readonly string[], nowMs: number, zone: string): string | null {
  if (daysOff.length === 0) return null; // most homes have none: no wall clock to read
  const today = localDate(nowMs, zone);
  return daysOff.includes(today) ? today : null;
}
