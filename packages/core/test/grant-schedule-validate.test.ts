import { describe, expect, it } from 'vitest';
import { type ScheduleInput, validateSchedule } from '../src/index.js';

const recurring = (fields: Partial<Extract<ScheduleInput, { kind: 'recurring' }>>): ScheduleInput => ({
  kind: 'recurring',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  firstDate: '2026-06-02',
  startLocal: '09:00',
  durationMinutes: 180,
  ...fields,
});

describe('validateSchedule', () => {
  it('accepts a one-time window of ISO instants', () => {
    expect(
      validateSchedule({ kind: 'once', start: '2026-06-02T09:00:00+01:00', end: '2026-06-02T10:00Z' }, 'UTC'),
    ).toEqual({
      ok: true,
      value: {
        kind: 'once',
        zone: 'UTC',
        startMs: Date.parse('2026-06-02T08:00:00Z'),
        endMs: Date.parse('2026-06-02T10:00:00Z'),
      },
    });
  });

  it('takes the start time from BYHOUR and BYMINUTE: weekdays at noon for 45 minutes', () => {
    const result = validateSchedule(
      recurring({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12', startLocal: undefined, durationMinutes: 45 }),
      'Europe/London',
    );
    expect(result.ok && result.value.kind === 'recurring' && result.value.startLocal).toBe('12:00');
  });

  it('sorts and de-duplicates exdates', () => {
    const result = validateSchedule(recurring({ exdates: ['2026-06-16', '2026-06-09', '2026-06-16'] }), 'UTC');
    expect(result.ok && result.value.kind === 'recurring' && result.value.exdates).toEqual([
      '2026-06-09',
      '2026-06-16',
    ]);
  });

  it.each<[string, ScheduleInput, string]>([
    ['an unknown zone', recurring({}), 'unknown time zone "Mars/Olympus"'],
    [
      'a bare local start',
      { kind: 'once', start: '2026-06-02T09:00', end: '2026-06-02T10:00Z' },
      'start must be an ISO 8601 instant with an offset or Z',
    ],
    [
      'a bad end',
      { kind: 'once', start: '2026-06-02T09:00Z', end: 'soon' },
      'end must be an ISO 8601 instant with an offset or Z',
    ],
    [
      'an empty window',
      { kind: 'once', start: '2026-06-02T09:00Z', end: '2026-06-02T09:00Z' },
      'end must be after start',
    ],
    ['a bad rule', recurring({ rrule: 'FREQ=YEARLY' }), 'rrule: FREQ=YEARLY is not supported: only DAILY and WEEKLY'],
    ['a bad first date', recurring({ firstDate: '2026-02-30' }), 'firstDate must be a calendar date YYYY-MM-DD'],
    ['a bad start', recurring({ startLocal: '24:00' }), 'startLocal must be HH:MM (00:00 to 23:59)'],
    ['no start at all', recurring({ startLocal: undefined }), 'startLocal is required unless the rule has BYHOUR'],
    [
      'a start that contradicts BYHOUR',
      recurring({ rrule: 'FREQ=DAILY;BYHOUR=12', startLocal: '09:00' }),
      "startLocal 09:00 disagrees with the rule's BYHOUR/BYMINUTE",
    ],
    [
      'a start that contradicts BYMINUTE',
      recurring({ rrule: 'FREQ=DAILY;BYMINUTE=30', startLocal: '09:00' }),
      "startLocal 09:00 disagrees with the rule's BYHOUR/BYMINUTE",
    ],
    [
      'no duration',
      recurring({ durationMinutes: 0 }),
      'durationMinutes must be a whole number from 1 to 10080 (a week)',
    ],
    [
      'a duration over a week',
      recurring({ durationMinutes: 10_081 }),
      'durationMinutes must be a whole number from 1 to 10080 (a week)',
    ],
    [
      'a fractional duration',
      recurring({ durationMinutes: 1.5 }),
      'durationMinutes must be a whole number from 1 to 10080 (a week)',
    ],
    ['a bad exdate', recurring({ exdates: ['2026-6-9'] }), 'exdates: "2026-6-9" is not a calendar date YYYY-MM-DD'],
    [
      'an exdate on no occurrence',
      recurring({ exdates: ['2026-06-10'] }),
      'exdates: the rule has no occurrence on 2026-06-10',
    ],
    [
      'an exdate before the first date',
      recurring({ exdates: ['2026-05-26'] }),
      'exdates: the rule has no occurrence on 2026-05-26',
    ],
    [
      'an exdate past COUNT',
      recurring({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2', exdates: ['2026-06-16'] }),
      'exdates: the rule has no occurrence on 2026-06-16',
    ],
    [
      'a rule that never matches',
      recurring({ rrule: 'FREQ=DAILY;INTERVAL=7;BYDAY=WE' }),
      'the rule never matches a date (check BYDAY and INTERVAL)',
    ],
    [
      'UNTIL before the first date',
      recurring({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260601' }),
      'the schedule has no occurrence (check UNTIL)',
    ],
    [
      'every occurrence excluded',
      recurring({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2', exdates: ['2026-06-02', '2026-06-09'] }),
      'every occurrence is excluded by exdates',
    ],
  ])('refuses %s', (_, input, error) => {
    const zone = error.startsWith('unknown time zone') ? 'Mars/Olympus' : 'Europe/London';
    expect(validateSchedule(input, zone)).toEqual({ ok: false, error });
  });
});
