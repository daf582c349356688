import type { Weekday } from './weekly-window.js';

// The supported subset of an RFC 5545 §3.3.10 recurrence rule, as plain data (JSON round-trips it unchanged).
// The rule decides which local dates carry an occurrence; grant-schedule.ts turns a date into instants.
// Choices are in docs/grants.md "Schedules" and docs/decisions.md "Grant schedules".

export type Frequency = 'DAILY' | 'WEEKLY';

/** UNTIL: a local date ('YYYY-MM-DD', inclusive) or a UTC instant (an occurrence starting after it is excluded). */
export type RecurrenceUntil =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'instant'; readonly ms: number };

export interface RecurrenceRule {
  readonly freq: Frequency;
  /** INTERVAL, 1 … 365: every n-th day (DAILY) or week (WEEKLY). */
  readonly interval: number;
  /** BYDAY without ordinals; empty means every day (DAILY) or the first date's weekday (WEEKLY). */
  readonly byDay: readonly Weekday[];
  /** BYHOUR, one value 0 … 23, or null (the schedule's start time decides). */
  readonly byHour: number | null;
  /** BYMINUTE, one value 0 … 59, or null. */
  readonly byMinute: number | null;
  readonly until: RecurrenceUntil | null;
  /** COUNT, 1 … 10000: occurrences the rule generates before EXDATE removes any. */
  readonly count: number | null;
  /** WKST, the day a week starts on for WEEKLY;INTERVAL>1 (default MO). */
  readonly weekStart: Weekday;
}

/** An expected failure is a value: `error` is a plain sentence naming the part at fault. */
export type ScheduleResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): ScheduleResult<T> => ({ ok: true, value });
export const fail = <T>(error: string): ScheduleResult<T> => ({ ok: false, error });
