import type { RecurringSchedule, ScheduleOccurrence } from './grant-schedule.js';
import { type DayPattern, dateOfDay, dayNumber, dayPattern, nthDay, previousDay } from './recurrence-days.js';
import { parseLocalTime } from './weekly-window.js';
import { localDate, resolveWallTime } from './zone-time.js';

// A recurring schedule made ready to query: its day pattern, its last rule day (COUNT or UNTIL) and its excluded
// days. A local date's occurrence starts at resolveWallTime (docs/grants.md "Schedules": a skipped start opens when
// the clocks jump, a repeated one on its first pass) and lasts the duration in elapsed time.

const MINUTE_MS = 60_000;

export interface SchedulePlan {
  readonly zone: string;
  readonly pattern: DayPattern;
  readonly startMinutes: number;
  readonly durationMs: number;
  /** The last day the rule gives (COUNT, UNTIL), before EXDATE; null when it recurs for ever. */
  readonly lastDay: number | null;
  readonly excluded: ReadonlySet<number>;
}

export function planOf(schedule: RecurringSchedule): SchedulePlan {
  const pattern = dayPattern(schedule.rule, schedule.firstDate);
  const base = {
    zone: schedule.zone,
    pattern,
    startMinutes: parseLocalTime(schedule.startLocal) ?? 0,
    durationMs: schedule.durationMinutes * MINUTE_MS,
    excluded: new Set(schedule.exdates.map(dayNumber)),
  };
  return { ...base, lastDay: lastRuleDay(schedule, { ...base, lastDay: null }) };
}

function lastRuleDay(schedule: RecurringSchedule, plan: SchedulePlan): number | null {
  const { count, until } = schedule.rule;
  if (count !== null) return nthDay(plan.pattern, count) ?? Number.NEGATIVE_INFINITY;
  if (until === null) return null;
  if (until.kind === 'date') return previousDay(plan.pattern, dayNumber(until.date)) ?? Number.NEGATIVE_INFINITY;
  // An instant: the last day whose occurrence starts at or before it. Starts grow with the date, and a start can
  // fall on the local date after its own (a skipped midnight), hence the one day of margin.
  let day = previousDay(plan.pattern, dayNumber(localDate(until.ms, plan.zone)) + 1);
  while (day !== null && startOfDay(plan, day) > until.ms) day = previousDay(plan.pattern, day - 1);
  return day ?? Number.NEGATIVE_INFINITY;
}

export function startOfDay(plan: SchedulePlan, day: number): number {
  return resolveWallTime(plan.zone, dateOfDay(day), plan.startMinutes);
}

export function occurrenceOnDay(plan: SchedulePlan, day: number): ScheduleOccurrence {
  const startMs = startOfDay(plan, day);
  return { localDate: dateOfDay(day), startMs, endMs: startMs + plan.durationMs };
}

/** Whether a matching day is within COUNT / UNTIL. */
export function withinRule(plan: SchedulePlan, day: number): boolean {
  return plan.lastDay === null || day <= plan.lastDay;
}

/** The day to start a walk from so that every occurrence still running at `atMs` is met. */
export function earliestDayRunningAt(plan: SchedulePlan, atMs: number): number {
  return dayNumber(localDate(atMs - plan.durationMs, plan.zone)) - 1;
}
