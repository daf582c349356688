import { fail, ok, type RecurrenceRule, type RecurrenceUntil, type ScheduleResult } from './recurrence.js';
import { dateOfDay, dayNumber } from './recurrence-days.js';
import { WEEKDAYS, type Weekday } from './weekly-window.js';

// A strict parser of the RRULE subset schedules support (RFC 5545 §3.3.10). Names and values are case-insensitive
// (§2); everything else is refused with a sentence naming the part, so a client learns what to change.

type Parts = Map<string, string>;

const SUPPORTED = ['FREQ', 'INTERVAL', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'UNTIL', 'COUNT', 'WKST'];
const UNSUPPORTED = ['BYSECOND', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'RSCALE', 'SKIP'];
const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/**
 * Parses the supported subset of an RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2", an optional "RRULE:"
 * prefix allowed). Anything outside the subset is refused with a sentence naming the part.
 */
export function parseRrule(text: string): ScheduleResult<RecurrenceRule> {
  const parts = splitParts(text);
  if (!parts.ok) return parts;
  const freq = parts.value.get('FREQ');
  if (freq === undefined) return fail('FREQ is required (DAILY or WEEKLY)');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') {
    return fail(
      FREQUENCIES.includes(freq)
        ? `FREQ=${freq} is not supported: only DAILY and WEEKLY`
        : `FREQ: "${freq}" is not a frequency`,
    );
  }
  if (parts.value.has('COUNT') && parts.value.has('UNTIL')) {
    return fail('COUNT and UNTIL cannot both be given (RFC 5545 §3.3.10)');
  }
  return readValues(freq, parts.value);
}

function splitParts(text: string): ScheduleResult<Parts> {
  if (typeof text !== 'string') return fail('the rule must be text, e.g. FREQ=WEEKLY;BYDAY=TU');
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return fail('the rule is empty: expected e.g. FREQ=WEEKLY;BYDAY=TU');
  const parts: Parts = new Map();
  for (const part of body.split(';')) {
    const [rawName = '', value, ...extra] = part.split('=');
    const name = rawName.trim().toUpperCase();
    if (UNSUPPORTED.includes(name)) return fail(`${name} is not supported`);
    if (!SUPPORTED.includes(name)) return fail(`"${rawName}" is not a supported rule part (${SUPPORTED.join(' ')})`);
    if (value === undefined || value.trim() === '' || extra.length > 0) return fail(`${name} needs one value`);
    if (parts.has(name)) return fail(`${name} is given twice`);
    parts.set(name, value.trim().toUpperCase());
  }
  return ok(parts);
}

function readValues(freq: 'DAILY' | 'WEEKLY', parts: Parts): ScheduleResult<RecurrenceRule> {
  const interval = readNumber(parts, 'INTERVAL', 1, 365) ?? ok(1);
  if (!interval.ok) return interval;
  const count = readNumber(parts, 'COUNT', 1, 10_000) ?? ok(null);
  if (!count.ok) return count;
  const byHour = readNumber(parts, 'BYHOUR', 0, 23) ?? ok(null);
  if (!byHour.ok) return byHour;
  const byMinute = readNumber(parts, 'BYMINUTE', 0, 59) ?? ok(null);
  if (!byMinute.ok) return byMinute;
  const byDay = readByDay(parts.get('BYDAY'));
  if (!byDay.ok) return byDay;
  const until = readUntil(parts.get('UNTIL'));
  if (!until.ok) return until;
  const weekStart = readWeekday(parts.get('WKST') ?? 'MO', 'WKST');
  if (!weekStart.ok) return weekStart;
  return ok({
    freq,
    interval: interval.value,
    byDay: byDay.value,
    byHour: byHour.value,
    byMinute: byMinute.value,
    until: until.value,
    count: count.value,
    weekStart: weekStart.value,
  });
}

/** The part's whole number within [min, max], or null when the rule leaves it out. */
function readNumber(parts: Parts, name: string, min: number, max: number): ScheduleResult<number> | null {
  const text = parts.get(name);
  if (text === undefined) return null;
  if (text.includes(',')) {
    const why = name.startsWith('BY') ? ' (a schedule has one start time a day)' : '';
    return fail(`${name}: only one value is supported${why}`);
  }
  const n = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= min && n <= max)) return fail(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
  return ok(n);
}
function readWeekday(text: string, name: string): ScheduleResult<Weekday> {
  if (/^[+-]?\d+[A-Z]{2}$/.test(text)) return fail(`${name}: "${text}": numbered weekdays are not supported`);
  return WEEKDAYS.includes(text as Weekday)
    ? ok(text as Weekday)
    : fail(`${name}: "${text}" is not a weekday (${WEEKDAYS.join(' ')})`);
}

function readByDay(text: string | undefined): ScheduleResult<readonly Weekday[]> {
  if (text === undefined) return ok([]);
  const days: Weekday[] = [];
  for (const item of text.split(',')) {
    const day = readWeekday(item.trim(), 'BYDAY');
    if (!day.ok) return day;
    if (days.includes(day.value)) return fail(`BYDAY: ${day.value} is listed twice`);
    days.push(day.value);
  }
  return ok(WEEKDAYS.filter((d) => days.includes(d)));
}

function readUntil(text: string | undefined): ScheduleResult<RecurrenceUntil | null> {
  if (text === undefined) return ok(null);
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(text);
  if (!match) return fail(`UNTIL: "${text}" is neither a date (YYYYMMDD) nor a UTC time (YYYYMMDDTHHMMSSZ)`);
  const [, y, mo, d, h, mi, s, zulu] = match;
  const date = `${y}-${mo}-${d}`;
  if (dateOfDay(dayNumber(date)) !== date) return fail(`UNTIL: "${text}" is not a calendar date`);
  if (h === undefined) return ok({ kind: 'date', date });
  if (zulu !== 'Z') return fail('UNTIL: a time must be UTC (end with Z), as the schedule has a time zone (§3.3.10)');
  const ms = Date.parse(`${date}T${h}:${mi}:${s}Z`);
  if (!Number.isFinite(ms)) return fail(`UNTIL: "${text}" is not a valid time`);
  return ok({ kind: 'instant', ms });
}

/** The canonical RRULE text of a rule; parseRrule(formatRrule(rule)) gives the rule back. */
export function formatRrule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.byHour !== null) parts.push(`BYHOUR=${rule.byHour}`);
  if (rule.byMinute !== null) parts.push(`BYMINUTE=${rule.byMinute}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until?.kind === 'date') parts.push(`UNTIL=${rule.until.date.replaceAll('-', '')}`);
  if (rule.until?.kind === 'instant') {
    parts.push(`UNTIL=${new Date(rule.until.ms).toISOString().replace(/[-:]|\.\d{3}/g, '')}`);
  }
  if (rule.weekStart !== 'MO') parts.push(`WKST=${rule.weekStart}`);
  return parts.join(';');
}
