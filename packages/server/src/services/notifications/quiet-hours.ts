import { addDays, resolveWallTime, wallTime } from '@threshold/core';

// Quiet hours: a daily stretch of a person's wall clock (in the zone they chose, usually their home's) during which
// nothing but alerts is pushed or mailed; what falls inside is held back to the end of the stretch.

export interface QuietHours {
  /** 'HH:MM' local start; the stretch may run past midnight (22:00 → 07:00). */
  start: string;
  end: string;
  timeZone: string;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant quiet hours end, when `nowMs` falls inside them; null when it does not (or start equals end). */
export function quietUntil(nowMs: number, quiet: QuietHours | null): number | null {
  if (quiet === null) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const local = wallTime(nowMs, quiet.timeZone);
  const m = local.minutes;
  const wraps = start > end;
  const inside = wraps ? m >= start || m < end : m >= start && m < end;
  if (!inside) return null;
  const endDate = wraps && m >= start ? addDays(local.date, 1) : local.date;
  return Math.max(nowMs, resolveWallTime(quiet.timeZone, endDate, end));
}
