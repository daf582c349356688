import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRrule,
  nextScheduleOccurrences,
  parseRrule,
  type RecurringSchedule,
  scheduleEndMs,
  scheduleOccurrenceAt,
  scheduleOccurrencesBetween,
  scheduleWindowCheck,
} from '../src/index.js';
import { anchorIn, drawn } from './grant-schedule-arbitraries.js';
import { recurring } from './grant-schedule-fixtures.js';
import { type OracleOccurrence, oracleAround, oracleOccurrences, oracleRuleDates } from './grant-schedule-oracle.js';

// Each property holds for random schedules (DAILY/WEEKLY, BYDAY, INTERVAL, WKST, BYHOUR or a start time, COUNT or
// UNTIL, EXDATE, durations up to three days) in London, New York, Lord Howe, Kathmandu and UTC, probed at instants
// packed near DST changes, against the slow reference in grant-schedule-oracle.ts.

const DAY = 86_400_000;
const RUNS = { numRuns: 120 };

const containing = (list: readonly OracleOccurrence[], ms: number) =>
  list.filter((o) => o.startMs <= ms && ms < o.endMs);

/** The reference's first occurrence starting after ms: walk the rule's dates, convert only the few needed. */
function oracleNext(s: RecurringSchedule, ms: number): OracleOccurrence | null {
  const horizon = new Date(ms + 200 * DAY).toISOString().slice(0, 10);
  const fromDate = new Date(ms - 2 * DAY).toISOString().slice(0, 10);
  for (const date of oracleRuleDates(s, horizon).filter((d) => d >= fromDate && !s.exdates.includes(d))) {
    const [occurrence] = oracleOccurrences({ ...s, exdates: [] }, date, date);
    if (occurrence && occurrence.startMs > ms) return occurrence;
  }
  return null;
}

describe('grant schedule properties', () => {
  it('an instant is inside an occurrence iff the reference enumeration has one containing it (the latest-starting)', () => {
    fc.assert(
      fc.property(drawn, ({ schedule, atMs }) => {
        const expected = containing(oracleAround(schedule, atMs, 0), atMs);
        const latest = expected.reduce<OracleOccurrence | null>((a, o) => (a && a.startMs > o.startMs ? a : o), null);
        expect(scheduleOccurrenceAt(schedule, atMs)).toEqual(latest);
      }),
      RUNS,
    );
  });

  it('occurrences over three days agree with the reference: none lost or doubled on DST days', () => {
    fc.assert(
      fc.property(drawn, ({ schedule, atMs }) => {
        const toMs = atMs + 3 * DAY;
        const expected = oracleAround(schedule, atMs, 3 * DAY).filter((o) => o.endMs > atMs && o.startMs < toMs);
        const got = scheduleOccurrencesBetween(schedule, atMs, toMs, 1000);
        expect(got).toEqual(expected);
        expect(new Set(got.map((o) => o.localDate)).size).toBe(got.length);
      }),
      RUNS,
    );
  });

  it('a daily schedule has exactly one occurrence on every local date around a DST change, starts increasing', () => {
    const draw = fc
      .constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe')
      .chain((zone) =>
        fc.tuple(
          fc.constant(zone),
          anchorIn(zone),
          fc.integer({ min: 0, max: 1439 }),
          fc.integer({ min: 1, max: 600 }),
        ),
      );
    fc.assert(
      fc.property(draw, ([zone, atMs, minutes, duration]) => {
        const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const firstDate = new Date(atMs - 5 * DAY).toISOString().slice(0, 10);
        const list = scheduleOccurrencesBetween(
          recurring(zone, 'FREQ=DAILY', start, duration, firstDate),
          atMs,
          atMs + 3 * DAY,
          99,
        );
        for (let i = 1; i < list.length; i++) {
          const gap = Date.parse(`${list[i]!.localDate}T00:00:00Z`) - Date.parse(`${list[i - 1]!.localDate}T00:00:00Z`);
          expect(gap).toBe(DAY);
          expect(list[i]!.startMs).toBeGreaterThan(list[i - 1]!.startMs);
        }
        expect(list.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });

  it('never admits an instant outside every occurrence, and names the right next one when outside', () => {
    fc.assert(
      fc.property(drawn, ({ schedule, atMs }) => {
        const check = scheduleWindowCheck(schedule, atMs);
        const around = oracleAround(schedule, atMs, 0);
        if (check.position === 'inside') {
          expect(containing(around, atMs)).toContainEqual(check.current);
          return;
        }
        expect(containing(around, atMs)).toEqual([]);
        expect(check.next).toEqual(oracleNext(schedule, atMs));
        const removed = containing(oracleAround({ ...schedule, exdates: [] }, atMs, 0), atMs);
        expect(check.position === 'excluded').toBe(removed.length > 0);
      }),
      RUNS,
    );
  });

  it('COUNT yields exactly COUNT occurrences minus the EXDATEs, and the schedule ends with the last', () => {
    fc.assert(
      fc.property(
        drawn.filter((d) => d.schedule.rule.count !== null),
        ({ schedule }) => {
          const count = schedule.rule.count ?? 0;
          const fromMs = Date.parse(`${schedule.firstDate}T00:00:00Z`) - 2 * DAY;
          const all = nextScheduleOccurrences(schedule, fromMs, count + 10);
          expect(all).toHaveLength(count - schedule.exdates.length);
          expect(scheduleEndMs(schedule)).toBe(all.at(-1)?.endMs);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('formatRrule gives back what parseRrule reads', () => {
    fc.assert(
      fc.property(drawn, ({ schedule }) => {
        expect(parseRrule(formatRrule(schedule.rule))).toEqual({ ok: true, value: schedule.rule });
      }),
      { numRuns: 100 },
    );
  });
});
