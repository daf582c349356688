import { type CarCheckInput, evaluateCarChecks, evaluateCarUnlockChecks, type VehicleReport } from './car-checks.js';
import type { Check, CheckName } from './check.js';
import { verdict } from './check.js';
import { type CheckInput, type CheckPolicy, DEFAULT_CHECK_POLICY } from './check-input.js';
import { deviceProblem } from './checks-devices.js';
import { checkNoOpenVisit, checkServedArea } from './checks-home.js';
import { checkPersonAssigned, checkWithinWindow } from './checks-person-time.js';

// A car-boot visit's checks (docs/car-boot.md "Checks"): the person, the window, the served area and the one visit
// at a time are the same as at a door; the home's geofence and the in-home preferences are replaced by the car's
// own checks (car-checks.ts), and "devices ready" is the connected vehicle's health.

/** Everything a car visit's arrival reads: the usual check input (its `position` is the courier's) and the car's. */
export interface CarVisitInput extends CheckInput {
  readonly car: Omit<CarCheckInput, 'courier' | 'zone'>;
}

/** The checks a car visit must pass at arrival, each present and passed. */
export const CAR_ARRIVAL_CHECKS: readonly CheckName[] = [
  'person_assigned',
  'within_window',
  'customer_allows',
  'served_area',
  'devices_ready',
  'no_open_visit',
  'car_report_recent',
  'car_near_address',
  'car_parked',
  'courier_at_car',
  'parcel_fits',
];

/** The connected vehicle is paired to this car's access point, online, charged and in time. */
export function checkVehicleReady(
  input: Pick<CheckInput, 'vehicle' | 'accessPoint'>,
  policy: CheckPolicy = DEFAULT_CHECK_POLICY,
): Check {
  const vehicle = input.vehicle ?? null;
  const issue = deviceProblem('vehicle', vehicle, input.accessPoint.id, policy);
  return verdict('devices_ready', issue, {
    accessPointId: input.accessPoint.id,
    vehicle,
    batteryFloorPercent: policy.batteryFloorPercent,
    maxClockSkewMs: policy.maxClockSkewMs,
  });
}

/** What the unlock judges again: the car's part of the input, the vehicle, the courier and the home's zone. */
export type CarUnlockInput = Pick<CarVisitInput, 'car' | 'vehicle' | 'accessPoint' | 'position' | 'policy'> & {
  readonly home: Pick<CarVisitInput['home'], 'zone'>;
};

function carInput(input: CarUnlockInput): CarCheckInput {
  return { ...input.car, zone: input.home.zone, courier: input.position };
}

/** Every check of a car visit's arrival, in a fixed order, none skipped. */
export function evaluateCarArrival(input: CarVisitInput, nowMs: number): Check[] {
  const policy = input.policy ?? DEFAULT_CHECK_POLICY;
  const [allowed, ...car] = evaluateCarChecks(carInput(input), nowMs);
  return [
    checkPersonAssigned(input),
    checkWithinWindow(input, nowMs),
    allowed!,
    checkServedArea(input),
    checkVehicleReady(input, policy),
    checkNoOpenVisit(input),
    ...car,
  ];
}

/**
 * The checks again when the courier asks to open the boot: the car's own (a block lifted or set since the arrival
 * counts now), the vehicle's health, and that the car did not move since the report the arrival judged.
 */
export function evaluateCarUnlock(input: CarUnlockInput, atArrival: VehicleReport | null, nowMs: number): Check[] {
  const policy = input.policy ?? DEFAULT_CHECK_POLICY;
  return [checkVehicleReady(input, policy), ...evaluateCarUnlockChecks(carInput(input), atArrival, nowMs)];
}

/** The car's report the arrival judged, as its `car_report_recent` evidence recorded it (null: none). */
export function reportAtArrival(checks: readonly Check[]): VehicleReport | null {
  const found = checks.find((c) => c.name === 'car_report_recent')?.evidence.report;
  return (found as VehicleReport | undefined) ?? null;
}
