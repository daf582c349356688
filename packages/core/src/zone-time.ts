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

// Every access decision reads the wall clock, so it must be cheap. luxon's DateTime costs ≈ 20 µs per instant and
// Intl's formatToParts ≈ 10 µs; one cached formatter per zone read with format() gives the same fields in ≈ 2 µs.
// The offset is computed as luxon computes it (IANAZone.offset: the wall clock at the instant's whole second, read as
// UTC, minus that second), so every result is the one luxon gave before.
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const FORMATTER_LIMIT = 1000;
// en-US with h23 and a short era reads "6/1/2026 AD, 10:00:05"; any other shape falls back to formatToParts.
const EN_US_WALL = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter !== undefined) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    formatter = null;
  }
  if (formatters.size >= FORMATTER_LIMIT) formatters.clear();
  formatters.set(zone, formatter);
  return formatter;
}

/** [year (astronomical), month, day, hour, minute, second] on the formatter's wall clock at `atMs`. */
function wallFields(formatter: Intl.DateTimeFormat, atMs: number): number[] {
  const match = EN_US_WALL.exec(formatter.format(atMs));
  const fields = match
    ? [match[3], match[1], match[2], match[5], match[6], match[7]].map(Number)
    : partsOf(formatter, atMs);
  if ((match ? match[4] : null) === 'BC') fields[0] = 1 - fields[0]!;
  return fields;
}

function partsOf(formatter: Intl.DateTimeFormat, atMs: number): number[] {
  const parts = formatter.formatToParts(atMs);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const year = read('year');
  const bc = parts.find((p) => p.type === 'era')?.value === 'BC';
  return [bc ? 1 - year : year, read('month'), read('day'), read('hour'), read('minute'), read('second')];
}

/** Epoch milliseconds of UTC calendar fields; years 0–99 are years, not 1900–1999 as Date.UTC reads them. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year < 0 || year >= 100) return ms;
  const date = new Date(ms);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The zone's UTC offset at an instant, in minutes (e.g. +60 for BST, +630 for Lord Howe standard time). */
export function offsetMinutes(zone: string, atMs: number): number {
  const formatter = formatterOf(zone);
  if (formatter === null || !Number.isFinite(atMs) || Number.isNaN(new Date(atMs).getTime())) return Number.NaN;
  const [year, month, day, hour, minute, second] = wallFields(formatter, atMs) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wholeSecond = atMs - (((atMs % 1000) + 1000) % 1000);
  return (utcMs(year, month, day, hour === 24 ? 0 : hour, minute, second) - wholeSecond) / MINUTE_MS;
}

/** The wall clock of an instant as a Date whose UTC fields are the local ones, or null when luxon must answer. */
function localAsUtc(atMs: number, zone: string): Date | null {
  const offset = offsetMinutes(zone, atMs);
  if (Number.isNaN(offset)) return null;
  const local = new Date(atMs + offset * MINUTE_MS);
  const year = local.getUTCFullYear();
  return year >= 1 && year <= 9999 ? local : null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The local calendar date of an instant in the zone, 'YYYY-MM-DD'. */
export function localDate(nowMs: number, zone: string): string {
  return wallTime(nowMs, zone).date;
}

export function wallTime(atMs: number, zone: string): WallTime {
  const local = localAsUtc(atMs, zone);
  if (local === null) {
    const slow = DateTime.fromMillis(atMs, { zone });
    return { date: slow.toISODate() ?? '', weekday: slow.weekday, minutes: slow.hour * 60 + slow.minute };
  }
  const day = local.getUTCDay();
  return {
    date: `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`,
    weekday: day === 0 ? 7 : day,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** 'HH:mm' on the zone's wall clock at an instant, as a courier reads it. */
export function localClock(atMs: number, zone: string): string {
  const local = localAsUtc(atMs, zone);
  if (local === null) return DateTime.fromMillis(atMs, { zone }).toFormat('HH:mm');
  return `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
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
