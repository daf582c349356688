import type { RecurrenceRule, ScheduleResult } from './recurrence.js';

// A service grant's schedule: one visit window, or a recurring one judged in the home's IANA zone
// (docs/grants.md "Schedules"). Nothing here reads the clock: every instant is passed in.

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

/** Validates a client's schedule for a home in `zone`; the functions below assume a schedule that passed. */
export function validateSchedule(input: ScheduleInput, zone: string): ScheduleResult<GrantSchedule> {
  void input;
  void zone;
  throw new Error('not implemented yet');
}

/** The occurrence containing nowMs, or null (the latest-starting one when windows overlap). */
export function scheduleOccurrenceAt(schedule: GrantSchedule, nowMs: number): ScheduleOccurrence | null {
  void schedule;
  void nowMs;
  throw new Error('not implemented yet');
}

/** Occurrences overlapping [fromMs, toMs), earliest first, at most `limit`. */
export function scheduleOccurrencesBetween(
  schedule: GrantSchedule,
  fromMs: number,
  toMs: number,
  limit: number,
): ScheduleOccurrence[] {
  void [schedule, fromMs, toMs, limit];
  throw new Error('not implemented yet');
}

/** The next `n` occurrences not ended by fromMs (the one in progress included), earliest first. */
export function nextScheduleOccurrences(schedule: GrantSchedule, fromMs: number, n: number): ScheduleOccurrence[] {
  void [schedule, fromMs, n];
  throw new Error('not implemented yet');
}

/** The end of the schedule's last occurrence, or null when it recurs for ever. */
export function scheduleEndMs(schedule: GrantSchedule): number | null {
  void schedule;
  throw new Error('not implemented yet');
}

/** Where nowMs stands: inside an occurrence, before the next, in one an EXDATE removed, or after the last. */
export function scheduleWindowCheck(schedule: GrantSchedule, nowMs: number): ScheduleWindowCheck {
  void [schedule, nowMs];
  throw new Error('not implemented yet');
}
