import type { RecurrenceRule } from './recurrence.js';
import { WEEKDAYS } from './weekly-window.js';

// Which local dates a rule gives, as day numbers (days since 1970-01-01), with no time zone involved.
// For dates from the first date on, membership repeats every 7 × INTERVAL days (a whole number of weeks and of
// INTERVAL-day steps), so one period's matching offsets answer every question by arithmetic instead of a walk.

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export interface DayPattern {
  readonly first: number;
  readonly period: number;
  /** Offsets from `first`, ascending, within one period, of the matching days. Empty: the rule never matches. */
  readonly offsets: readonly number[];
}

export function dayPattern(rule: RecurrenceRule, firstDate: string): DayPattern {
  const first = dayNumber(firstDate);
  const period = 7 * rule.interval;
  const offsets: number[] = [];
  for (let offset = 0; offset < period; offset++) {
    if (matchesRule(rule, first, first + offset)) offsets.push(offset);
  }
  return { first, period, offsets };
}

/** Whether `day` (on or after `first`) is one the rule names, before COUNT, UNTIL and EXDATE. */
function matchesRule(rule: RecurrenceRule, first: number, day: number): boolean {
  const weekday = WEEKDAYS[weekdayOfDay(day) - 1]!;
  if (rule.freq === 'DAILY') {
    return (day - first) % rule.interval === 0 && (rule.byDay.length === 0 || rule.byDay.includes(weekday));
  }
  const days = rule.byDay.length === 0 ? [WEEKDAYS[weekdayOfDay(first) - 1]!] : rule.byDay;
  const weeks = (weekStart(day, rule) - weekStart(first, rule)) / 7;
  return days.includes(weekday) && weeks % rule.interval === 0;
}

function weekStart(day: number, rule: RecurrenceRule): number {
  const wkst = WEEKDAYS.indexOf(rule.weekStart) + 1;
  return day - ((weekdayOfDay(day) - wkst + 7) % 7);
}

/** The first matching day on or after `day`, or null when the rule never matches. */
export function nextDay(pattern: DayPattern, day: number): number | null {
  const { first, period, offsets } = pattern;
  if (offsets.length === 0) return null;
  const offset = Math.max(0, day - first);
  const cycle = Math.floor(offset / period);
  const rest = offset - cycle * period;
  const hit = offsets.find((o) => o >= rest);
  return hit === undefined ? first + (cycle + 1) * period + offsets[0]! : first + cycle * period + hit;
}

/** The last matching day on or before `day`, or null when there is none. */
export function previousDay(pattern: DayPattern, day: number): number | null {
  const { first, period, offsets } = pattern;
  if (offsets.length === 0 || day < first) return null;
  const cycle = Math.floor((day - first) / period);
  const rest = day - first - cycle * period;
  const hit = offsets.findLast((o) => o <= rest);
  if (hit !== undefined) return first + cycle * period + hit;
  return cycle === 0 ? null : first + (cycle - 1) * period + offsets[offsets.length - 1]!;
}

/** The n-th matching day, 1-based (COUNT's last day is nthDay(count)). */
export function nthDay(pattern: DayPattern, n: number): number | null {
  const { first, period, offsets } = pattern;
  if (offsets.length === 0 || n < 1) return null;
  return first + Math.floor((n - 1) / offsets.length) * period + offsets[(n - 1) % offsets.length]!;
}
