import { carEligibilityReasons, type DeliveryWindow, type ParcelSpec } from '@threshold/core';
import { findCarOfHome } from '../store/cars-repo.js';
import type { Db } from '../store/db.js';
import type { Home } from '../store/schema.js';
import { carProfileOf, vehicleOf } from './cars.js';

// The car's answer in a delivery's eligibility (docs/car-boot.md "Eligibility"): why in-car is not offered.

export async function inCarReasons(
  db: Db,
  home: Home,
  o: { window: DeliveryWindow; parcel: ParcelSpec | null; servedArea: { served: boolean; reason: string | null } },
): Promise<string[]> {
  const car = await findCarOfHome(db, home.id);
  return carEligibilityReasons({
    car: car ? carProfileOf(car) : null,
    vehiclePaired: car ? (await vehicleOf({ db }, car)) !== null : false,
    parcel: o.parcel,
    window: o.window,
    zone: home.time_zone,
    servedArea: o.servedArea,
  });
}

/**
 * The car's entry of a delivery's method-by-method eligibility (core method-eligibility.ts `car`): its access point
 * and why in-car is not offered, or null when the home has no car.
 */
export async function carMethodInput(
  db: Db,
  home: Home,
  o: { window: DeliveryWindow; parcel: ParcelSpec | null; servedArea: { served: boolean; reason: string | null } },
): Promise<{ accessPointId: string; reasons: string[] } | null> {
  const car = await findCarOfHome(db, home.id);
  if (!car) return null;
  return { accessPointId: car.access_point_id, reasons: await inCarReasons(db, home, o) };
}
