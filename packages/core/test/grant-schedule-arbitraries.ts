import fc from 'fast-check';
import { type RecurringSchedule, validateSchedule, WEEKDAYS } from '../src/index.js';
import { oracleRuleDates, wallReading } from './grant-schedule-oracle.js';

// Random recurring schedules and instants for the property tests, packed near the DST changes of the zones that
// make them hard (London, New York, Lord Howe's 30-minute shift), plus Kathmandu (+05:45) and UTC.

export const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];

const MINUTE = 60_000;
const DAY = 86_400_000;
const FROM = Date.parse('2025-01-01T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');

/** UTC offset in minutes at an instant, read off the wall clock. */
const offsetAt = (ms: number, zone: string) => {
  const [date, time] = wallReading(ms, zone).split(', ');
  return (Date.parse(`${date}T${time}:00Z`) - (ms - (ms % MINUTE))) / MINUTE;
};

/** Instants in the middle of each day whose offset differs from the next day's, 2025–2027. */
function transitionDays(zone: string): number[] {
  const found: number[] = [];
  for (let ms = FROM; ms < TO; ms += DAY) if (offsetAt(ms, zone) !== offsetAt(ms + DAY, zone)) found.push(ms + DAY / 2);
  return found;
}

const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitionDays(zone)]));

/** An instant near one of the zone's DST changes (or anywhere in the years, for a zone without). */
export const anchorIn = (zone: string): fc.Arbitrary<number> => {
  const days = TRANSITIONS.get(zone) ?? [];
  const uniform = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE);
  if (days.length === 0) return uniform;
  const near = fc
    .tuple(fc.constantFrom(...days), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }))
    .map(([day, minutes]) => day - (day % MINUTE) + minutes * MINUTE);
  return fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: uniform, weight: 1 });
};

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const compact = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

export interface Drawn {
  readonly schedule: RecurringSchedule;
  /** An instant to probe, near a DST change when the zone has one. */
  readonly atMs: number;
}

const shape = fc.record({
  freq: fc.constantFrom('DAILY', 'WEEKLY'),
  interval: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 4 })),
  byDay: fc.subarray([...WEEKDAYS]),
  weekStart: fc.constantFrom(...WEEKDAYS),
  hour: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })),
  minute: fc.constantFrom(0, 15, 30, 45, 59),
  viaByHour: fc.boolean(),
  durationMinutes: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 3 * 24 * 60 })),
  ending: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('count' as const), n: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('date' as const), days: fc.integer({ min: 0, max: 150 }) }),
    fc.record({ kind: fc.constant('instant' as const), minutes: fc.integer({ min: 0, max: 150 * 24 * 60 }) }),
  ),
  firstBefore: fc.integer({ min: 0, max: 60 }),
  exdateOffsets: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 4 }),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function rruleText(s: Shape, firstMs: number): string {
  const parts = [`FREQ=${s.freq}`, `INTERVAL=${s.interval}`, `WKST=${s.weekStart}`];
  if (s.byDay.length > 0) parts.push(`BYDAY=${s.byDay.join(',')}`);
  if (s.viaByHour) parts.push(`BYHOUR=${s.hour}`, `BYMINUTE=${s.minute}`);
  if (s.ending.kind === 'count') parts.push(`COUNT=${s.ending.n}`);
  if (s.ending.kind === 'date') parts.push(`UNTIL=${dateOf(firstMs + s.ending.days * DAY).replaceAll('-', '')}`);
  if (s.ending.kind === 'instant') parts.push(`UNTIL=${compact(firstMs + s.ending.minutes * MINUTE)}`);
  return parts.join(';');
}

/** A schedule built through parseRrule and validateSchedule, or null when the draw is not a valid schedule. */
function build(zone: string, s: Shape, atMs: number): Drawn | null {
  const firstMs = Date.parse(`${wallReading(atMs, zone).slice(0, 10)}T00:00:00Z`) - s.firstBefore * DAY;
  const input = {
    kind: 'recurring' as const,
    rrule: rruleText(s, firstMs),
    firstDate: dateOf(firstMs),
    durationMinutes: s.durationMinutes,
    ...(s.viaByHour ? {} : { startLocal: `${pad(s.hour)}:${pad(s.minute)}` }),
  };
  const plain = validateSchedule(input, zone);
  if (!plain.ok || plain.value.kind !== 'recurring') return null;
  // EXDATEs must name dates the rule gives: keep the drawn ones that do (the oracle says which).
  const ruleDates = new Set(oracleRuleDates(plain.value, dateOf(firstMs + 91 * DAY)));
  const exdates = s.exdateOffsets.map((d) => dateOf(firstMs + d * DAY)).filter((d) => ruleDates.has(d));
  const withExdates = validateSchedule({ ...input, exdates }, zone);
  if (!withExdates.ok || withExdates.value.kind !== 'recurring') return null;
  return { schedule: withExdates.value, atMs };
}

/** A random valid recurring schedule and an instant to probe it at. */
export const drawn: fc.Arbitrary<Drawn> = fc
  .constantFrom(...ZONES)
  .chain((zone) => fc.tuple(fc.constant(zone), shape, anchorIn(zone)))
  .map(([zone, s, atMs]) => build(zone, s, atMs))
  .filter((d): d is Drawn => d !== null);
