import { type Check, firstFailure, verdict } from './check.js';
import { formatDistance, haversineMeters, type LatLon, type ReportedPosition } from './geofence.js';
import { localDate, weekdayOf } from './zone-time.js';

// The car boot's own checks (docs/car-boot.md "Checks"): what the vehicle reports, where it stands against where the
// customer parks, whether the courier is at it (a geofence that moves with the car), whether the parcel fits, and
// whether the car moved between the arrival's checks and the unlock. Pure: the service brings the vehicle's last
// report with the platform's receive time, and the time now.

/** The vehicle's last report as the platform received it (docs/protocol.md §10 "Vehicle"). */
export interface VehicleReport {
  readonly deviceId: string;
  readonly online: boolean;
  /** Where the car says it is, with the 68 % accuracy radius of its fix. */
  readonly position: ReportedPosition;
  /** Platform receive time of the report: a car's own clock is evidence, not authority. */
  readonly reportedAtMs: number;
  readonly parked: boolean;
  /** Since when the car has been parked where it is (device time checked against the receive time), or null. */
  readonly parkedSinceMs: number | null;
  readonly ignition: 'on' | 'off';
  readonly boot: 'open' | 'closed';
  readonly locked: boolean;
}

/** Boot inner dimensions and the most the customer lets a car hold, in centimetres and minor currency units. */
export interface BootSpace {
  readonly lengthCm: number;
  readonly widthCm: number;
  readonly heightCm: number;
  readonly maxValueCents: number;
}

/** ISO weekday numbers, 1 = Monday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The customer's registered car, as the checks need it. */
export interface CarProfile {
  readonly id: string;
  /** Shown to the courier: "red Volvo V70, AB12 CDE". */
  readonly label: string;
  /** Where the customer says they park, and how far from it the car may stand. */
  readonly parking: LatLon & { readonly maxDistanceMeters: number };
  /** Weekdays (in the home's zone) on which the customer allows in-car delivery. */
  readonly allowedWeekdays: readonly IsoWeekday[];
  /** The customer blocked car access: nothing opens until they lift it. */
  readonly blocked: boolean;
  readonly boot: BootSpace;
}

/** What the carrier declared about the parcel at booking, or null when it declared nothing. */
export interface ParcelSpec {
  readonly lengthCm: number;
  readonly widthCm: number;
  readonly heightCm: number;
  readonly valueCents: number;
}

export interface CarPolicy {
  /** The car's last report must be younger than this. */
  readonly maxReportAgeMs: number;
  /** The car must have been parked at least this long (a car that just stopped may leave again). */
  readonly minParkedMs: number;
  /** The moving geofence: the courier within this many metres of the car's reported position. */
  readonly courierRadiusMeters: number;
  /** Credit given to the two fixes' accuracy, capped, so vague fixes cannot stretch the fences. */
  readonly maxAccuracyCreditMeters: number;
  /** Between the arrival's checks and the unlock the car may seem to move this much (fix noise), no more. */
  readonly maxDriftMeters: number;
}

export const DEFAULT_CAR_POLICY: CarPolicy = {
  maxReportAgeMs: 2 * 60_000,
  minParkedMs: 5 * 60_000,
  courierRadiusMeters: 10,
  maxAccuracyCreditMeters: 10,
  maxDriftMeters: 15,
};

export interface CarCheckInput {
  readonly car: CarProfile;
  /** The home's zone: allowed weekdays are judged in it. */
  readonly zone: string;
  /** The vehicle's last report, or null when no vehicle is paired to the car or it never reported. */
  readonly report: VehicleReport | null;
  /** The courier's phone, or null when it shared no position. */
  readonly courier: ReportedPosition | null;
  readonly parcel: ParcelSpec | null;
  readonly policy?: CarPolicy;
}

const round1 = (m: number) => Math.round(m * 10) / 10;

/** Distance between two fixes minus the credit their accuracies earn (capped). */
function creditedDistance(a: ReportedPosition, b: ReportedPosition, capMeters: number) {
  const distanceMeters = haversineMeters(a, b);
  const creditMeters = Math.min(Math.max(0, a.accuracyMeters) + Math.max(0, b.accuracyMeters), capMeters);
  return { distanceMeters, creditMeters, effective: distanceMeters - creditMeters };
}

const NOT_FOUND = 'The car has not reported where it is';

/** The vehicle is online and its last report is recent (a fresh report is what every other car check rests on). */
export function checkCarReportRecent(report: VehicleReport | null, nowMs: number, policy: CarPolicy): Check {
  if (report === null) return verdict('car_report_recent', NOT_FOUND, { maxReportAgeMs: policy.maxReportAgeMs });
  const ageMs = nowMs - report.reportedAtMs;
  const failure = firstFailure(
    !report.online && 'The car is not connected',
    ageMs > policy.maxReportAgeMs && 'The car has not reported recently',
  );
  return verdict('car_report_recent', failure, {
    deviceId: report.deviceId,
    online: report.online,
    reportedAtMs: report.reportedAtMs,
    ageMs,
    // Kept whole: the unlock compares the car's report then with this one (checkCarNotMoved).
    report,
    maxReportAgeMs: policy.maxReportAgeMs,
  });
}

/** The car stands within the customer's distance of where they park (a place the platform checked is served). */
export function checkCarNearAddress(car: CarProfile, report: VehicleReport | null, policy: CarPolicy): Check {
  const { parking } = car;
  if (report === null) return verdict('car_near_address', NOT_FOUND, { maxDistanceMeters: parking.maxDistanceMeters });
  const spot = { lat: parking.lat, lon: parking.lon, accuracyMeters: 0 };
  const { distanceMeters, creditMeters, effective } = creditedDistance(
    spot,
    report.position,
    policy.maxAccuracyCreditMeters,
  );
  const inside = Number.isFinite(effective) && effective <= parking.maxDistanceMeters;
  return verdict(
    'car_near_address',
    inside ? null : `The car is ${formatDistance(distanceMeters)} from where it is usually parked`,
    {
      distanceMeters: round1(distanceMeters),
      creditMeters,
      maxDistanceMeters: parking.maxDistanceMeters,
      position: report.position,
    },
  );
}

/** The car is parked, has been for the minimum time, and its ignition is off. */
export function checkCarParked(report: VehicleReport | null, nowMs: number, policy: CarPolicy): Check {
  if (report === null) return verdict('car_parked', NOT_FOUND, { minParkedMs: policy.minParkedMs });
  const parkedForMs = report.parked && report.parkedSinceMs !== null ? nowMs - report.parkedSinceMs : 0;
  const failure = firstFailure(
    report.ignition !== 'off' && 'The car\u2019s engine is running',
    !report.parked && 'The car is not parked',
    parkedForMs < policy.minParkedMs && 'The car has only just parked',
  );
  return verdict('car_parked', failure, {
    parked: report.parked,
    parkedSinceMs: report.parkedSinceMs,
    parkedForMs,
    minParkedMs: policy.minParkedMs,
    ignition: report.ignition,
  });
}

/** The moving geofence: the courier's phone within a few metres of the car's reported position. */
export function checkCourierAtCar(
  report: VehicleReport | null,
  courier: ReportedPosition | null,
  policy: CarPolicy,
): Check {
  const radiusMeters = policy.courierRadiusMeters;
  if (courier === null) return verdict('courier_at_car', 'Your phone has not shared its location', { radiusMeters });
  if (report === null) return verdict('courier_at_car', NOT_FOUND, { radiusMeters });
  const { distanceMeters, creditMeters, effective } = creditedDistance(
    courier,
    report.position,
    policy.maxAccuracyCreditMeters,
  );
  const inside = Number.isFinite(effective) && effective <= radiusMeters;
  return verdict('courier_at_car', inside ? null : `You are ${formatDistance(distanceMeters)} from the car`, {
    distanceMeters: round1(distanceMeters),
    creditMeters,
    radiusMeters,
    courier,
    car: report.position,
  });
}

/** The parcel fits the boot in some orientation (sides compared sorted) and its value is within the customer's cap. */
export function checkParcelFits(boot: BootSpace, parcel: ParcelSpec | null): Check {
  if (parcel === null) {
    return verdict('parcel_fits', 'The parcel\u2019s size and value were not declared', { boot });
  }
  const sides = (x: { lengthCm: number; widthCm: number; heightCm: number }) =>
    [x.lengthCm, x.widthCm, x.heightCm].sort((a, b) => b - a);
  const p = sides(parcel);
  const b = sides(boot);
  const fits = p.every((side, i) => side <= b[i]!);
  const failure = firstFailure(
    !fits && 'The parcel does not fit the car\u2019s boot',
    parcel.valueCents > boot.maxValueCents && 'The parcel is worth more than the customer allows in the car',
  );
  return verdict('parcel_fits', failure, { parcel, boot });
}

/** The customer allows in-car delivery today (their weekdays, in the home's zone) and has not blocked the car. */
export function checkCarAllowed(car: CarProfile, zone: string, nowMs: number): Check {
  const date = localDate(nowMs, zone);
  const weekday = weekdayOf(date) as IsoWeekday;
  const failure = firstFailure(
    car.blocked && 'The customer has blocked access to the car',
    !car.allowedWeekdays.includes(weekday) && 'The customer does not allow in-car delivery today',
  );
  return verdict('customer_allows', failure, {
    carId: car.id,
    blocked: car.blocked,
    date,
    weekday,
    allowedWeekdays: car.allowedWeekdays,
    zone,
  });
}

/**
 * The car did not move between the arrival's checks and now: still parked since the same moment, its fix within
 * the drift allowance of the one the arrival saw. Checked at the unlock, so a car driven away (or driven off and
 * parked again) opens nothing.
 */
export function checkCarNotMoved(atArrival: VehicleReport | null, now: VehicleReport | null, policy: CarPolicy): Check {
  if (atArrival === null || now === null) {
    return verdict('car_not_moved', NOT_FOUND, { maxDriftMeters: policy.maxDriftMeters });
  }
  const { distanceMeters, creditMeters, effective } = creditedDistance(
    atArrival.position,
    now.position,
    policy.maxAccuracyCreditMeters,
  );
  const failure = firstFailure(
    (!now.parked || now.ignition !== 'off') && 'The car is moving',
    now.parkedSinceMs !== atArrival.parkedSinceMs && 'The car was moved since the courier arrived',
    !(effective <= policy.maxDriftMeters) && 'The car was moved since the courier arrived',
  );
  return verdict('car_not_moved', failure, {
    distanceMeters: round1(distanceMeters),
    creditMeters,
    maxDriftMeters: policy.maxDriftMeters,
    parkedSinceAtArrivalMs: atArrival.parkedSinceMs,
    parkedSinceMs: now.parkedSinceMs,
    parked: now.parked,
    ignition: now.ignition,
  });
}

/** The car's own checks at `nowMs`, in a fixed order, none skipped because an earlier one failed. */
export function evaluateCarChecks(input: CarCheckInput, nowMs: number): Check[] {
  const policy = input.policy ?? DEFAULT_CAR_POLICY;
  const { car, report } = input;
  return [
    checkCarAllowed(car, input.zone, nowMs),
    checkCarReportRecent(report, nowMs, policy),
    checkCarNearAddress(car, report, policy),
    checkCarParked(report, nowMs, policy),
    checkCourierAtCar(report, input.courier, policy),
    checkParcelFits(car.boot, input.parcel),
  ];
}

/** The car checks again at the unlock, plus that the car did not move since the arrival's report. */
export function evaluateCarUnlockChecks(input: CarCheckInput, atArrival: VehicleReport | null, nowMs: number): Check[] {
  const policy = input.policy ?? DEFAULT_CAR_POLICY;
  return [...evaluateCarChecks(input, nowMs), checkCarNotMoved(atArrival, input.report, policy)];
}

/** The names a car unlock needs, each present and passed: a check that was not run counts as failed. */
export const CAR_UNLOCK_CHECKS = [
  'customer_allows',
  'car_report_recent',
  'car_near_address',
  'car_parked',
  'courier_at_car',
  'parcel_fits',
  'car_not_moved',
] as const;

/** Whether the boot may be unlocked on these checks. */
export function carUnlockAllowed(checks: readonly Check[]): boolean {
  return CAR_UNLOCK_CHECKS.every((name) => checks.some((c) => c.name === name)) && checks.every((c) => c.passed);
}

/** What the boot reports secured: closed and locked. Only this ends a car visit's passage. */
export function bootSecured(report: Pick<VehicleReport, 'boot' | 'locked'>): boolean {
  return report.boot === 'closed' && report.locked;
}
