import type { GrantSchedule, RecurringSchedule, ScheduleInput } from './grant-schedule.js';
import { planOf, withinRule } from './grant-schedule-plan.js';
import { fail, ok, type RecurrenceRule, type ScheduleResult } from './recurrence.js';
import { dateOfDay, dayNumber, nextDay } from './recurrence-days.js';
import { parseRrule } from './recurrence-parse.js';
import { parseInstant } from './schedule.js';
import { parseLocalTime } from './weekly-window.js';
import { isValidZone } from './zone-time.js';

// Turns what a client sent into a GrantSchedule, or a sentence naming what is wrong (docs/grants.md "Schedules").

const MAX_DURATION_MINUTES = 7 * 24 * 60;
const MAX_EXDATES = 1000;

/** Validates a client's schedule for a home in `zone`; the query functions assume a schedule that passed. */
export function validateSchedule(input: ScheduleInput, zone: string): ScheduleResult<GrantSchedule> {
  if (!isValidZone(zone)) return fail(`unknown time zone "${zone}"`);
  if (input.kind === 'once') {
    const startMs = parseInstant(input.start);
    const endMs = parseInstant(input.end);
    if (!Number.isFinite(startMs)) return fail('start must be an ISO 8601 instant with an offset or Z');
    if (!Number.isFinite(endMs)) return fail('end must be an ISO 8601 instant with an offset or Z');
    return endMs > startMs ? ok({ kind: 'once', zone, startMs, endMs }) : fail('end must be after start');
  }
  const rule = parseRrule(input.rrule);
  if (!rule.ok) return fail(`rrule: ${rule.error}`);
  const firstDate = isCalendarDate(input.firstDate) ? input.firstDate : null;
  if (firstDate === null) return fail('firstDate must be a calendar date YYYY-MM-DD');
  const startLocal = effectiveStart(rule.value, input.startLocal);
  if (!startLocal.ok) return startLocal;
  const { durationMinutes } = input;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
    return fail(`durationMinutes must be a whole number from 1 to ${MAX_DURATION_MINUTES} (a week)`);
  }
  const exdates = readExdates(input.exdates ?? []);
  if (!exdates.ok) return exdates;
  return checkOccurrences({
    kind: 'recurring',
    zone,
    rule: rule.value,
    startLocal: startLocal.value,
    durationMinutes,
    firstDate,
    exdates: exdates.value,
  });
}

function isCalendarDate(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && dateOfDay(dayNumber(text)) === text;
}

/** 'HH:MM' from startLocal, BYHOUR and BYMINUTE, which must agree when both are given. */
function effectiveStart(rule: RecurrenceRule, startLocal: string | undefined): ScheduleResult<string> {
  const given = startLocal === undefined ? null : parseLocalTime(startLocal);
  if (startLocal !== undefined && given === null) return fail('startLocal must be HH:MM (00:00 to 23:59)');
  if (given === null && rule.byHour === null) return fail('startLocal is required unless the rule has BYHOUR');
  const hour = rule.byHour ?? Math.floor((given ?? 0) / 60);
  const minute = rule.byMinute ?? (given === null ? 0 : given % 60);
  if (given !== null && given !== hour * 60 + minute) {
    return fail(`startLocal ${startLocal} disagrees with the rule's BYHOUR/BYMINUTE`);
  }
  return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

function readExdates(exdates: readonly unknown[]): ScheduleResult<readonly string[]> {
  if (exdates.length > MAX_EXDATES) return fail(`exdates: at most ${MAX_EXDATES} dates`);
  const bad = exdates.find((d) => !isCalendarDate(d));
  if (bad !== undefined) return fail(`exdates: "${String(bad)}" is not a calendar date YYYY-MM-DD`);
  return ok([...new Set(exdates as string[])].sort());
}

/** Every EXDATE names a date the rule gives, and at least one occurrence is left. */
function checkOccurrences(schedule: RecurringSchedule): ScheduleResult<GrantSchedule> {
  const plan = planOf(schedule);
  if (plan.pattern.offsets.length === 0) return fail('the rule never matches a date (check BYDAY and INTERVAL)');
  const orphan = schedule.exdates.find((d) => {
    const day = dayNumber(d);
    return nextDay(plan.pattern, day) !== day || !withinRule(plan, day);
  });
  if (orphan !== undefined) return fail(`exdates: the rule has no occurrence on ${orphan}`);
  const first = nextDay(plan.pattern, plan.pattern.first);
  if (first === null || !withinRule(plan, first)) return fail('the schedule has no occurrence (check UNTIL)');
  // EXDATEs are all rule dates, so one more rule date than there are EXDATEs is enough to find a kept one.
  let day: number | null = first;
  for (let i = 0; i <= schedule.exdates.length && day !== null && withinRule(plan, day); i++) {
    if (!plan.excluded.has(day)) return ok(schedule);
    day = nextDay(plan.pattern, day + 1);
  }
  return fail('every occurrence is excluded by exdates');
}
