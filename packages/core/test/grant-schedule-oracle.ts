import type { RecurringSchedule } from '../src/index.js';

// An independent reference for recurring schedules, written the slow and obvious way: it walks local dates one by
// one from the first date (counting weeks as it crosses WKST, counting matches for COUNT) and finds a wall time's
// instant by scanning the zone's clock minute by minute with Intl (no luxon, no code from src). It shares only the
// documented rules: a skipped start opens at the first instant the wall clock reads past it, a repeated one on its
// first pass, and the duration is elapsed time.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface OracleOccurrence {
  readonly localDate: string;
  readonly startMs: number;
  readonly endMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at an instant as 'YYYY-MM-DD, HH:mm', which sorts like the time it names. */
export function wallReading(ms: number, zone: string): string {
  let format = formatters.get(zone);
  if (!format) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', ...options });
    formatters.set(zone, format);
  }
  return format.format(ms);
}

const starts = new Map<string, number>();

/** The first instant at which the wall clock reads `hhmm` on `date` or later. */
export function oracleStart(zone: string, date: string, hhmm: string): number {
  const key = `${zone} ${date} ${hhmm}`;
  const known = starts.get(key);
  if (known !== undefined) return known;
  const target = `${date}, ${hhmm}`;
  const naive = Date.parse(`${date}T${hhmm}:00Z`);
  // UTC offsets lie within −12 h … +14 h, so the instant lies within naive − 14 h … naive + 12 h.
  for (let t = naive - 15 * HOUR; t <= naive + 13 * HOUR; t += MINUTE) {
    if (wallReading(t, zone) >= target) {
      starts.set(key, t);
      return t;
    }
  }
  throw new Error(`no instant for ${key}`);
}

const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/** Every date the rule gives from the first date up to `lastDate`, before EXDATE, walking one day at a time. */
export function oracleRuleDates(s: RecurringSchedule, lastDate: string): string[] {
  const { rule } = s;
  const days = rule.byDay.length > 0 ? rule.byDay : rule.freq === 'WEEKLY' ? [weekdayOf(s.firstDate)] : WEEKDAYS;
  const found: string[] = [];
  let week = 0;
  for (let date = s.firstDate, step = 0; date <= lastDate; date = nextDate(date), step++) {
    if (step > 0 && weekdayOf(date) === rule.weekStart) week++;
    const inPeriod = rule.freq === 'DAILY' ? step % rule.interval === 0 : week % rule.interval === 0;
    if (!inPeriod || !(days as readonly string[]).includes(weekdayOf(date))) continue;
    if (rule.until?.kind === 'date' && date > rule.until.date) break;
    if (rule.until?.kind === 'instant' && oracleStart(s.zone, date, s.startLocal) > rule.until.ms) break;
    found.push(date);
    if (rule.count !== null && found.length === rule.count) break;
  }
  return found;
}

/** The occurrences whose start date lies within [fromDate, toDate], EXDATEs removed. */
export function oracleOccurrences(s: RecurringSchedule, fromDate: string, toDate: string): OracleOccurrence[] {
  return oracleRuleDates(s, toDate)
    .filter((date) => date >= fromDate && !s.exdates.includes(date))
    .map((date) => {
      const startMs = oracleStart(s.zone, date, s.startLocal);
      return { localDate: date, startMs, endMs: startMs + s.durationMinutes * MINUTE };
    });
}

/** Occurrences that could contain an instant or start within `spanMs` after it (dates around it, generously). */
export function oracleAround(s: RecurringSchedule, ms: number, spanMs: number): OracleOccurrence[] {
  const back = Math.ceil(s.durationMinutes / (24 * 60)) + 2;
  const from = new Date(Date.parse(`${wallReading(ms, s.zone).slice(0, 10)}T00:00:00Z`) - back * DAY);
  const to = new Date(Date.parse(`${wallReading(ms + spanMs, s.zone).slice(0, 10)}T00:00:00Z`) + 2 * DAY);
  return oracleOccurrences(s, from.toISOString().slice(0, 10), to.toISOString().slice(0, 10));
}
