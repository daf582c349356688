import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  isSiteOpen,
  nextOpening,
  OPENING_DAYS,
  type OpeningWindow,
  openDuring,
  validateOpeningHours,
} from '../src/index.js';

// Opening hours against an oracle that reads the wall clock with luxon: at an instant whose wall time happens once,
// the site is open exactly when that wall time lies in a window (a window across midnight reaching into the next
// day). Instants are drawn around the DST changes of 2026 as often as elsewhere, so the hour the clocks skip and the
// hour they repeat are both walked.

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'];
const TRANSITIONS = [
  '2026-03-29T01:00:00Z', // London spring forward
  '2026-10-25T01:00:00Z', // London fall back
  '2026-03-08T07:00:00Z', // New York spring forward
  '2026-11-01T06:00:00Z', // New York fall back
  '2026-04-04T16:00:00Z', // Sydney fall back
  '2026-10-03T16:00:00Z', // Sydney spring forward
].map(Date.parse);
const HOUR_MS = 3_600_000;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
// Quarter hours, so windows start and end inside the skipped and repeated hours as well as on them.
const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);
const window: fc.Arbitrary<OpeningWindow> = fc
  .record({
    day: fc.constantFrom(...OPENING_DAYS),
    open: quarter,
    close: fc.integer({ min: 1, max: 96 }).map((q) => q * 15),
  })
  .filter(({ open, close }) => open !== close % 1440 || (open === 0 && close === 1440))
  .map(({ day, open, close }) => ({ day, open: hhmm(open), close: close === 1440 ? '24:00' : hhmm(close) }));
const hours = fc.array(window, { minLength: 1, maxLength: 6 });
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -30 * HOUR_MS, max: 30 * HOUR_MS }))
    .map(([t, d]) => t + d),
);
const zone = fc.constantFrom(...ZONES);

const minutesOf = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

/** Whether the wall clock (ISO weekday 1–7, minutes since midnight) lies in the window. */
function wallInside(w: OpeningWindow, weekday: number, minutes: number): boolean {
  const day = OPENING_DAYS.indexOf(w.day) + 1;
  const open = minutesOf(w.open);
  const close = minutesOf(w.close);
  if (close > open) return weekday === day && minutes >= open && minutes < close;
  return (weekday === day && minutes >= open) || (weekday === (day % 7) + 1 && minutes < close);
}

/** The same wall time shows at another instant (the repeated hour): the oracle cannot say which one a window means. */
function repeated(z: string, ms: number): boolean {
  const wall = DateTime.fromMillis(ms, { zone: z }).toFormat('yyyy-MM-dd HH:mm');
  return [-HOUR_MS, HOUR_MS].some(
    (d) => DateTime.fromMillis(ms + d, { zone: z }).toFormat('yyyy-MM-dd HH:mm') === wall,
  );
}

describe('opening hours against a wall-clock oracle', () => {
  it('every generated list of windows validates', () => {
    fc.assert(
      fc.property(hours, zone, (h, z) => {
        expect(validateOpeningHours(h, z).ok).toBe(true);
      }),
    );
  });

  it('is open exactly when the wall clock is inside a window, skipped hour included', () => {
    fc.assert(
      fc.property(hours, zone, instant, (h, z, ms) => {
        fc.pre(!repeated(z, ms));
        const wall = DateTime.fromMillis(ms, { zone: z });
        const expected = h.some((w) => wallInside(w, wall.weekday, wall.hour * 60 + wall.minute));
        expect(isSiteOpen(h, z, ms)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('in the repeated hour, a window covering the whole night stays open on both passes', () => {
    fc.assert(
      fc.property(
        zone,
        fc.constantFrom(...TRANSITIONS),
        fc.integer({ min: -2 * HOUR_MS, max: 2 * HOUR_MS }),
        (z, t, d) => {
          const whole = OPENING_DAYS.map((day) => ({ day, open: '00:00', close: '24:00' }));
          expect(isSiteOpen(whole, z, t + d)).toBe(true);
          expect(isSiteOpen('always', z, t + d)).toBe(true);
        },
      ),
    );
  });

  it('nextOpening is open, and the site is closed from now until then', () => {
    fc.assert(
      fc.property(hours, zone, instant, fc.double({ min: 0, max: 1, noNaN: true }), (h, z, ms, f) => {
        const opens = nextOpening(h, z, ms);
        expect(opens).not.toBeNull();
        if (opens === null) return;
        expect(opens).toBeGreaterThanOrEqual(ms);
        expect(isSiteOpen(h, z, opens)).toBe(true);
        if (opens > ms) expect(isSiteOpen(h, z, ms + Math.floor((opens - ms) * f * 0.999))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('openDuring agrees with a look at every minute of a delivery window', () => {
    fc.assert(
      fc.property(hours, zone, instant, fc.integer({ min: 1, max: 240 }), (h, z, startMs, minutes) => {
        const endMs = startMs + minutes * 60_000;
        const firstMinute = Math.ceil(startMs / 60_000) * 60_000;
        let seen = isSiteOpen(h, z, startMs);
        for (let t = firstMinute; !seen && t < endMs; t += 60_000) seen = isSiteOpen(h, z, t);
        expect(openDuring(h, z, startMs, endMs)).toBe(seen);
      }),
      { numRuns: 200 },
    );
  });
});
