import type { AccessWindow } from '../api/buildings.js';
import { WEEKDAY_NAMES, WEEKDAYS } from '../customer/grants/schedule-draft.js';

// An apartment building's entrances and carriers' weekly windows in plain words (docs/buildings.md), shared by the
// manager's pages, the courier's stop and the resident's visits.

export type EntranceKind = 'lobby' | 'package_room';

export const ENTRANCE_LABEL: Record<EntranceKind, string> = { lobby: 'Lobby door', package_room: 'Package room' };

/** "Mon–Fri 09:00–17:00", "Every day 22:00–06:00 (next day)". */
export function windowWords(w: AccessWindow): string {
  const days = WEEKDAYS.filter((d) => w.days.includes(d));
  const weekdays = days.length === 5 && !days.includes('SA') && !days.includes('SU');
  const dayWords =
    days.length === 7 ? 'Every day' : weekdays ? 'Mon–Fri' : days.map((d) => WEEKDAY_NAMES[d]).join(', ');
  const overnight = w.endLocal <= w.startLocal ? ' (next day)' : '';
  return `${dayWords} ${w.startLocal}–${w.endLocal}${overnight}`;
}

/** The building entrance a visit went through, from its `resident_of_building` check; null for a home's own door. */
export function entranceOfVisit(checks: readonly { name: string; evidence?: unknown }[]): string | null {
  const check = checks.find((c) => c.name === 'resident_of_building');
  const kind = (check?.evidence as { entranceKind?: unknown } | null | undefined)?.entranceKind;
  return kind === 'lobby' || kind === 'package_room' ? ENTRANCE_LABEL[kind] : null;
}
