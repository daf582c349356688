import type { CheckPreferences, FallbackPreference, PetsStatus } from '@threshold/core';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { listAccessPoints } from '../store/access-points-repo.js';
import type { Db } from '../store/db.js';
import { findPreferencesData, savePreferencesData } from '../store/preferences-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { homeFor } from './home-access.js';

// The customer's delivery preferences (DESIGN.md "Who uses it": in-home per door, pets, days off, fallback).

export interface Preferences {
  /** Access points the customer opens to in-home delivery; every other door is doorstep only. */
  inHomeAccessPointIds: string[];
  pets: { status: PetsStatus; note: string };
  /** Local dates (YYYY-MM-DD, the home's zone) with no in-home access at all. */
  daysOff: string[];
  fallback: FallbackPreference;
  /** Free text for the courier. */
  instructions: string;
  /** Garages the customer lets a courier into without a camera recording (docs/access-points.md "Garage"). */
  unrecordedAccessPointIds: string[];
}

/** What a client sends: the garage camera choice came later, so older clients may leave it out (taken as none). */
export type PreferencesInput = Omit<Preferences, 'unrecordedAccessPointIds'> & {
  unrecordedAccessPointIds?: string[] | undefined;
};

/** Until the customer says otherwise nobody enters: in-home is opt-in, per door. */
export const DEFAULT_PREFERENCES: Preferences = {
  inHomeAccessPointIds: [],
  pets: { status: 'none', note: '' },
  daysOff: [],
  fallback: 'doorstep',
  instructions: '',
  unrecordedAccessPointIds: [],
};

/** The stored preferences (JSON) over the defaults; none stored: the defaults. */
export function preferencesOf(data: string | undefined): Preferences {
  return data === undefined ? DEFAULT_PREFERENCES : { ...DEFAULT_PREFERENCES, ...(JSON.parse(data) as Preferences) };
}

export async function loadPreferences(db: Db, homeId: string): Promise<Preferences> {
  return preferencesOf(await findPreferencesData(db, homeId));
}

export function checkPreferencesOf(p: Preferences): CheckPreferences {
  return { inHomeAccessPointIds: p.inHomeAccessPointIds, daysOff: p.daysOff, pets: p.pets.status };
}

/** A calendar date that exists (the schema's pattern lets 2026-02-30 through). */
function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

export async function getPreferences(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
): Promise<Outcome<Preferences>> {
  const home = await homeFor(deps, principal, homeId, 'read');
  if (!home.ok) return home;
  return { ok: true, value: await loadPreferences(deps.db, home.value.id) };
}

export async function putPreferences(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
  input: PreferencesInput,
): Promise<Outcome<Preferences>> {
  const home = await homeFor(deps, principal, homeId, 'change');
  if (!home.ok) return home;
  const doors = new Set((await listAccessPoints(deps.db, home.value.id)).map((ap) => ap.id));
  for (const field of ['inHomeAccessPointIds', 'unrecordedAccessPointIds'] as const) {
    const unknown = input[field]?.find((id) => !doors.has(id));
    if (unknown !== undefined)
      return fail('validation', `No access point ${unknown} in this home`, { field: `body.${field}` });
  }
  const badDate = input.daysOff.find((d) => !isRealDate(d));
  if (badDate !== undefined) return fail('validation', `${badDate} is not a calendar date`, { field: 'body.daysOff' });
  const value: Preferences = {
    ...input,
    inHomeAccessPointIds: [...new Set(input.inHomeAccessPointIds)],
    unrecordedAccessPointIds: [...new Set(input.unrecordedAccessPointIds ?? [])],
    daysOff: [...new Set(input.daysOff)].sort(),
  };
  await savePreferencesData(deps.db, home.value.id, JSON.stringify(value), isoAt(deps.clock.now()));
  return { ok: true, value };
}
