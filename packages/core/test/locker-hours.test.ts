import { describe, expect, it } from 'vitest';
import {
  checkSiteOpen,
  isSiteOpen,
  nextOpening,
  type OpeningHours,
  type OpeningWindow,
  openDuring,
  renderOpeningHours,
  validateOpeningHours,
} from '../src/index.js';

const at = (text: string) => Date.parse(text);
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const weekdays = (open: string, close: string): OpeningWindow[] =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open, close }));

describe('validateOpeningHours', () => {
  it('accepts always, windows, a whole day and windows across midnight', () => {
    expect(validateOpeningHours('always', LONDON).ok).toBe(true);
    expect(validateOpeningHours(weekdays('07:00', '22:00'), LONDON).ok).toBe(true);
    expect(validateOpeningHours([{ day: 'sun', open: '00:00', close: '24:00' }], LONDON).ok).toBe(true);
    expect(validateOpeningHours([{ day: 'fri', open: '22:00', close: '02:00' }], LONDON).ok).toBe(true);
  });
  it.each([
    [[], LONDON, 'openingHours', 'name at least one window, or "always"'],
    [[{ day: 'mon', open: '07:00', close: '22:00' }], 'Mars/Olympus', 'timeZone', 'unknown time zone "Mars/Olympus"'],
    [[{ day: 'monday', open: '07:00', close: '22:00' }], LONDON, 'openingHours/0/day', 'day must be one of'],
    [[{ day: 'mon', open: '7:00', close: '22:00' }], LONDON, 'openingHours/0/open', 'open must be HH:mm'],
    [[{ day: 'mon', open: '24:00', close: '22:00' }], LONDON, 'openingHours/0/open', 'open must be HH:mm'],
    [[{ day: 'mon', open: '07:00', close: '24:30' }], LONDON, 'openingHours/0/close', 'close must be HH:mm'],
    [[{ day: 'mon', open: '07:00', close: '07:00' }], LONDON, 'openingHours/0/close', 'the window is empty'],
    [[{ day: 'mon', open: '00:00', close: '00:00' }], LONDON, 'openingHours/0/close', 'the window is empty'],
    [Array(29).fill({ day: 'mon', open: '07:00', close: '08:00' }), LONDON, 'openingHours', 'at most 28 windows'],
  ])('refuses %j in %s at %s', (hours, zone, field, error) => {
    const result = validateOpeningHours(hours as OpeningHours, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.error).toContain(error);
    }
  });
});

describe('renderOpeningHours', () => {
  it('groups days with the same windows', () => {
    expect(renderOpeningHours('always')).toBe('Mo-Su 00:00-24:00');
    const hours: OpeningWindow[] = [
      ...weekdays('07:00', '22:00'),
      { day: 'sat', open: '08:00', close: '18:00' },
      { day: 'sun', open: '10:00', close: '12:00' },
      { day: 'sun', open: '14:00', close: '16:00' },
    ];
    expect(renderOpeningHours(hours)).toBe('Mo-Fr 07:00-22:00; Sa 08:00-18:00; Su 10:00-12:00,14:00-16:00');
    expect(renderOpeningHours([{ day: 'wed', open: '09:00', close: '17:00' }])).toBe('We 09:00-17:00');
  });
});

describe('opening hours on the wall clock', () => {
  const hours = weekdays('07:00', '22:00');
  it('is open inside a window and closed outside, in the site zone (BST)', () => {
    // Wednesday 3 June 2026, London on BST (UTC+1).
    expect(isSiteOpen(hours, LONDON, at('2026-06-03T05:59:59Z'))).toBe(false);
    expect(isSiteOpen(hours, LONDON, at('2026-06-03T06:00:00Z'))).toBe(true);
    expect(isSiteOpen(hours, LONDON, at('2026-06-03T20:59:59Z'))).toBe(true);
    expect(isSiteOpen(hours, LONDON, at('2026-06-03T21:00:00Z'))).toBe(false);
    // Saturday: no window.
    expect(isSiteOpen(hours, LONDON, at('2026-06-06T12:00:00Z'))).toBe(false);
  });

  it('a window across midnight belongs to the day it opens', () => {
    const late: OpeningWindow[] = [{ day: 'fri', open: '22:00', close: '02:00' }];
    expect(isSiteOpen(late, 'UTC', at('2026-06-05T21:59:00Z'))).toBe(false);
    expect(isSiteOpen(late, 'UTC', at('2026-06-05T23:30:00Z'))).toBe(true);
    expect(isSiteOpen(late, 'UTC', at('2026-06-06T01:59:00Z'))).toBe(true); // Saturday morning, Friday's window
    expect(isSiteOpen(late, 'UTC', at('2026-06-06T02:00:00Z'))).toBe(false);
    expect(isSiteOpen(late, 'UTC', at('2026-06-06T23:30:00Z'))).toBe(false); // Saturday night: no window
  });

  it('tells when the site opens next, and whether a delivery window meets the hours', () => {
    expect(nextOpening(hours, LONDON, at('2026-06-05T21:30:00Z'))).toBe(at('2026-06-08T06:00:00Z')); // Fri → Mon
    expect(nextOpening(hours, LONDON, at('2026-06-03T12:00:00Z'))).toBe(at('2026-06-03T12:00:00Z'));
    expect(openDuring(hours, LONDON, at('2026-06-06T08:00:00Z'), at('2026-06-06T18:00:00Z'))).toBe(false);
    expect(openDuring(hours, LONDON, at('2026-06-07T22:00:00Z'), at('2026-06-08T06:00:00Z'))).toBe(false);
    expect(openDuring(hours, LONDON, at('2026-06-07T22:00:00Z'), at('2026-06-08T06:00:01Z'))).toBe(true);
    expect(openDuring('always', LONDON, at('2026-06-06T08:00:00Z'), at('2026-06-06T08:00:01Z'))).toBe(true);
  });
});

describe('opening hours across DST', () => {
  it('London spring forward: a window from 01:30 opens when the clocks jump; one inside the gap never opens', () => {
    // Sunday 29 March 2026: 01:00 GMT is followed by 02:00 BST, so 01:00–01:59 never shows on the wall.
    const fromGap: OpeningWindow[] = [{ day: 'sun', open: '01:30', close: '04:00' }];
    expect(isSiteOpen(fromGap, LONDON, at('2026-03-29T00:59:59Z'))).toBe(false);
    expect(isSiteOpen(fromGap, LONDON, at('2026-03-29T01:00:00Z'))).toBe(true); // 02:00 BST
    expect(isSiteOpen(fromGap, LONDON, at('2026-03-29T02:59:59Z'))).toBe(true);
    expect(isSiteOpen(fromGap, LONDON, at('2026-03-29T03:00:00Z'))).toBe(false);
    const inGap: OpeningWindow[] = [{ day: 'sun', open: '01:10', close: '01:50' }];
    for (let ms = at('2026-03-28T23:00:00Z'); ms < at('2026-03-29T04:00:00Z'); ms += 60_000) {
      expect(isSiteOpen(inGap, LONDON, ms)).toBe(false);
    }
  });

  it('London fall back: a window over the repeated hour ends at the first 01:30; Saturday night runs 25 h long', () => {
    // Sunday 25 October 2026: 01:00–01:59 happens twice, first in BST (00:00Z–00:59Z) then in GMT (01:00Z–01:59Z).
    const early: OpeningWindow[] = [{ day: 'sun', open: '00:30', close: '01:30' }];
    expect(isSiteOpen(early, LONDON, at('2026-10-24T23:30:00Z'))).toBe(true); // 00:30 BST
    expect(isSiteOpen(early, LONDON, at('2026-10-25T00:29:59Z'))).toBe(true); // the first 01:29
    expect(isSiteOpen(early, LONDON, at('2026-10-25T00:30:00Z'))).toBe(false); // the first 01:30
    expect(isSiteOpen(early, LONDON, at('2026-10-25T01:15:00Z'))).toBe(false); // the second 01:15
    const wholeDay: OpeningWindow[] = [{ day: 'sun', open: '00:00', close: '24:00' }];
    expect(isSiteOpen(wholeDay, LONDON, at('2026-10-24T23:00:00Z'))).toBe(true);
    expect(isSiteOpen(wholeDay, LONDON, at('2026-10-25T23:59:59Z'))).toBe(true); // 25 h later, still Sunday
    expect(isSiteOpen(wholeDay, LONDON, at('2026-10-26T00:00:00Z'))).toBe(false);
  });

  it('New York: an overnight window on the spring-forward night is an hour shorter, on fall-back an hour longer', () => {
    const night: OpeningWindow[] = [{ day: 'sat', open: '22:00', close: '06:00' }];
    // 7–8 March 2026: 22:00 EST = 03:00Z; 06:00 EDT = 10:00Z (7 h).
    expect(isSiteOpen(night, NEW_YORK, at('2026-03-08T02:59:59Z'))).toBe(false);
    expect(isSiteOpen(night, NEW_YORK, at('2026-03-08T03:00:00Z'))).toBe(true);
    expect(isSiteOpen(night, NEW_YORK, at('2026-03-08T09:59:59Z'))).toBe(true);
    expect(isSiteOpen(night, NEW_YORK, at('2026-03-08T10:00:00Z'))).toBe(false);
    // 31 October – 1 November 2026: 22:00 EDT = 02:00Z; 06:00 EST = 11:00Z (9 h).
    expect(isSiteOpen(night, NEW_YORK, at('2026-11-01T01:59:59Z'))).toBe(false);
    expect(isSiteOpen(night, NEW_YORK, at('2026-11-01T02:00:00Z'))).toBe(true);
    expect(isSiteOpen(night, NEW_YORK, at('2026-11-01T10:59:59Z'))).toBe(true);
    expect(isSiteOpen(night, NEW_YORK, at('2026-11-01T11:00:00Z'))).toBe(false);
  });
});

describe('checkSiteOpen', () => {
  const site = { id: 'lks_1', name: 'Near', zone: LONDON, hours: weekdays('07:00', '22:00') };
  it('passes inside the hours with the window as evidence', () => {
    const check = checkSiteOpen(site, at('2026-06-03T12:00:00Z'));
    expect(check).toMatchObject({ name: 'site_open', passed: true, reason: null });
    expect(check.evidence).toMatchObject({ window: 'wed 07:00-22:00', localTime: '13:00', zone: LONDON });
  });
  it('fails outside them, saying when the site opens', () => {
    const check = checkSiteOpen(site, at('2026-06-03T05:00:00Z'));
    expect(check).toMatchObject({ name: 'site_open', passed: false });
    expect(check.reason).toBe('The locker site Near is closed; it opens at 07:00');
    expect(check.evidence).toMatchObject({ window: null, opensAtMs: at('2026-06-03T06:00:00Z'), localTime: '06:00' });
  });
});
