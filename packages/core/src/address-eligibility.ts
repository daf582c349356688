import { type BootSpace, checkParcelFits, type IsoWeekday, type ParcelSpec } from './car-checks.js';
import type { CheckPolicy } from './check-input.js';
import type { LatLon } from './geofence.js';
import { type CompartmentSize, fittingSizes } from './kinds/locker.js';
import { checkDeliveryWindow, type DeliveryWindow } from './schedule.js';
import { type ServedArea, servedMethodsAt } from './served-area.js';
import { localDate, weekdayOf } from './zone-time.js';

// Eligibility for an address and a window, every method at once (docs/eligibility.md): what a carrier may offer
// there, and for each method it may not, the reasons as stable codes. Pure: the service gathers what is known (the
// home the carrier may see, if any, its doors and devices, the customer's preferences, the car, the building, the
// lockers with room near the address, the carrier's served areas) and this decides.

export const ELIGIBILITY_METHODS = [
  'in_home',
  'in_garage',
  'in_car',
  'lobby',
  'package_room',
  'locker',
  'doorstep',
] as const;
export type EligibilityMethod = (typeof ELIGIBILITY_METHODS)[number];

/** Every reason code the answer can carry; a code is never renamed (carriers branch on them). */
export const ELIGIBILITY_REASONS = [
  'window_invalid',
  'not_served',
  'outside_postal_area',
  'not_a_customer',
  'no_access_point',
  'customer_disallows',
  'customer_day_off',
  'lock_not_paired',
  'lock_offline',
  'lock_unhealthy',
  'camera_not_paired',
  'camera_offline',
  'camera_unhealthy',
  'opener_not_paired',
  'opener_offline',
  'opener_unhealthy',
  'no_car',
  'vehicle_not_paired',
  'car_blocked',
  'car_day_not_allowed',
  'parcel_does_not_fit',
  'not_in_building',
  'no_usable_entrance',
  'no_package_room',
  'no_locker_nearby',
  'no_locker_room',
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface DeviceState {
  readonly online: boolean;
  readonly battery: number;
  readonly clockSkewMs: number;
  /** A jammed bolt, an obstructed garage door: the device reports it cannot do its job. */
  readonly fault: boolean;
}

export type DoorRole = 'lock' | 'camera' | 'opener';

export interface AccessPointState {
  readonly id: string;
  readonly kind: 'door' | 'garage';
  /** Only a garage may go without a camera, and only when the customer chose so. */
  readonly cameraRequired: boolean;
  /** The devices paired to this access point, by role. */
  readonly devices: Partial<Record<DoorRole, DeviceState>>;
}

export interface CarState {
  readonly blocked: boolean;
  readonly allowedWeekdays: readonly IsoWeekday[];
  readonly vehiclePaired: boolean;
  readonly boot: BootSpace;
}

/** A building's answer for the home (services/eligibility/buildings.ts): available, or why not, as codes. */
export interface BuildingAnswer {
  readonly lobby: readonly string[];
  readonly packageRoom: readonly string[];
  /** The entrance a `lobby` / `package_room` delivery would use now (the first usable of its kind), if any. */
  readonly lobbyId?: string | null;
  readonly packageRoomId?: string | null;
}

/** The home the asking carrier may see (an enrolled customer's), with what the customer set up. */
export interface KnownHome {
  readonly zone: string;
  /** The carrier's postal-prefix areas (docs/decisions.md "Served area and membership") pass for this home. */
  readonly inPostalArea: boolean;
  readonly accessPoints: readonly AccessPointState[];
  readonly inHomeAccessPointIds: readonly string[];
  readonly daysOff: readonly string[];
  readonly car: CarState | null;
  readonly building: BuildingAnswer;
}

export interface AddressEligibilityInput {
  readonly point: LatLon;
  readonly window: DeliveryWindow;
  /** The asking carrier's served areas around the point (at least those whose bounds hold it). */
  readonly areas: readonly ServedArea[];
  /** Whether the carrier drew any area at all; a carrier that drew none serves everywhere. */
  readonly areasDrawn: boolean;
  /** Null for an address that is no home the carrier may see: a stranger's and an unknown one read the same. */
  readonly home: KnownHome | null;
  /** Free compartments by size at the locker sites near the address; empty when there is no site near. */
  readonly lockerRoom: readonly Partial<Record<CompartmentSize, number>>[];
  /** The parcel's size class for a locker (the smallest when not said). */
  readonly lockerSize: CompartmentSize;
  readonly parcel: ParcelSpec | null;
  readonly policy: Pick<CheckPolicy, 'batteryFloorPercent' | 'maxClockSkewMs'>;
}

export interface MethodAnswer {
  readonly method: EligibilityMethod;
  readonly available: boolean;
  readonly reasons: readonly string[];
  /** The access point it would use (in_home, in_garage: the first that qualifies, else the first one), or null. */
  readonly accessPointId: string | null;
}

function deviceReasons(role: DoorRole, d: DeviceState | undefined, policy: AddressEligibilityInput['policy']) {
  if (d === undefined) return [`${role}_not_paired`];
  if (!d.online) return [`${role}_offline`];
  const unhealthy =
    d.fault || d.battery <= policy.batteryFloorPercent || Math.abs(d.clockSkewMs) > policy.maxClockSkewMs;
  return unhealthy ? [`${role}_unhealthy`] : [];
}

function rolesOf(ap: AccessPointState): DoorRole[] {
  if (ap.kind === 'door') return ['lock', 'camera'];
  return ap.cameraRequired ? ['opener', 'camera'] : ['opener'];
}

/** Local dates and weekdays a valid window touches in the zone (its first and its last instant's dates). */
function windowDays(window: DeliveryWindow, zone: string): { dates: string[]; weekdays: IsoWeekday[] } {
  const { startMs, endMs } = checkDeliveryWindow(window, 0);
  const dates = [...new Set([localDate(startMs, zone), localDate(endMs - 1, zone)])];
  return { dates, weekdays: dates.map((d) => weekdayOf(d) as IsoWeekday) };
}

function accessPointReasons(ap: AccessPointState, home: KnownHome, input: AddressEligibilityInput): string[] {
  const reasons: string[] = [];
  if (!home.inHomeAccessPointIds.includes(ap.id)) reasons.push('customer_disallows');
  for (const role of rolesOf(ap)) reasons.push(...deviceReasons(role, ap.devices[role], input.policy));
  return reasons;
}

function byAccessPoint(method: 'in_home' | 'in_garage', home: KnownHome, input: AddressEligibilityInput) {
  const kind = method === 'in_home' ? 'door' : 'garage';
  const judged = home.accessPoints
    .filter((ap) => ap.kind === kind)
    .map((ap) => ({ id: ap.id, reasons: accessPointReasons(ap, home, input) }));
  const best = judged.find((j) => j.reasons.length === 0) ?? judged[0];
  return best ?? { id: null, reasons: ['no_access_point'] };
}

function carReasons(home: KnownHome, input: AddressEligibilityInput, weekdays: readonly IsoWeekday[]): string[] {
  const car = home.car;
  if (car === null) return ['no_car'];
  const reasons: string[] = [];
  if (!car.vehiclePaired) reasons.push('vehicle_not_paired');
  if (car.blocked) reasons.push('car_blocked');
  if (weekdays.some((d) => !car.allowedWeekdays.includes(d))) reasons.push('car_day_not_allowed');
  if (input.parcel !== null && !checkParcelFits(car.boot, input.parcel).passed) reasons.push('parcel_does_not_fit');
  return reasons;
}

function lockerReasons(input: AddressEligibilityInput): string[] {
  if (input.lockerRoom.length === 0) return ['no_locker_nearby'];
  const fitting = fittingSizes(input.lockerSize);
  const room = input.lockerRoom.some((site) => fitting.some((s) => (site[s] ?? 0) > 0));
  return room ? [] : ['no_locker_room'];
}

/** What the home itself says about each home-bound method (before area and window). */
function homeReasons(input: AddressEligibilityInput, valid: boolean) {
  const home = input.home;
  if (home === null) {
    const none = { id: null, reasons: ['not_a_customer'] };
    return { in_home: none, in_garage: none, in_car: none, lobby: none, package_room: none };
  }
  const days = valid ? windowDays(input.window, home.zone) : { dates: [], weekdays: [] };
  const dayOff = days.dates.some((d) => home.daysOff.includes(d)) ? ['customer_day_off'] : [];
  const withDayOff = (a: { id: string | null; reasons: string[] }) => ({ ...a, reasons: [...dayOff, ...a.reasons] });
  return {
    in_home: withDayOff(byAccessPoint('in_home', home, input)),
    in_garage: withDayOff(byAccessPoint('in_garage', home, input)),
    in_car: { id: null, reasons: carReasons(home, input, days.weekdays) },
    lobby: { id: home.building.lobbyId ?? null, reasons: [...home.building.lobby] },
    package_room: { id: home.building.packageRoomId ?? null, reasons: [...home.building.packageRoom] },
  };
}

/**
 * Every method, in the fixed order of ELIGIBILITY_METHODS. Reasons come in a fixed order too: the window, the
 * served area, then the method's own. A method is available exactly when it has no reason.
 */
export function addressEligibility(input: AddressEligibilityInput): MethodAnswer[] {
  const valid = checkDeliveryWindow(input.window, 0).position !== 'invalid';
  const served = servedMethodsAt(input.point, input.areas, input.areasDrawn);
  const own = homeReasons(input, valid);
  const postal = input.home !== null && !input.home.inPostalArea ? ['outside_postal_area'] : [];
  const byMethod: Record<EligibilityMethod, { id: string | null; reasons: string[] }> = {
    ...own,
    locker: { id: null, reasons: lockerReasons(input) },
    doorstep: { id: null, reasons: [] },
  };
  return ELIGIBILITY_METHODS.map((method) => {
    const area = served === 'everywhere' || served.has(method) ? [] : ['not_served'];
    const reasons = [...(valid ? [] : ['window_invalid']), ...area, ...postal, ...byMethod[method].reasons];
    return { method, available: reasons.length === 0, reasons, accessPointId: byMethod[method].id };
  });
}
