import { type CarProfile, haversineMeters, type IsoWeekday, type VehicleReport } from '@threshold/core';
import type { DeviceHealth } from '../gateway/health.js';
import { isoAt } from '../ports.js';
import { deleteAccessPoint, insertAccessPoint } from '../store/access-points-repo.js';
import { type CarRow, deleteCar, findCarOfHome, insertCar, updateCar } from '../store/cars-repo.js';
import { type Db, withTransaction } from '../store/db.js';
import { appendLedger } from '../store/ledger-repo.js';
import type { Device, Home } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { listDevicesOfHome } from './devices-repo.js';
import { fail, type Outcome } from './failure.js';

// The customer's car (docs/car-boot.md "Registering a car"): one per home, reached through a `car_boot` access point
// made with it, to which the connected vehicle is paired like any device.

/** "Where I park" may be this far from the home at most: the home's address is what the served area judges. */
export const MAX_PARKING_FROM_HOME_M = 500;

export const BOOT_DEFAULTS = { lengthCm: 90, widthCm: 90, heightCm: 45, maxValueCents: 50_000 } as const;

export interface CarFields {
  make: string;
  colour: string;
  plate: string;
  photo?: string | null | undefined;
  /** ISO weekdays 1–7 (the route schema bounds them). */
  allowedWeekdays: number[];
  parking: { lat: number; lon: number; maxDistanceM: number };
  boot?: { lengthCm: number; widthCm: number; heightCm: number } | undefined;
  maxValueCents?: number | undefined;
  blocked?: boolean | undefined;
}

function parkingProblem(home: Home, parking: CarFields['parking']): Outcome<void> {
  const meters = haversineMeters(home, parking);
  if (meters <= MAX_PARKING_FROM_HOME_M) return { ok: true, value: undefined };
  return fail('validation', `Where you park must be within ${MAX_PARKING_FROM_HOME_M} m of the home`, {
    field: 'body.parking',
  });
}

/**
 * The customer's consent to in-car delivery is a fact of the home (docs/car-boot.md "Ledger"): registering, each
 * change (the names of what changed, and the block), removing. Never the plate or the photo: the ledger outlives them.
 */
function carFact(tx: Db, at: string, car: Pick<CarRow, 'id' | 'home_id'>, kind: string, data: Record<string, unknown>) {
  return appendLedger(tx, { homeId: car.home_id, subject: car.id, kind, at, data: { carId: car.id, ...data } });
}

function columnsOf(f: Partial<CarFields>) {
  const entries = {
    make: f.make?.trim(),
    colour: f.colour?.trim(),
    plate: f.plate?.trim().toUpperCase(),
    photo: f.photo,
    allowed_weekdays: f.allowedWeekdays && JSON.stringify([...new Set(f.allowedWeekdays)].sort()),
    parking_lat: f.parking?.lat,
    parking_lon: f.parking?.lon,
    parking_max_m: f.parking?.maxDistanceM,
    boot_length_cm: f.boot?.lengthCm,
    boot_width_cm: f.boot?.widthCm,
    boot_height_cm: f.boot?.heightCm,
    max_value_cents: f.maxValueCents,
    blocked: f.blocked === undefined ? undefined : f.blocked ? 1 : 0,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

export async function registerCar(deps: ServiceDeps, home: Home, fields: CarFields): Promise<Outcome<CarRow>> {
  if (await findCarOfHome(deps.db, home.id)) {
    return fail('conflict', 'This home already has a car; change it or remove it first', { reason: 'car_exists' });
  }
  const parking = parkingProblem(home, fields.parking);
  if (!parking.ok) return parking;
  const at = isoAt(deps.clock.now());
  const accessPointId = deps.ids.id('ap');
  const boot = fields.boot ?? BOOT_DEFAULTS;
  const row: CarRow = {
    id: deps.ids.id('car'),
    home_id: home.id,
    access_point_id: accessPointId,
    make: '',
    colour: '',
    plate: '',
    photo: null,
    allowed_weekdays: '[]',
    blocked: 0,
    parking_lat: 0,
    parking_lon: 0,
    parking_max_m: 0,
    boot_length_cm: boot.lengthCm,
    boot_width_cm: boot.widthCm,
    boot_height_cm: boot.heightCm,
    max_value_cents: fields.maxValueCents ?? BOOT_DEFAULTS.maxValueCents,
    created_at: at,
    updated_at: at,
    ...columnsOf(fields),
  };
  await withTransaction(deps.db, async (tx) => {
    const name = `${row.colour} ${row.make}`.slice(0, 100);
    await insertAccessPoint(tx, { id: accessPointId, home_id: home.id, kind: 'car_boot', name, created_at: at });
    await insertCar(tx, row);
    const { allowed_weekdays, blocked } = row;
    await carFact(tx, at, row, 'car.registered', {
      accessPointId,
      allowedWeekdays: JSON.parse(allowed_weekdays),
      blocked: blocked === 1,
    });
  });
  return { ok: true, value: row };
}

/** A change to the car; `blocked: true` takes effect for every visit whose boot is not yet unlocked. */
export async function changeCar(deps: ServiceDeps, home: Home, changes: Partial<CarFields>): Promise<Outcome<CarRow>> {
  const car = await findCarOfHome(deps.db, home.id);
  if (!car) return fail('not-found', 'This home has no car');
  if (changes.parking) {
    const parking = parkingProblem(home, changes.parking);
    if (!parking.ok) return parking;
  }
  const at = isoAt(deps.clock.now());
  const columns = { ...columnsOf(changes), updated_at: at };
  await withTransaction(deps.db, async (tx) => {
    await updateCar(tx, car.id, columns);
    const changed = Object.keys(changes);
    const blocked = changes.blocked === undefined ? {} : { blocked: changes.blocked };
    await carFact(tx, at, car, 'car.changed', { changed, ...blocked });
  });
  return { ok: true, value: { ...car, ...columns } as CarRow };
}

/** Removing the car removes its access point; a vehicle still paired to it must be unpaired first. */
export async function removeCar(deps: ServiceDeps, home: Home): Promise<Outcome<void>> {
  const car = await findCarOfHome(deps.db, home.id);
  if (!car) return fail('not-found', 'This home has no car');
  if ((await vehicleOf(deps, car)) !== null) {
    return fail('conflict', 'A connected vehicle is still paired to this car; unpair it first');
  }
  await withTransaction(deps.db, async (tx) => {
    await deleteCar(tx, car.id);
    await carFact(tx, isoAt(deps.clock.now()), car, 'car.removed', {});
    await deleteAccessPoint(tx, home.id, car.access_point_id);
  });
  return { ok: true, value: undefined };
}

export function carLabel(car: CarRow): string {
  return `${car.colour} ${car.make}, ${car.plate}`;
}

export function carProfileOf(car: CarRow): CarProfile {
  return {
    id: car.id,
    label: carLabel(car),
    parking: { lat: car.parking_lat, lon: car.parking_lon, maxDistanceMeters: car.parking_max_m },
    allowedWeekdays: JSON.parse(car.allowed_weekdays) as IsoWeekday[],
    blocked: car.blocked === 1,
    boot: {
      lengthCm: car.boot_length_cm,
      widthCm: car.boot_width_cm,
      heightCm: car.boot_height_cm,
      maxValueCents: car.max_value_cents,
    },
  };
}

/** The vehicle paired to the car's access point, if any. */
export async function vehicleOf(deps: Pick<ServiceDeps, 'db'>, car: CarRow): Promise<Device | null> {
  const devices = await listDevicesOfHome(deps.db, car.home_id);
  return devices.find((d) => d.kind === 'vehicle' && d.access_point_id === car.access_point_id) ?? null;
}

/**
 * The vehicle's last report as the checks read it. `parkedSince` stays in the car's own clock, exactly as signed, so
 * two reports of one parking compare equal; the vehicle's clock is held within 30 s of the platform's by the
 * `devices_ready` check, which bounds what a skewed clock can add to "parked for" (docs/car-boot.md "Time").
 */
export function vehicleReportOf(device: Device | null): VehicleReport | null {
  if (device === null) return null;
  const h = JSON.parse(device.health) as DeviceHealth;
  if (h.position === undefined || h.reportedAt === undefined) return null;
  return {
    deviceId: device.id,
    online: device.online === 1,
    position: { lat: h.position.lat, lon: h.position.lon, accuracyMeters: h.position.accuracyM },
    reportedAtMs: h.reportedAt,
    parked: h.parked === true,
    parkedSinceMs: h.parkedSince ?? null,
    ignition: h.ignition ?? 'on',
    boot: h.boot ?? 'closed',
    locked: h.bootLocked ?? false,
  };
}
