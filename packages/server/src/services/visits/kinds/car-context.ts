import {
  type CarVisitInput,
  type Check,
  type CheckInput,
  type DeviceHealth,
  evaluateCarArrival,
  type ParcelSpec,
  type VehicleReport,
  verdict,
} from '@threshold/core';
import type { DeviceHealth as StoredHealth } from '../../../gateway/health.js';
import { type CarRow, findCarAt, findParcel } from '../../../store/cars-repo.js';
import type { Device } from '../../../store/schema.js';
import { carProfileOf, vehicleOf, vehicleReportOf } from '../../cars.js';
import type { VisitDeps } from '../deps.js';

// What a car visit's checks read from the store (docs/car-boot.md "Checks"): the car, its paired vehicle and its
// last report, and the parcel the carrier declared.

export interface CarParts {
  car: CarRow;
  vehicle: Device | null;
  report: VehicleReport | null;
  parcel: ParcelSpec | null;
}

function vehicleHealth(device: Device | null): DeviceHealth | null {
  if (device === null) return null;
  const h = JSON.parse(device.health) as StoredHealth;
  return {
    deviceId: device.id,
    accessPointId: device.access_point_id,
    online: device.online === 1,
    battery: h.battery ?? 0,
    clockSkewMs: h.clockSkewMs ?? 0,
  };
}

export async function loadCarParts(deps: VisitDeps, accessPointId: string, deliveryId: string | null) {
  const car = await findCarAt(deps.db, accessPointId);
  if (!car) return null;
  const vehicle = await vehicleOf(deps, car);
  const parcelRow = deliveryId === null ? undefined : await findParcel(deps.db, deliveryId);
  const parcel = parcelRow
    ? {
        lengthCm: parcelRow.length_cm,
        widthCm: parcelRow.width_cm,
        heightCm: parcelRow.height_cm,
        valueCents: parcelRow.value_cents,
      }
    : null;
  return { car, vehicle, report: vehicleReportOf(vehicle), parcel } satisfies CarParts;
}

export function carVisitInput<T extends Pick<CheckInput, 'accessPoint'>>(base: T, parts: CarParts) {
  return {
    ...base,
    vehicle: vehicleHealth(parts.vehicle),
    car: { car: carProfileOf(parts.car), report: parts.report, parcel: parts.parcel },
  } satisfies Pick<CarVisitInput, 'vehicle' | 'car'>;
}

/** The arrival's checks at a car-boot access point; a car removed since the booking fails them by name. */
export async function carArrivalChecks(deps: VisitDeps, base: CheckInput, deliveryId: string): Promise<Check[]> {
  const parts = await loadCarParts(deps, base.accessPoint.id, deliveryId);
  if (parts === null) return [verdict('car_report_recent', 'The customer has no car registered any more', {})];
  return evaluateCarArrival(carVisitInput(base, parts), deps.clock.now());
}
