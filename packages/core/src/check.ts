// The shape every access check returns (docs/visits.md "Checks"): a name, a verdict, plain words for the courier
// when it failed, and the evidence the verdict rests on, which is recorded in the ledger as it is.

export type CheckName =
  | 'person_assigned'
  | 'within_window'
  | 'within_geofence'
  | 'customer_allows'
  | 'served_area'
  | 'devices_ready'
  | 'no_open_visit'
  /** Service visits only: the grant is active (not paused, revoked or awaiting the person's acceptance). */
  | 'grant_active'
  /** Car boot (car-checks.ts): the vehicle's report is fresh, it is where the customer parks, parked with the
   * ignition off, the courier stands at it (a moving geofence), the parcel fits the boot, and it did not move
   * between the arrival's checks and the unlock. */
  | 'car_report_recent'
  | 'car_near_address'
  | 'car_parked'
  | 'courier_at_car'
  | 'parcel_fits'
  | 'car_not_moved'
  /** Building entrances (building-checks.ts): the delivery is to a resident of this entrance's building by the
   * entrance's method, the carrier may use the entrance now, and the resident has not turned building delivery off. */
  | 'resident_of_building'
  | 'carrier_window'
  | 'resident_allows_building'
  /** Parcel lockers (kinds/locker-hours.ts): the site is inside its opening hours. */
  | 'site_open';

export interface Check {
  readonly name: CheckName;
  readonly passed: boolean;
  /** Plain words for a courier when the check failed; null when it passed. */
  readonly reason: string | null;
  readonly evidence: Readonly<Record<string, unknown>>;
}

/** Builds a check from the first failure reason found (null when there is none). */
export function verdict(name: CheckName, failure: string | null, evidence: Record<string, unknown>): Check {
  return { name, passed: failure === null, reason: failure, evidence };
}

/** The first non-null reason of a list, so a check can test its conditions in order of importance. */
export function firstFailure(...reasons: (string | null | false)[]): string | null {
  for (const reason of reasons) {
    if (typeof reason === 'string') return reason;
  }
  return null;
}
