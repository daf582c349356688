import { DateTime, IANAZone } from 'luxon';

// Wall-clock arithmetic in an IANA time zone, for schedules (docs/visits.md "Time zones and DST").
// Every function takes the zone explicitly; nothing here reads the current time.

export interface WallTime {
  /** Local calendar date, 'YYYY-MM-DD'. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Minutes since local midnight, 0 … 1439. */
  readonly minutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The zone's UTC offset at an instant, in minutes (e.g. +60 for BST, +630 for Lord Howe standard time). */
export function offsetMinutes(zone: string, atMs: number): number {
  return IANAZone.create(zone).offset(atMs);
}

/** The local calendar date of an instant in the zone, 'YYYY-MM-DD'. */
export function localDate(nowMs: number, zone: string): string {
  return wallTime(nowMs, zone).date;
}

export function wallTime(atMs: number, zone: string): WallTime {
  const local = DateTime.fromMillis(atMs, { zone });
  return { date: local.toISODate() ?? '', weekday: local.weekday, minutes: local.hour * 60 + local.minute };
}

/** 'HH:mm' on the zone's wall clock at an instant, as a courier reads it. */
export function localClock(atMs: number, zone: string): string {
  return DateTime.fromMillis(atMs, { zone }).toFormat('HH:mm');
}

/** The calendar date `days` after a 'YYYY-MM-DD' date (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a 'YYYY-MM-DD' calendar date. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Every instant at which the zone's wall clock reads `minutes` past midnight on `date`, earliest first:
 * one normally, two in a repeated hour (clocks going back), none in a skipped one (clocks going forward).
 */
export function instantsAtWallTime(zone: string, date: string, minutes: number): number[] {
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  // Any offset the zone can have at this wall time is in force within a day of it.
  const candidates = new Set([naive - DAY_MS, naive, naive + DAY_MS].map((t) => offsetMinutes(zone, t)));
  const found = [...candidates]
    .map((o) => naive - o * MINUTE_MS)
    .filter((t) => offsetMinutes(zone, t) * MINUTE_MS === naive - t);
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The instant a schedule means by a wall time (docs/visits.md): the first occurrence of a repeated time (as RFC 5545
 * §3.3.5 says), and for a time the clocks skip, the instant the clocks jump (the first moment the wall clock reads
 * past it), so "from 02:30" on a spring-forward night opens at 03:00 and a window is exactly the instants whose wall
 * time lies inside it.
 */
export function resolveWallTime(zone: string, date: string, minutes: number): number {
  const instants = instantsAtWallTime(zone, date, minutes);
  if (instants[0] !== undefined) return instants[0];
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  return transitionBetween(zone, naive - DAY_MS, naive + DAY_MS);
}

/** The first instant in (lo, hi] whose offset differs from the offset at lo (binary search to the millisecond). */
function transitionBetween(zone: string, loMs: number, hiMs: number): number {
  const before = offsetMinutes(zone, loMs);
  let lo = loMs;
  let hi = hiMs;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
