import { addDays, isValidZone, resolveWallTime, wallTime, weekdayOf } from './zone-time.js';

// A weekly recurring access window for a service grant (an RFC 5545 FREQ=WEEKLY;BYDAY=… rule with a local start
// and end time), judged in the home's zone. DST choices are in docs/visits.md "Time zones and DST".

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface WeeklyRule {
  readonly zone: string;
  /** Days on which a window starts. */
  readonly days: readonly Weekday[];
  /** 'HH:mm' local. */
  readonly startLocal: string;
  /** 'HH:mm' local; at or before startLocal means the window ends the next day (e.g. 22:00–02:00). */
  readonly endLocal: string;
  /** First local date ('YYYY-MM-DD') on which a window may start, inclusive. */
  readonly from?: string;
  /** Last local date on which a window may start, inclusive. */
  readonly until?: string;
}

export interface Occurrence {
  /** Local date the window starts on. */
  readonly date: string;
  readonly startMs: number;
  readonly endMs: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes since midnight of 'HH:mm', or null. */
export function parseLocalTime(text: string): number | null {
  const match = HH_MM.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export type RuleValidation = { ok: true; value: WeeklyRule } | { ok: false; error: string };

/** Checks a rule before it is stored; the functions below assume a rule that passed. */
export function validateWeeklyRule(rule: WeeklyRule): RuleValidation {
  const start = parseLocalTime(rule.startLocal);
  const end = parseLocalTime(rule.endLocal);
  const problem = !isValidZone(rule.zone)
    ? `unknown time zone "${rule.zone}"`
    : rule.days.length === 0 || rule.days.some((d) => !WEEKDAYS.includes(d))
      ? 'days must name at least one of MO TU WE TH FR SA SU'
      : start === null || end === null
        ? 'startLocal and endLocal must be HH:mm'
        : start === end
          ? 'the window is empty: startLocal equals endLocal'
          : [rule.from, rule.until].some((d) => d !== undefined && !DATE.test(d))
            ? 'from and until must be YYYY-MM-DD'
            : rule.from !== undefined && rule.until !== undefined && rule.until < rule.from
              ? 'until is before from'
              : null;
  return problem === null ? { ok: true, value: rule } : { ok: false, error: problem };
}

/** The window starting on a local date, or null when the rule has none that day (or DST swallows it whole). */
export function occurrenceOn(rule: WeeklyRule, date: string): Occurrence | null {
  const start = parseLocalTime(rule.startLocal);
  const end = parseLocalTime(rule.endLocal);
  if (start === null || end === null) return null;
  if (!rule.days.includes(WEEKDAYS[weekdayOf(date) - 1]!)) return null;
  if ((rule.from !== undefined && date < rule.from) || (rule.until !== undefined && date > rule.until)) return null;
  const startMs = resolveWallTime(rule.zone, date, start);
  const endMs = resolveWallTime(rule.zone, end > start ? date : addDays(date, 1), end);
  return endMs > startMs ? { date, startMs, endMs } : null;
}

/** The occurrence containing `nowMs` (start inclusive, end exclusive), or null. */
export function weeklyOccurrenceAt(rule: WeeklyRule, nowMs: number): Occurrence | null {
  const today = wallTime(nowMs, rule.zone).date;
  // A window that started yesterday may run past midnight into today.
  for (const date of [addDays(today, -1), today]) {
    const occurrence = occurrenceOn(rule, date);
    if (occurrence && occurrence.startMs <= nowMs && nowMs < occurrence.endMs) return occurrence;
  }
  return null;
}

export function isWithinWeekly(rule: WeeklyRule, nowMs: number): boolean {
  return weeklyOccurrenceAt(rule, nowMs) !== null;
}

/**
 * The next `n` windows that have not ended by `fromMs`, earliest first; the one in progress at `fromMs` is included.
 * Fewer than `n` when `until` comes first.
 */
export function nextOccurrences(rule: WeeklyRule, fromMs: number, n: number): Occurrence[] {
  const found: Occurrence[] = [];
  let date = addDays(wallTime(fromMs, rule.zone).date, -1);
  // Every week holds at least one window day, so n weeks (plus the day before) bound the walk.
  for (let step = 0; step < 7 * n + 8 && found.length < n; step++, date = addDays(date, 1)) {
    if (rule.until !== undefined && date > rule.until) break;
    const occurrence = occurrenceOn(rule, date);
    if (occurrence && occurrence.endMs > fromMs) found.push(occurrence);
  }
  return found;
}
