import { earliestDayRunningAt, occurrenceOnDay, planOf, type SchedulePlan, withinRule } from './grant-schedule-plan.js';
import type { RecurrenceRule } from './recurrence.js';
import { dayNumber, nextDay, previousDay } from './recurrence-days.js';
import { localDate } from './zone-time.js';

// A service grant's schedule: one visit window, or a recurring one judged in the home's IANA zone
// (docs/grants.md "Schedules"). Nothing here reads the clock: every instant is passed in.

export { validateSchedule } from './grant-schedule-validate.js';

/** The most occurrences one query returns, so an endless rule cannot make an endless list. */
export const MAX_OCCURRENCES = 10_000;

export type GrantSchedule = OnceSchedule | RecurringSchedule;

export interface OnceSchedule {
  readonly kind: 'once';
  /** The home's zone: only used to name the local date of the window. */
  readonly zone: string;
  readonly startMs: number;
  /** Exclusive. */
  readonly endMs: number;
}

export interface RecurringSchedule {
  readonly kind: 'recurring';
  readonly zone: string;
  readonly rule: RecurrenceRule;
  /** Local start time 'HH:MM' of every occurrence (BYHOUR/BYMINUTE, when the rule has them, agree with it). */
  readonly startLocal: string;
  /** Elapsed minutes from the start, 1 … 10080 (a week); exact time, so a window across a DST change keeps its length. */
  readonly durationMinutes: number;
  /** DTSTART's local date 'YYYY-MM-DD': no occurrence before it; the INTERVAL count starts from it. */
  readonly firstDate: string;
  /** EXDATE as local dates 'YYYY-MM-DD': the occurrence starting on that date does not happen. */
  readonly exdates: readonly string[];
}

/** What a client sends; validateSchedule turns it into a GrantSchedule. */
export type ScheduleInput =
  | {
      readonly kind: 'once';
      /** ISO 8601 instants with an offset or Z; start inclusive, end exclusive. */
      readonly start: string;
      readonly end: string;
    }
  | {
      readonly kind: 'recurring';
      /** RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU' (see parseRrule for the subset). */
      readonly rrule: string;
      readonly firstDate: string;
      /** 'HH:MM'; may be left out when the rule has BYHOUR (BYMINUTE defaults to 0). */
      readonly startLocal?: string;
      readonly durationMinutes: number;
      readonly exdates?: readonly string[];
    };

/** One window: its local start date in the home's zone and its instants (start inclusive, end exclusive). */
export interface ScheduleOccurrence {
  readonly localDate: string;
  readonly startMs: number;
  readonly endMs: number;
}

export type ScheduleWindowPosition = 'inside' | 'before' | 'excluded' | 'after';

/** What the within_window check needs, every field plain data for the ledger. */
export interface ScheduleWindowCheck {
  readonly position: ScheduleWindowPosition;
  /** inside: the occurrence containing nowMs (the latest-starting one if several overlap). */
  readonly current: ScheduleOccurrence | null;
  /** excluded: the occurrence containing nowMs that an EXDATE removed. */
  readonly excluded: ScheduleOccurrence | null;
  /** before / excluded: the next occurrence starting after nowMs; null when none is left (and for inside). */
  readonly next: ScheduleOccurrence | null;
}

/** The occurrence containing nowMs, or null (the latest-starting one when windows overlap). */
export function scheduleOccurrenceAt(schedule: GrantSchedule, nowMs: number): ScheduleOccurrence | null {
  if (schedule.kind === 'once') return containing(onceOccurrence(schedule), nowMs);
  return recurringAt(planOf(schedule), nowMs, false);
}

/** Occurrences overlapping [fromMs, toMs), earliest first, at most `limit` (and at most MAX_OCCURRENCES). */
export function scheduleOccurrencesBetween(
  schedule: GrantSchedule,
  fromMs: number,
  toMs: number,
  limit: number,
): ScheduleOccurrence[] {
  const max = Math.min(limit, MAX_OCCURRENCES);
  if (schedule.kind === 'once') {
    const only = onceOccurrence(schedule);
    return max >= 1 && only.endMs > fromMs && only.startMs < toMs ? [only] : [];
  }
  const plan = planOf(schedule);
  const found: ScheduleOccurrence[] = [];
  let day = nextDay(plan.pattern, earliestDayRunningAt(plan, fromMs));
  for (; day !== null && withinRule(plan, day) && found.length < max; day = nextDay(plan.pattern, day + 1)) {
    if (plan.excluded.has(day)) continue;
    const occurrence = occurrenceOnDay(plan, day);
    if (occurrence.startMs >= toMs) break;
    if (occurrence.endMs > fromMs) found.push(occurrence);
  }
  return found;
}

/** The next `n` occurrences not ended by fromMs (the one in progress included), earliest first. */
export function nextScheduleOccurrences(schedule: GrantSchedule, fromMs: number, n: number): ScheduleOccurrence[] {
  return scheduleOccurrencesBetween(schedule, fromMs, Number.POSITIVE_INFINITY, n);
}

/** The end of the schedule's last occurrence, or null when it recurs for ever. */
export function scheduleEndMs(schedule: GrantSchedule): number | null {
  if (schedule.kind === 'once') return schedule.endMs;
  const plan = planOf(schedule);
  if (plan.lastDay === null) return null;
  let day = previousDay(plan.pattern, plan.lastDay);
  while (day !== null && plan.excluded.has(day)) day = previousDay(plan.pattern, day - 1);
  // A validated schedule has at least one occurrence; an empty one ends where its rule would have.
  return occurrenceOnDay(plan, day ?? Math.max(plan.lastDay, plan.pattern.first)).endMs;
}

/** Where nowMs stands: inside an occurrence, before the next, in one an EXDATE removed, or after the last. */
export function scheduleWindowCheck(schedule: GrantSchedule, nowMs: number): ScheduleWindowCheck {
  const current = scheduleOccurrenceAt(schedule, nowMs);
  if (current) return { position: 'inside', current, excluded: null, next: null };
  const excluded = schedule.kind === 'recurring' ? recurringAt(planOf(schedule), nowMs, true) : null;
  // Not inside any occurrence, so every one that has not ended by nowMs starts after it.
  const next = nextScheduleOccurrences(schedule, nowMs, 1)[0] ?? null;
  const position = excluded ? 'excluded' : next ? 'before' : 'after';
  return { position, current: null, excluded, next };
}

function onceOccurrence(schedule: OnceSchedule): ScheduleOccurrence {
  return { localDate: localDate(schedule.startMs, schedule.zone), startMs: schedule.startMs, endMs: schedule.endMs };
}

function containing(occurrence: ScheduleOccurrence, nowMs: number): ScheduleOccurrence | null {
  return occurrence.startMs <= nowMs && nowMs < occurrence.endMs ? occurrence : null;
}

/**
 * The latest-starting occurrence containing nowMs, among the kept days (or, with `excludedOnly`, among the days an
 * EXDATE removed). Walks back one matching day at a time; starts grow with the date, so the first hit starts last.
 */
function recurringAt(plan: SchedulePlan, nowMs: number, excludedOnly: boolean): ScheduleOccurrence | null {
  const low = earliestDayRunningAt(plan, nowMs);
  // One day past today: where the clocks go back over midnight, tomorrow's early start can precede now.
  let day = previousDay(plan.pattern, dayNumber(localDate(nowMs, plan.zone)) + 1);
  for (; day !== null && day >= low; day = previousDay(plan.pattern, day - 1)) {
    if (!withinRule(plan, day) || plan.excluded.has(day) !== excludedOnly) continue;
    const found = containing(occurrenceOnDay(plan, day), nowMs);
    if (found) return found;
  }
  return null;
}
