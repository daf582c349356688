import { type Check, verdict } from '../check.js';
import {
  nextOccurrences,
  parseLocalTime,
  type Weekday,
  type WeeklyRule,
  weeklyOccurrenceAt,
} from '../weekly-window.js';
import { isValidZone, localClock, wallTime } from '../zone-time.js';

// A locker site's opening hours (docs/lockers.md "Opening hours"): weekly windows on the site's wall clock, or
// `always`. A courier's opening and a pickup code are refused outside them (the `site_open` check). Each window is a
// weekly rule of weekly-window.ts, so the DST choices are the grants' and the entrances': a time the clocks skip means
// the instant they jump, a repeated time its first occurrence (docs/visits.md "Time zones and DST").

export const OPENING_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type OpeningDay = (typeof OPENING_DAYS)[number];

/** One window: opens on `day` at `open`; `close` at or before `open` closes the next day, `24:00` at midnight. */
export interface OpeningWindow {
  readonly day: OpeningDay;
  readonly open: string;
  readonly close: string;
}

export type OpeningHours = 'always' | readonly OpeningWindow[];

/** Enough for three windows a day; a list longer than this is a mistake, not a timetable. */
export const MAX_OPENING_WINDOWS = 28;

const RULE_DAYS: Record<OpeningDay, Weekday> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
const SHORT: Record<OpeningDay, string> = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
};

/** Minutes of a close time: `24:00` is the midnight that ends the day. */
const closeMinutes = (close: string): number | null => (close === '24:00' ? 1440 : parseLocalTime(close));

const ruleOf = (zone: string, w: OpeningWindow): WeeklyRule => ({
  zone,
  days: [RULE_DAYS[w.day]],
  startLocal: w.open,
  // weekly-window.ts reads an end at or before the start as the next day's, so midnight is '00:00' there.
  endLocal: w.close === '24:00' ? '00:00' : w.close,
});

export type HoursValidation = { ok: true; value: OpeningHours } | { ok: false; error: string; field: string };

/** Checks opening hours before they are stored, naming the first bad field; the functions below assume a pass. */
export function validateOpeningHours(hours: OpeningHours, zone: string): HoursValidation {
  const bad = (field: string, error: string): HoursValidation => ({ ok: false, error, field });
  if (!isValidZone(zone)) return bad('timeZone', `unknown time zone "${zone}"`);
  if (hours === 'always') return { ok: true, value: hours };
  if (hours.length === 0) return bad('openingHours', 'name at least one window, or "always"');
  if (hours.length > MAX_OPENING_WINDOWS) return bad('openingHours', `at most ${MAX_OPENING_WINDOWS} windows`);
  for (const [i, w] of hours.entries()) {
    const field = `openingHours/${i}`;
    const open = parseLocalTime(w.open);
    const close = closeMinutes(w.close);
    if (!OPENING_DAYS.includes(w.day)) return bad(`${field}/day`, `day must be one of ${OPENING_DAYS.join(' ')}`);
    if (open === null) return bad(`${field}/open`, 'open must be HH:mm, 00:00 to 23:59');
    if (close === null) return bad(`${field}/close`, 'close must be HH:mm, 00:00 to 24:00');
    if (open === close % 1440 && !(open === 0 && close === 1440)) {
      return bad(`${field}/close`, 'the window is empty: close equals open (a whole day is 00:00 to 24:00)');
    }
  }
  return { ok: true, value: hours };
}

/** The window holding `nowMs` on the site's wall clock, `always`, or null when the site is closed. */
export function openWindowAt(hours: OpeningHours, zone: string, nowMs: number): OpeningWindow | 'always' | null {
  if (hours === 'always') return 'always';
  return hours.find((w) => weeklyOccurrenceAt(ruleOf(zone, w), nowMs) !== null) ?? null;
}

export const isSiteOpen = (hours: OpeningHours, zone: string, nowMs: number): boolean =>
  openWindowAt(hours, zone, nowMs) !== null;

/** When the site next opens after `fromMs` (now, while open), or null when it never does. */
export function nextOpening(hours: OpeningHours, zone: string, fromMs: number): number | null {
  if (hours === 'always') return fromMs;
  let best: number | null = null;
  for (const w of hours) {
    const next = nextOccurrences(ruleOf(zone, w), fromMs, 1)[0];
    if (next === undefined) continue;
    const opens = Math.max(next.startMs, fromMs);
    if (best === null || opens < best) best = opens;
  }
  return best;
}

/** Whether the site is open at any instant of [startMs, endMs): a locker delivery's window must meet its hours. */
export function openDuring(hours: OpeningHours, zone: string, startMs: number, endMs: number): boolean {
  const opens = nextOpening(hours, zone, startMs);
  return opens !== null && opens < endMs;
}

/** The hours in words, as the views show them: `Mo-Fr 07:00-22:00; Sa 08:00-18:00`, `Mo-Su 00:00-24:00` for always. */
export function renderOpeningHours(hours: OpeningHours): string {
  if (hours === 'always') return 'Mo-Su 00:00-24:00';
  const ofDay = OPENING_DAYS.map((day) =>
    hours
      .filter((w) => w.day === day)
      .map((w) => `${w.open}-${w.close}`)
      .sort()
      .join(','),
  );
  const groups: string[] = [];
  for (let i = 0; i < OPENING_DAYS.length; i++) {
    let j = i;
    while (j + 1 < OPENING_DAYS.length && ofDay[j + 1] === ofDay[i]) j++;
    if (ofDay[i] !== '') {
      const days = i === j ? SHORT[OPENING_DAYS[i]!] : `${SHORT[OPENING_DAYS[i]!]}-${SHORT[OPENING_DAYS[j]!]}`;
      groups.push(`${days} ${ofDay[i]}`);
    }
    i = j;
  }
  return groups.join('; ');
}

export interface SiteHours {
  readonly id: string;
  readonly name: string;
  readonly zone: string;
  readonly hours: OpeningHours;
}

/**
 * The `site_open` check: a parcel's opening (the courier's drop or return, a pickup code) happens only inside the
 * site's opening hours. The evidence says which window admitted it, or when the site opens next.
 */
export function checkSiteOpen(site: SiteHours, nowMs: number): Check {
  const window = openWindowAt(site.hours, site.zone, nowMs);
  const opensMs = window === null ? nextOpening(site.hours, site.zone, nowMs) : null;
  const failure =
    window !== null
      ? null
      : opensMs === null
        ? `The locker site ${site.name} is closed`
        : `The locker site ${site.name} is closed; it opens at ${localClock(opensMs, site.zone)}`;
  return verdict('site_open', failure, {
    siteId: site.id,
    zone: site.zone,
    localDate: wallTime(nowMs, site.zone).date,
    localTime: localClock(nowMs, site.zone),
    openingHours: renderOpeningHours(site.hours),
    window: window === 'always' ? 'always' : window === null ? null : `${window.day} ${window.open}-${window.close}`,
    opensAtMs: opensMs,
  });
}

/** Why booking passed over a site (docs/lockers.md "Booking"): it is closed for the whole delivery window. */
export const closedSiteReason = (site: Pick<SiteHours, 'name' | 'hours'>, chosen: boolean): string =>
  `${chosen ? 'The chosen locker site' : 'The locker site'} ${site.name} is closed throughout the delivery window ` +
  `(open ${renderOpeningHours(site.hours)})`;
