import { type Check, type CheckName, firstFailure, verdict } from './check.js';
import type { CheckInput } from './check-input.js';
import { DEFAULT_CHECK_POLICY } from './check-input.js';
import { checkNoOpenVisit, checkServedArea, checkWithinGeofence } from './checks-home.js';
import { checkPersonAssigned, checkWithinWindow } from './checks-person-time.js';
import { isWithinWeekly, nextOccurrences, type Weekday, type WeeklyRule } from './weekly-window.js';

// The checks a courier passes at a building's entrance (docs/buildings.md "Checks"): the same named, evidenced checks
// as at a front door, where the geofence is the entrance's own, plus three of the building's: the delivery is to a
// resident of this building by this entrance's method, the carrier may use this entrance now, and the resident has
// not turned building delivery off. Pure: the service fills the input from the store and passes the time.

export type EntranceKind = 'lobby' | 'package_room';

/** A weekly window, judged in the building's zone: `endLocal` at or before `startLocal` runs past midnight. */
export interface AccessWindow {
  readonly days: readonly Weekday[];
  readonly startLocal: string;
  readonly endLocal: string;
}

/** A carrier's permission at one entrance, as the building manager granted it. */
export interface CarrierAccess {
  readonly id: string;
  readonly organisationId: string;
  readonly entranceId: string;
  readonly windows: readonly AccessWindow[];
  /** Revoked permissions open nothing; they stay listed for the record. */
  readonly revoked: boolean;
}

export interface CheckEntrance {
  readonly id: string;
  readonly buildingId: string;
  readonly kind: EntranceKind;
  readonly lat: number;
  readonly lon: number;
  readonly radiusMeters: number;
}

export interface BuildingCheckInput {
  readonly building: { readonly id: string; readonly zone: string };
  readonly entrance: CheckEntrance;
  /** The delivery's method and carrier: a lobby entrance admits `lobby` deliveries, a package room `package_room`. */
  readonly delivery: { readonly method: string; readonly carrierId: string };
  /** The unit the delivery's home is, with how many residents have accepted; null: the home is no unit. */
  readonly unit: { readonly buildingId: string; readonly residents: number } | null;
  /** The carrier's permissions at this entrance (the check ignores any other carrier's or entrance's). */
  readonly carrierAccess: readonly CarrierAccess[];
  /** The resident's preference: building delivery on (the default) or off. */
  readonly buildingDeliveryAllowed: boolean;
}

/** Every check an entrance visit must pass: one missing is a denial too (visit-arrival.ts onArrive). */
export const ENTRANCE_REQUIRED_CHECKS: readonly CheckName[] = [
  'person_assigned',
  'within_window',
  'within_geofence',
  'resident_of_building',
  'carrier_window',
  'resident_allows_building',
  'served_area',
  'devices_ready',
  'no_open_visit',
];

const ruleOf = (zone: string, w: AccessWindow): WeeklyRule => ({ zone, ...w });

/** The delivery is to a resident of this entrance's building, booked for this entrance's kind. */
export function checkResidentOfBuilding(input: BuildingCheckInput): Check {
  const { unit, entrance, delivery } = input;
  const failure = firstFailure(
    unit === null && 'This delivery is not to a unit of a building',
    unit !== null && unit.buildingId !== entrance.buildingId && 'This delivery is to another building',
    unit !== null && unit.residents === 0 && 'Nobody lives in this unit',
    delivery.method !== entrance.kind && `This delivery was not booked for the ${entrance.kind.replace('_', ' ')}`,
  );
  return verdict('resident_of_building', failure, {
    buildingId: entrance.buildingId,
    entranceId: entrance.id,
    entranceKind: entrance.kind,
    method: delivery.method,
    unitBuildingId: unit?.buildingId ?? null,
    residents: unit?.residents ?? 0,
  });
}

/** The carrier holds an unrevoked permission at this entrance whose weekly window contains now (building zone). */
export function checkCarrierWindow(input: BuildingCheckInput, nowMs: number): Check {
  const { building, entrance, delivery } = input;
  const mine = input.carrierAccess.filter(
    (a) => a.organisationId === delivery.carrierId && a.entranceId === entrance.id,
  );
  const live = mine.filter((a) => !a.revoked);
  const open = live.find((a) => a.windows.some((w) => isWithinWeekly(ruleOf(building.zone, w), nowMs)));
  const failure = firstFailure(
    mine.length === 0 && 'Your carrier may not use this entrance',
    live.length === 0 && "Your carrier's access to this entrance was revoked",
    open === undefined && "It is outside your carrier's hours at this entrance",
  );
  return verdict('carrier_window', failure, {
    carrierId: delivery.carrierId,
    entranceId: entrance.id,
    zone: building.zone,
    accessId: open?.id ?? null,
    permissions: mine.map((a) => ({ id: a.id, revoked: a.revoked, windows: a.windows })),
  });
}

/** The resident has not turned building delivery off. */
export function checkResidentAllowsBuilding(input: BuildingCheckInput): Check {
  const allowed = input.buildingDeliveryAllowed;
  return verdict('resident_allows_building', allowed ? null : 'The resident has turned building delivery off', {
    buildingDeliveryAllowed: allowed,
  });
}

/**
 * Every check at a building entrance, in a fixed order, none skipped: `base` is the visit's ordinary input (person,
 * delivery window, position, served area, devices, open visits); the geofence is the entrance's.
 */
export function evaluateEntranceChecks(
  base: CheckInput,
  building: BuildingCheckInput,
  devicesReady: (input: CheckInput) => Check,
  nowMs: number,
): Check[] {
  const policy = base.policy ?? DEFAULT_CHECK_POLICY;
  const { entrance } = building;
  const atEntrance = {
    ...base,
    home: { ...base.home, lat: entrance.lat, lon: entrance.lon, radiusMeters: entrance.radiusMeters },
  };
  return [
    checkPersonAssigned(base),
    checkWithinWindow(base, nowMs),
    checkWithinGeofence(atEntrance, policy.maxAccuracyCreditMeters),
    checkResidentOfBuilding(building),
    checkCarrierWindow(building, nowMs),
    checkResidentAllowsBuilding(building),
    checkServedArea(base),
    devicesReady(base),
    checkNoOpenVisit(base),
  ];
}

/**
 * The entrances of the kinds asked that a carrier may use at some time inside [startMs, endMs): for booking and for
 * eligibility ("which entrances of which kinds are usable by carrier X in window W").
 */
export function usableEntrances<E extends Pick<CheckEntrance, 'id' | 'kind'>>(
  entrances: readonly E[],
  access: readonly CarrierAccess[],
  carrierId: string,
  zone: string,
  window: { readonly startMs: number; readonly endMs: number },
): E[] {
  const overlaps = (w: AccessWindow) =>
    nextOccurrences(ruleOf(zone, w), window.startMs, 2).some((o) => o.startMs < window.endMs);
  return entrances.filter((e) =>
    access.some(
      (a) => a.organisationId === carrierId && a.entranceId === e.id && !a.revoked && a.windows.some(overlaps),
    ),
  );
}
