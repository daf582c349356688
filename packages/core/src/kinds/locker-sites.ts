import { haversineMeters, type LatLon } from '../geofence.js';
import type { CompartmentDoor, LockerAlertKind } from './locker.js';

// Where a locker delivery goes (docs/lockers.md "Booking"), and the operator rules that are not one reservation's:
// a compartment reporting open with nothing reserved, and the two-person rule for opening many at once.

export interface LockerSiteChoice extends LatLon {
  readonly id: string;
  readonly name: string;
}

/**
 * The sites to try, in order: the customer's chosen site first (when it exists), then every other site by distance
 * from the home. The store tries each in turn with one atomic allocation; a full site adds a reason and moves on.
 */
export function siteOrder<S extends LockerSiteChoice>(sites: readonly S[], home: LatLon, chosenId?: string): S[] {
  const byDistance = [...sites].sort(
    (a, b) => haversineMeters(home, a) - haversineMeters(home, b) || a.id.localeCompare(b.id),
  );
  const chosen = byDistance.find((s) => s.id === chosenId);
  return chosen ? [chosen, ...byDistance.filter((s) => s !== chosen)] : byDistance;
}

export const fullSiteReason = (site: LockerSiteChoice, size: string, chosen: boolean): string =>
  `${chosen ? 'The chosen locker site' : 'The locker site'} ${site.name} has no free compartment of size ${size} or larger`;

/** A door report for a compartment that no reservation holds: open or stuck, the operator hears of it. */
export function unheldCompartmentDoor(door: CompartmentDoor): { kind: LockerAlertKind; detail: string } | null {
  if (door === 'open') {
    return { kind: 'compartment_opened_without_visit', detail: 'An empty compartment reported open with no opening' };
  }
  if (door === 'jammed') return { kind: 'compartment_door_stuck', detail: 'An empty compartment door is stuck' };
  return null;
}

/**
 * An operator's command to open compartments by hand (docs/lockers.md "Operator openings"). One compartment may be
 * opened by one operator admin, with a reason, for maintenance. More than one at once needs a second admin of the
 * same organisation to approve, and the approver must be someone other than the one who asked: a single account,
 * key or mistake must not be able to open a site's parcels.
 */
export type MassOpenDecision = { allowed: true } | { allowed: false; pending: boolean; reason: string };

export function decideOperatorOpen(input: {
  compartments: number;
  requestedBy: string;
  approvedBy: string | null;
}): MassOpenDecision {
  if (input.compartments < 1) return { allowed: false, pending: false, reason: 'name at least one compartment' };
  if (input.compartments === 1) return { allowed: true };
  if (input.approvedBy === null) {
    return {
      allowed: false,
      pending: true,
      reason: `opening ${input.compartments} compartments at once needs a second operator admin to approve`,
    };
  }
  if (input.approvedBy === input.requestedBy) {
    return { allowed: false, pending: true, reason: 'the approver must be another person than the one who asked' };
  }
  return { allowed: true };
}
