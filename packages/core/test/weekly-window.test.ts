import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  isWithinWeekly,
  nextOccurrences,
  occurrenceOn,
  validateWeeklyRule,
  WEEKDAYS,
  type WeeklyRule,
} from '../src/index.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);
const daily = (zone: string, startLocal: string, endLocal: string): WeeklyRule => ({
  zone,
  days: [...WEEKDAYS],
  startLocal,
  endLocal,
});

describe('validateWeeklyRule', () => {
  it('accepts a valid rule', () => {
    expect(validateWeeklyRule(daily('Europe/London', '09:00', '12:00')).ok).toBe(true);
  });
  it.each([
    [{ ...daily('Mars/Olympus', '09:00', '12:00') }, 'unknown time zone "Mars/Olympus"'],
    [{ ...daily('UTC', '09:00', '12:00'), days: [] }, 'days must name at least one of MO TU WE TH FR SA SU'],
    [daily('UTC', '9:00', '12:00'), 'startLocal and endLocal must be HH:mm'],
    [daily('UTC', '24:00', '12:00'), 'startLocal and endLocal must be HH:mm'],
    [daily('UTC', '12:00', '12:00'), 'the window is empty: startLocal equals endLocal'],
    [{ ...daily('UTC', '09:00', '12:00'), from: '2026-05-02', until: '2026-05-01' }, 'until is before from'],
    [{ ...daily('UTC', '09:00', '12:00'), from: '2 May' }, 'from and until must be YYYY-MM-DD'],
  ])('refuses %j', (rule, error) => {
    expect(validateWeeklyRule(rule as WeeklyRule)).toEqual({ ok: false, error });
  });
});

describe('weekly windows across DST', () => {
  it('London spring forward: a 01:30–03:00 window opens when the clocks jump to 02:00 BST', () => {
    const o = occurrenceOn(daily('Europe/London', '01:30', '03:00'), '2026-03-29');
    expect(o && [iso(o.startMs), iso(o.endMs)]).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z']);
  });
  it('London spring forward: a window inside the skipped hour does not happen that day', () => {
    expect(occurrenceOn(daily('Europe/London', '01:10', '01:50'), '2026-03-29')).toBeNull();
    expect(occurrenceOn(daily('Europe/London', '01:10', '01:50'), '2026-03-30')).not.toBeNull();
  });
  it('London fall back: a repeated start time means its first occurrence (RFC 5545)', () => {
    const o = occurrenceOn(daily('Europe/London', '01:30', '03:00'), '2026-10-25');
    expect(o && [iso(o.startMs), iso(o.endMs)]).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T03:00:00.000Z']);
    expect(isWithinWeekly(daily('Europe/London', '01:30', '03:00'), at('2026-10-25T01:10:00Z'))).toBe(true);
  });
  it('New York fall back: a 01:00–01:30 window opens on the first pass only', () => {
    const rule = daily('America/New_York', '01:00', '01:30');
    expect(isWithinWeekly(rule, at('2026-11-01T05:15:00Z'))).toBe(true); // 01:15 EDT
    expect(isWithinWeekly(rule, at('2026-11-01T06:15:00Z'))).toBe(false); // 01:15 EST, the repeat
  });
  it('New York spring forward: 09:00–17:00 is still 09:00–17:00 local, 8 hours', () => {
    const o = occurrenceOn(daily('America/New_York', '09:00', '17:00'), '2026-03-08');
    expect(o && [iso(o.startMs), (o.endMs - o.startMs) / 3_600_000]).toEqual(['2026-03-08T13:00:00.000Z', 8]);
  });
  it('Lord Howe half-hour spring forward: 02:00–03:00 opens at 02:30, when the clocks jump', () => {
    const o = occurrenceOn(daily('Australia/Lord_Howe', '02:00', '03:00'), '2026-10-04');
    expect(o && [iso(o.startMs), (o.endMs - o.startMs) / 60_000]).toEqual(['2026-10-03T15:30:00.000Z', 30]);
  });
  it('Lord Howe half-hour fall back: 01:00–02:00 spans 90 minutes of real time', () => {
    const o = occurrenceOn(daily('Australia/Lord_Howe', '01:00', '02:00'), '2026-04-05');
    expect(o && [iso(o.startMs), (o.endMs - o.startMs) / 60_000]).toEqual(['2026-04-04T14:00:00.000Z', 90]);
  });
  it('an overnight window 22:00–02:00 belongs to the day it starts', () => {
    const rule: WeeklyRule = { zone: 'Europe/London', days: ['FR'], startLocal: '22:00', endLocal: '02:00' };
    expect(isWithinWeekly(rule, at('2026-06-06T00:30:00Z'))).toBe(true); // Sat 01:30 BST
    expect(isWithinWeekly(rule, at('2026-06-06T21:30:00Z'))).toBe(false); // Sat 22:30 BST
  });
  it('honours from and until as local start dates', () => {
    const rule: WeeklyRule = { ...daily('UTC', '09:00', '10:00'), from: '2026-06-02', until: '2026-06-03' };
    expect(nextOccurrences(rule, at('2026-06-01T00:00:00Z'), 5).map((o) => o.date)).toEqual([
      '2026-06-02',
      '2026-06-03',
    ]);
  });
  it('lists the window in progress, then the next ones on the rule days', () => {
    const rule: WeeklyRule = { zone: 'Europe/London', days: ['MO', 'TH'], startLocal: '09:00', endLocal: '12:00' };
    const list = nextOccurrences(rule, at('2026-06-01T10:00:00Z'), 3); // Monday 11:00 BST
    expect(list.map((o) => [o.date, iso(o.startMs)])).toEqual([
      ['2026-06-01', '2026-06-01T08:00:00.000Z'],
      ['2026-06-04', '2026-06-04T08:00:00.000Z'],
      ['2026-06-08', '2026-06-08T08:00:00.000Z'],
    ]);
  });
});

// Property tests over zones with hour and half-hour DST, instants spread over two years and packed near transitions.
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const TRANSITIONS = [
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-04-04T15:00:00Z',
].map(at);
const hhmm = fc
  .integer({ min: 0, max: 95 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const rules = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    startLocal: hhmm,
    endLocal: hhmm,
  })
  .filter((r) => r.startLocal !== r.endLocal);
const instants = fc.oneof(
  fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-12-31T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }))
    .map(([t, d]) => t + d),
);

const minutesOf = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
const wall = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });
/** The wall clock at `ms` also reads the same minute at another instant (a repeated hour). */
const ambiguous = (ms: number, zone: string) =>
  [30, 60].some((m) =>
    [ms - m * 60_000, ms + m * 60_000].some(
      (o) => wall(o, zone).toFormat('yyyy-MM-dd HH:mm') === wall(ms, zone).toFormat('yyyy-MM-dd HH:mm'),
    ),
  );

/** The reference: judged on the wall clock alone. */
function insideByWallClock(rule: WeeklyRule, ms: number): boolean {
  const local = wall(ms, rule.zone);
  const minute = local.hour * 60 + local.minute;
  const today = rule.days.includes(WEEKDAYS[local.weekday - 1]!);
  const yesterday = rule.days.includes(WEEKDAYS[(local.weekday + 5) % 7]!);
  const [start, end] = [minutesOf(rule.startLocal), minutesOf(rule.endLocal)];
  if (start < end) return today && start <= minute && minute < end;
  return (today && minute >= start) || (yesterday && minute < end);
}

describe('weekly window properties', () => {
  it('an instant is inside iff its local weekday and time are (outside repeated hours)', () => {
    fc.assert(
      fc.property(rules, instants, (rule, ms) => {
        fc.pre(!ambiguous(ms, rule.zone));
        expect(isWithinWeekly(rule, ms)).toBe(insideByWallClock(rule, ms));
      }),
      { numRuns: 3000 },
    );
  });
  it('occurrences are strictly increasing, non-overlapping, and each contains its own start', () => {
    fc.assert(
      fc.property(rules, instants, fc.integer({ min: 1, max: 20 }), (rule, ms, n) => {
        const list = nextOccurrences(rule, ms, n);
        expect(list.length).toBe(n);
        expect(list[0]!.endMs).toBeGreaterThan(ms);
        for (let i = 1; i < list.length; i++) expect(list[i]!.startMs).toBeGreaterThanOrEqual(list[i - 1]!.endMs);
        for (const o of list) {
          expect(o.startMs).toBeLessThan(o.endMs);
          expect(isWithinWeekly(rule, o.startMs)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
