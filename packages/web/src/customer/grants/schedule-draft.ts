import type { ScheduleInput } from '../../api/grants.js';
import { instantOf } from './home-time.js';

// What the customer draws: weekly days and hours, or one window. It becomes the ScheduleInput the platform validates
// (docs/grants.md "Schedules": FREQ=WEEKLY;BYDAY=… with a local start time and an elapsed duration).

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Mon',
  TU: 'Tue',
  WE: 'Wed',
  TH: 'Thu',
  FR: 'Fri',
  SA: 'Sat',
  SU: 'Sun',
};

export type ScheduleDraft =
  | { kind: 'weekly'; days: Weekday[]; startLocal: string; durationMinutes: number }
  | { kind: 'once'; date: string; startLocal: string; durationMinutes: number };

const pad = (n: number) => String(n).padStart(2, '0');
export const hourText = (hour: number) => `${pad(hour)}:00`;
export const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
export const clockText = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** The rectangle between two cells of the week grid: every day between, every hour between, both included. */
export function rectangle(a: { day: number; hour: number }, b: { day: number; hour: number }) {
  const days = WEEKDAYS.slice(Math.min(a.day, b.day), Math.max(a.day, b.day) + 1);
  const first = Math.min(a.hour, b.hour);
  return { days: [...days], startLocal: hourText(first), durationMinutes: (Math.max(a.hour, b.hour) - first + 1) * 60 };
}

/** Whether the hour cell `[hour, hour + 1)` of `day` lies in the drawn weekly window. */
export function covers(draft: ScheduleDraft, day: Weekday, hour: number): boolean {
  if (draft.kind !== 'weekly' || !draft.days.includes(day)) return false;
  const start = minutesOf(draft.startLocal);
  return hour * 60 + 60 > start && hour * 60 < start + draft.durationMinutes;
}

export const sortDays = (days: readonly Weekday[]) => WEEKDAYS.filter((d) => days.includes(d));

export function scheduleInput(draft: ScheduleDraft, zone: string, today: string): ScheduleInput {
  if (draft.kind === 'weekly')
    return {
      kind: 'recurring',
      rrule: `FREQ=WEEKLY;BYDAY=${sortDays(draft.days).join(',')}`,
      firstDate: today,
      startLocal: draft.startLocal,
      durationMinutes: draft.durationMinutes,
    };
  const start = instantOf(zone, draft.date, draft.startLocal);
  return {
    kind: 'once',
    start: new Date(start).toISOString(),
    end: new Date(start + draft.durationMinutes * 60_000).toISOString(),
  };
}

const durationWords = (minutes: number) =>
  minutes % 60 === 0
    ? `${minutes / 60} h`
    : minutes > 60
      ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
      : `${minutes} min`;

/** "Every Tue, Thu, 09:00–12:00 (3 h)": the draft in words, in home time. */
export function describeDraft(draft: ScheduleDraft): string {
  const end = clockText(minutesOf(draft.startLocal) + draft.durationMinutes);
  const hours = `${draft.startLocal}–${end} (${durationWords(draft.durationMinutes)})`;
  if (draft.kind === 'once') return `Once, on ${draft.date}, ${hours}`;
  if (draft.days.length === 0) return 'No day chosen yet: draw on the week above';
  return `Every ${sortDays(draft.days)
    .map((d) => WEEKDAY_NAMES[d])
    .join(', ')}, ${hours}`;
}

/** A stored schedule in words, for the list of grants. */
export function describeSchedule(schedule: ScheduleInput): string {
  if (schedule.kind === 'once') return 'Once';
  const byDay = /BYDAY=([A-Z,]+)/i.exec(schedule.rrule)?.[1]?.toUpperCase().split(',') ?? [];
  const days =
    byDay.length === 0 ? 'Every day' : `Every ${byDay.map((d) => WEEKDAY_NAMES[d as Weekday] ?? d).join(', ')}`;
  const daily = /FREQ=DAILY/i.test(schedule.rrule) && byDay.length === 0;
  const start = schedule.startLocal ?? '';
  return `${daily ? 'Every day' : days}${start ? `, from ${start}` : ''} for ${durationWords(schedule.durationMinutes)}`;
}
