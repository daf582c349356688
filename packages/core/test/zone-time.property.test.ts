import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localClock, localDate, offsetMinutes, wallTime } from '../src/zone-time.js';

// The wall clock is read with one cached Intl formatter per zone instead of luxon's DateTime (docs/performance.md
// "Core"); luxon stays the oracle: every reading must be the one it gives, LMT offsets with seconds included.

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Africa/Monrovia',
  'Pacific/Apia',
  'UTC',
];
// From before any zone kept standard time (LMT) to well past the last rule in the tz database.
const instant = fc.integer({ min: Date.parse('1800-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') });
const zone = fc.constantFrom(...ZONES);

describe('zone-time against luxon', () => {
  it('gives luxon offset, wall time, date and clock at any instant', () => {
    fc.assert(
      fc.property(zone, instant, (z, ms) => {
        const oracle = DateTime.fromMillis(ms, { zone: z });
        expect(offsetMinutes(z, ms)).toBe(IANAZone.create(z).offset(ms));
        expect(wallTime(ms, z)).toEqual({
          date: oracle.toISODate(),
          weekday: oracle.weekday,
          minutes: oracle.hour * 60 + oracle.minute,
        });
        expect(localDate(ms, z)).toBe(oracle.toISODate());
        expect(localClock(ms, z)).toBe(oracle.toFormat('HH:mm'));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as luxon for an unknown zone and instants beyond year 9999', () => {
    const far = Date.parse('+012000-01-01T00:00:00Z');
    expect(Number.isNaN(offsetMinutes('Nowhere/Atlantis', 0))).toBe(true);
    expect(wallTime(0, 'Nowhere/Atlantis').date).toBe('');
    expect(localClock(0, 'Nowhere/Atlantis')).toBe(
      DateTime.fromMillis(0, { zone: 'Nowhere/Atlantis' }).toFormat('HH:mm'),
    );
    expect(localDate(far, 'Europe/London')).toBe(DateTime.fromMillis(far, { zone: 'Europe/London' }).toISODate());
    expect(localDate(-62198755200000, 'UTC')).toBe(DateTime.fromMillis(-62198755200000, { zone: 'UTC' }).toISODate());
  });
});
