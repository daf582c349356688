import type { Compartment, LockerAlert } from '../../api/lockers.js';
import type { Tone } from '../../ui/status.js';

// What a compartment is, in the operator's words, from what the platform reports: its door sensor, whether a
// reservation holds it, and whether that reservation is locked out after wrong codes (docs/lockers.md "Operator").

export type CompartmentState = 'stuck' | 'locked-out' | 'occupied' | 'free';

export const STATE_WORDS: Record<CompartmentState, { label: string; tone: Tone }> = {
  stuck: { label: 'Stuck', tone: 'bad' },
  'locked-out': { label: 'Locked out', tone: 'bad' },
  // Held by a reservation: the parcel may be on its way, in, or being taken out (the site does not say which).
  occupied: { label: 'Held for a parcel', tone: 'info' },
  free: { label: 'Free', tone: 'good' },
};

export const DOOR_WORDS: Record<string, string> = { open: 'Open', closed: 'Closed', jammed: 'Jammed' };

/** A stuck door first (it is never allocated), then a lock-out, then whether a parcel holds it. */
export function compartmentState(c: Compartment, lockedOut: ReadonlySet<string>): CompartmentState {
  if (c.door === 'jammed') return 'stuck';
  if (c.occupied && lockedOut.has(c.id)) return 'locked-out';
  return c.occupied ? 'occupied' : 'free';
}

/** The reservations a lock-out alert names, one per compartment (the newest alert first, as the site lists them). */
export function lockoutCandidates(alerts: readonly LockerAlert[]): Map<string, string> {
  const byCompartment = new Map<string, string>();
  for (const a of alerts) {
    if (a.kind !== 'pickup_locked_out' || !a.compartmentId || !a.reservationId) continue;
    if (!byCompartment.has(a.compartmentId)) byCompartment.set(a.compartmentId, a.reservationId);
  }
  return byCompartment;
}

export const ALERT_WORDS: Record<string, string> = {
  compartment_opened_without_visit: 'Opened with no opening under way',
  compartment_door_stuck: 'Door stuck',
  compartment_left_open: 'Door left open',
  pickup_locked_out: 'Locked out after wrong codes',
};
