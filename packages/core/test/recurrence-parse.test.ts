import { describe, expect, it } from 'vitest';
import { formatRrule, parseRrule, type RecurrenceRule } from '../src/index.js';

const rule = (fields: Partial<RecurrenceRule>): RecurrenceRule => ({
  freq: 'WEEKLY',
  interval: 1,
  byDay: [],
  byHour: null,
  byMinute: null,
  until: null,
  count: null,
  weekStart: 'MO',
  ...fields,
});

describe('parseRrule', () => {
  it.each<[string, Partial<RecurrenceRule>]>([
    ['FREQ=WEEKLY;BYDAY=TU', { byDay: ['TU'] }],
    ['RRULE:freq=daily;interval=2;count=5', { freq: 'DAILY', interval: 2, count: 5 }],
    ['FREQ=WEEKLY;BYDAY=FR,MO,WE', { byDay: ['MO', 'WE', 'FR'] }],
    [
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12;BYMINUTE=0',
      { byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], byHour: 12, byMinute: 0 },
    ],
    ['FREQ=DAILY;UNTIL=20261231', { freq: 'DAILY', until: { kind: 'date', date: '2026-12-31' } }],
    [
      'FREQ=DAILY;UNTIL=20261231T235959Z',
      { freq: 'DAILY', until: { kind: 'instant', ms: Date.parse('2026-12-31T23:59:59Z') } },
    ],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU', { interval: 2, byDay: ['TU', 'SU'], weekStart: 'SU' }],
    [' FREQ = WEEKLY ; BYDAY = tu ', { byDay: ['TU'] }],
  ])('reads %s', (text, fields) => {
    expect(parseRrule(text)).toEqual({ ok: true, value: rule(fields) });
  });

  it.each<[string, string]>([
    ['', 'the rule is empty: expected e.g. FREQ=WEEKLY;BYDAY=TU'],
    [42 as unknown as string, 'the rule must be text, e.g. FREQ=WEEKLY;BYDAY=TU'],
    ['BYDAY=MO', 'FREQ is required (DAILY or WEEKLY)'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'BYMONTHDAY is not supported'],
    ['FREQ=MONTHLY', 'FREQ=MONTHLY is not supported: only DAILY and WEEKLY'],
    ['FREQ=SOMETIMES', 'FREQ: "SOMETIMES" is not a frequency'],
    ['FREQ=WEEKLY;BYMONTH=1', 'BYMONTH is not supported'],
    ['FREQ=WEEKLY;BYSETPOS=-1', 'BYSETPOS is not supported'],
    ['FREQ=WEEKLY;FOO=1', '"FOO" is not a supported rule part (FREQ INTERVAL BYDAY BYHOUR BYMINUTE UNTIL COUNT WKST)'],
    ['FREQ=WEEKLY;BYDAY=1MO', 'BYDAY: "1MO": numbered weekdays are not supported'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY: "XX" is not a weekday (MO TU WE TH FR SA SU)'],
    ['FREQ=WEEKLY;BYDAY=MO,MO', 'BYDAY: MO is listed twice'],
    ['FREQ=DAILY;INTERVAL=0', 'INTERVAL: "0" is not a whole number from 1 to 365'],
    ['FREQ=DAILY;INTERVAL=366', 'INTERVAL: "366" is not a whole number from 1 to 365'],
    ['FREQ=DAILY;INTERVAL=1.5', 'INTERVAL: "1.5" is not a whole number from 1 to 365'],
    ['FREQ=DAILY;COUNT=-1', 'COUNT: "-1" is not a whole number from 1 to 10000'],
    ['FREQ=DAILY;BYHOUR=9,17', 'BYHOUR: only one value is supported (a schedule has one start time a day)'],
    ['FREQ=DAILY;BYHOUR=24', 'BYHOUR: "24" is not a whole number from 0 to 23'],
    ['FREQ=DAILY;BYMINUTE=60', 'BYMINUTE: "60" is not a whole number from 0 to 59'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20260101', 'COUNT and UNTIL cannot both be given (RFC 5545 §3.3.10)'],
    [
      'FREQ=DAILY;UNTIL=20260101T000000',
      'UNTIL: a time must be UTC (end with Z), as the schedule has a time zone (§3.3.10)',
    ],
    ['FREQ=DAILY;UNTIL=20260230', 'UNTIL: "20260230" is not a calendar date'],
    [
      'FREQ=DAILY;UNTIL=2026-01-01',
      'UNTIL: "2026-01-01" is neither a date (YYYYMMDD) nor a UTC time (YYYYMMDDTHHMMSSZ)',
    ],
    ['FREQ=DAILY;UNTIL=20260101T250000Z', 'UNTIL: "20260101T250000Z" is not a valid time'],
    ['FREQ=DAILY;INTERVAL=2;INTERVAL=3', 'INTERVAL is given twice'],
    ['FREQ=DAILY;COUNT', 'COUNT needs one value'],
    ['FREQ=DAILY;COUNT=1=2', 'COUNT needs one value'],
    ['FREQ=DAILY;WKST=XX', 'WKST: "XX" is not a weekday (MO TU WE TH FR SA SU)'],
  ])('refuses %j', (text, error) => {
    expect(parseRrule(text)).toEqual({ ok: false, error });
  });
});

describe('formatRrule', () => {
  it.each([
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=TU',
    'FREQ=DAILY;INTERVAL=2;COUNT=5',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12;BYMINUTE=0',
    'FREQ=DAILY;UNTIL=20261231',
    'FREQ=DAILY;UNTIL=20261231T235959Z',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
  ])('writes %s back as it was read', (text) => {
    const parsed = parseRrule(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(formatRrule(parsed.value)).toBe(text);
  });
});
