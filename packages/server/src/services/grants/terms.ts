import { type GrantSchedule, type ScheduleInput, validateSchedule } from '@threshold/core';
import { listAccessPoints } from '../../store/access-points-repo.js';
import type { Db } from '../../store/db.js';
import type { GrantRow } from '../../store/schema-grants.js';
import { fail, type Outcome } from '../failure.js';

// What a grant allows (docs/grants.md "Terms"): which doors, when, for how long at most, whether the camera must cover
// every entry, and the customer's notes for the worker. Stored as JSON on the grant and on each version row.

export interface GrantTerms {
  accessPointIds: string[];
  /** As the customer sent it; judged in the home's zone whenever it is used (core validateSchedule). */
  schedule: ScheduleInput;
  /** The longest a visit may last, from the first unlock to the check-out. */
  maxVisitMinutes: number;
  /** Default true. False relaxes only the verdict: the door still opens only once the camera records. */
  cameraRequired: boolean;
  notes: string;
}

export const termsOf = (row: Pick<GrantRow, 'terms'>): GrantTerms => JSON.parse(row.terms) as GrantTerms;

/** The schedule in the home's zone now (the zone may have changed since the grant was written). */
export function scheduleOf(terms: GrantTerms, zone: string): GrantSchedule | null {
  const checked = validateSchedule(terms.schedule, zone);
  return checked.ok ? checked.value : null;
}

/** Checks terms against the home: every door is the home's, the schedule is valid in the home's zone. */
export async function checkTerms(
  db: Db,
  home: { id: string; time_zone: string },
  terms: GrantTerms,
): Promise<Outcome<GrantTerms>> {
  const doors = new Set((await listAccessPoints(db, home.id)).map((d) => d.id));
  const unknown = terms.accessPointIds.find((id) => !doors.has(id));
  // A door of another home is looked up within this one: not found, like any id of another tenant (docs/api.md).
  if (unknown !== undefined) return fail('not-found', `No such door in this home: ${unknown}`);
  const schedule = validateSchedule(terms.schedule, home.time_zone);
  if (!schedule.ok) return fail('validation', `body.schedule: ${schedule.error}`, { field: 'body.schedule' });
  return { ok: true, value: { ...terms, accessPointIds: [...new Set(terms.accessPointIds)] } };
}
