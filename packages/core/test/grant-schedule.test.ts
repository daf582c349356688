import { describe, expect, it } from 'vitest';
import {
  nextScheduleOccurrences,
  scheduleEndMs,
  scheduleOccurrenceAt,
  scheduleOccurrencesBetween,
  scheduleWindowCheck,
} from '../src/index.js';
import { at, iso, once, recurring, spans } from './grant-schedule-fixtures.js';

const DAY = 86_400_000;
/** The first n occurrences from a day before the first date. */
const first = (s: ReturnType<typeof recurring>, n: number) =>
  spans(nextScheduleOccurrences(s, at(`${s.firstDate}T00:00:00Z`) - DAY, n));

describe('occurrences in the home zone', () => {
  it('every Tuesday 09:00–12:00 in London, summer time', () => {
    const s = recurring('Europe/London', 'FREQ=WEEKLY;BYDAY=TU', '09:00', 180, '2026-06-01');
    expect(first(s, 2)).toEqual([
      '2026-06-02 2026-06-02T08:00:00Z..2026-06-02T11:00:00Z',
      '2026-06-09 2026-06-09T08:00:00Z..2026-06-09T11:00:00Z',
    ]);
  });

  it.each([
    // zone, start, first date, [day before, transition day, day after] start instants
    ['Europe/London', '01:30', '2026-03-28', ['2026-03-28T01:30', '2026-03-29T01:00', '2026-03-30T00:30']],
    ['Europe/London', '01:30', '2026-10-24', ['2026-10-24T00:30', '2026-10-25T00:30', '2026-10-26T01:30']],
    ['America/New_York', '02:30', '2026-03-07', ['2026-03-07T07:30', '2026-03-08T07:00', '2026-03-09T06:30']],
    ['America/New_York', '01:30', '2026-10-31', ['2026-10-31T05:30', '2026-11-01T05:30', '2026-11-02T06:30']],
    ['Australia/Lord_Howe', '02:15', '2026-10-03', ['2026-10-02T15:45', '2026-10-03T15:30', '2026-10-04T15:15']],
    ['Australia/Lord_Howe', '01:45', '2026-04-04', ['2026-04-03T14:45', '2026-04-04T14:45', '2026-04-05T15:15']],
  ])(
    '%s daily at %s across the change after %s: one occurrence a day, skipped time opens at the jump, repeated time on its first pass',
    (zone, start, firstDate, starts) => {
      const s = recurring(zone, 'FREQ=DAILY', start, 60, firstDate);
      const list = nextScheduleOccurrences(s, at(`${firstDate}T00:00:00Z`) - DAY, 3);
      expect(list.map((o) => iso(o.startMs))).toEqual(starts.map((t) => `${t}:00Z`));
      expect(list.map((o) => o.endMs - o.startMs)).toEqual([3_600_000, 3_600_000, 3_600_000]);
    },
  );

  it('London fall-back: the second 01:30 is not reopened', () => {
    const s = recurring('Europe/London', 'FREQ=DAILY', '01:30', 30, '2026-10-25');
    expect(scheduleOccurrenceAt(s, at('2026-10-25T00:45:00Z'))?.localDate).toBe('2026-10-25');
    expect(scheduleOccurrenceAt(s, at('2026-10-25T01:45:00Z'))).toBeNull();
  });

  it('Asia/Kathmandu (+05:45): Monday 09:00 is 03:15 UTC', () => {
    const s = recurring('Asia/Kathmandu', 'FREQ=WEEKLY;BYDAY=MO', '09:00', 60, '2026-06-01');
    expect(first(s, 1)).toEqual(['2026-06-01 2026-06-01T03:15:00Z..2026-06-01T04:15:00Z']);
  });

  it('a window across midnight belongs to the day it starts', () => {
    const s = recurring('Europe/London', 'FREQ=WEEKLY;BYDAY=FR', '22:00', 240, '2026-06-05');
    expect(scheduleOccurrenceAt(s, at('2026-06-06T00:30:00Z'))?.localDate).toBe('2026-06-05');
    expect(scheduleOccurrenceAt(s, at('2026-06-06T01:00:00Z'))).toBeNull();
  });

  it('a duration across a DST change is elapsed time: 8 h from 22:00 ends at 07:00 summer time', () => {
    const s = recurring('Europe/London', 'FREQ=WEEKLY;BYDAY=SA', '22:00', 480, '2026-03-28');
    expect(first(s, 1)).toEqual(['2026-03-28 2026-03-28T22:00:00Z..2026-03-29T06:00:00Z']);
  });

  it('RFC 5545 example: every other week on Tuesday and Sunday, WKST decides the weeks', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU';
    const dates = (wkst: string) =>
      nextScheduleOccurrences(recurring('America/New_York', rule + wkst, '09:00', 60, '1997-08-05'), 0, 9).map(
        (o) => o.localDate,
      );
    expect(dates(';WKST=MO')).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    expect(dates(';WKST=SU')).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31']);
  });

  it('INTERVAL=2 daily counts from the first date; weekly without BYDAY uses its weekday', () => {
    expect(
      first(recurring('UTC', 'FREQ=DAILY;INTERVAL=2', '09:00', 60, '2026-06-01'), 3).map((t) => t.slice(0, 10)),
    ).toEqual(['2026-06-01', '2026-06-03', '2026-06-05']);
    expect(
      first(recurring('UTC', 'FREQ=WEEKLY;INTERVAL=2', '09:00', 60, '2026-06-03'), 2).map((t) => t.slice(0, 10)),
    ).toEqual(['2026-06-03', '2026-06-17']);
  });
});

describe('COUNT, UNTIL and EXDATE', () => {
  it('COUNT counts before EXDATE removes: 5 less 1', () => {
    const s = recurring('UTC', 'FREQ=DAILY;COUNT=5', '09:00', 60, '2026-06-01', ['2026-06-03']);
    expect(nextScheduleOccurrences(s, 0, 10).map((o) => o.localDate)).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-04',
      '2026-06-05',
    ]);
    expect(scheduleEndMs(s)).toBe(at('2026-06-05T10:00:00Z'));
  });

  it('an EXDATE on the last day moves the end back', () => {
    const s = recurring('UTC', 'FREQ=DAILY;COUNT=3', '09:00', 60, '2026-06-01', ['2026-06-03']);
    expect(scheduleEndMs(s)).toBe(at('2026-06-02T10:00:00Z'));
  });

  it('UNTIL as a date is an inclusive local date', () => {
    const s = recurring('Pacific/Auckland', 'FREQ=DAILY;UNTIL=20260603', '23:30', 60, '2026-06-01');
    expect(nextScheduleOccurrences(s, 0, 10).map((o) => o.localDate)).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
    ]);
  });

  it('UNTIL as a UTC instant keeps an occurrence starting exactly then, not one a minute later', () => {
    const exact = recurring('Europe/London', 'FREQ=DAILY;UNTIL=20260603T080000Z', '09:00', 60, '2026-06-01');
    expect(nextScheduleOccurrences(exact, 0, 10)).toHaveLength(3);
    const before = recurring('Europe/London', 'FREQ=DAILY;UNTIL=20260603T075900Z', '09:00', 60, '2026-06-01');
    expect(nextScheduleOccurrences(before, 0, 10)).toHaveLength(2);
  });

  it('a schedule without COUNT or UNTIL never ends', () => {
    expect(scheduleEndMs(recurring('UTC', 'FREQ=DAILY', '09:00', 60, '2026-06-01'))).toBeNull();
    expect(scheduleEndMs(once('UTC', '2026-06-01T09:00Z', '2026-06-01T10:00Z'))).toBe(at('2026-06-01T10:00:00Z'));
  });
});

describe('queries', () => {
  const s = recurring('Europe/London', 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6', '09:00', 180, '2026-06-01', ['2026-06-04']);

  it('occurrencesBetween returns those overlapping the range, at most limit', () => {
    const list = scheduleOccurrencesBetween(s, at('2026-06-02T10:00:00Z'), at('2026-06-09T08:00:01Z'), 10);
    expect(list.map((o) => o.localDate)).toEqual(['2026-06-02', '2026-06-09']);
    expect(scheduleOccurrencesBetween(s, 0, at('2030-01-01T00:00:00Z'), 2)).toHaveLength(2);
    expect(scheduleOccurrencesBetween(s, at('2026-06-02T11:00:00Z'), at('2026-06-09T08:00:00Z'), 10)).toEqual([]);
  });

  it('nextOccurrences includes the one in progress', () => {
    expect(nextScheduleOccurrences(s, at('2026-06-02T10:59:59Z'), 1)[0]?.localDate).toBe('2026-06-02');
    expect(nextScheduleOccurrences(s, at('2026-06-02T11:00:00Z'), 1)[0]?.localDate).toBe('2026-06-09');
  });

  it('overlapping windows: the instant belongs to the latest-starting one', () => {
    const long = recurring('UTC', 'FREQ=DAILY', '09:00', 25 * 60, '2026-06-01');
    expect(scheduleOccurrenceAt(long, at('2026-06-02T09:30:00Z'))?.localDate).toBe('2026-06-02');
    expect(scheduleOccurrenceAt(long, at('2026-06-02T08:30:00Z'))?.localDate).toBe('2026-06-01');
  });

  it.each([
    ['before the first', '2026-06-01T12:00:00Z', { position: 'before', next: '2026-06-02' }],
    ['at the start (inclusive)', '2026-06-02T08:00:00Z', { position: 'inside', current: '2026-06-02' }],
    ['at the end (exclusive)', '2026-06-02T11:00:00Z', { position: 'before', next: '2026-06-09' }],
    ['on an EXDATE', '2026-06-04T09:00:00Z', { position: 'excluded', excluded: '2026-06-04', next: '2026-06-09' }],
    ['after COUNT', '2026-06-18T11:00:00Z', { position: 'after' }],
  ])('scheduleWindowCheck %s', (_, now, expected) => {
    const check = scheduleWindowCheck(s, at(now));
    expect({
      position: check.position,
      ...(check.current && { current: check.current.localDate }),
      ...(check.excluded && { excluded: check.excluded.localDate }),
      ...(check.next && { next: check.next.localDate }),
    }).toEqual(expected);
  });

  it('a one-time grant: before, inside, after', () => {
    const o = once('Europe/London', '2026-06-02T09:00:00+01:00', '2026-06-02T17:00:00+01:00');
    expect(scheduleWindowCheck(o, at('2026-06-02T07:59:59Z')).position).toBe('before');
    expect(scheduleWindowCheck(o, at('2026-06-02T08:00:00Z')).current?.localDate).toBe('2026-06-02');
    expect(scheduleWindowCheck(o, at('2026-06-02T16:00:00Z'))).toEqual({
      position: 'after',
      current: null,
      excluded: null,
      next: null,
    });
    expect(scheduleOccurrencesBetween(o, 0, at('2026-06-02T08:00:01Z'), 5)).toHaveLength(1);
    expect(scheduleOccurrencesBetween(o, 0, at('2026-06-02T08:00:00Z'), 5)).toHaveLength(0);
  });
});
