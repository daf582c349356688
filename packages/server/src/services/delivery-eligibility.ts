import { accessKindOf, type EligibilityInput, type MethodEligibility, methodEligibility } from '@threshold/core';
import type { Principal } from '../policy.js';
import { listAccessPoints } from '../store/access-points-repo.js';
import { findCarOfHome, findParcel } from '../store/cars-repo.js';
import type { Db } from '../store/db.js';
import { findHome } from '../store/homes-repo.js';
import { inCarReasons } from './cars-eligibility.js';
import { deliveryFor } from './deliveries-access.js';
import { loadDoorContext, servedAreaOf } from './deliveries-context.js';
import { fail, type Outcome } from './failure.js';

// A delivery's eligibility method by method (docs/access-points.md "Eligibility"): every way in for its address and
// window, judged now from the home's access points, their devices, the customer's preferences and the car.

async function accessPointInputs(
  db: Db,
  d: { home_id: string; organisation_id: string },
  window: EligibilityInput['window'],
) {
  const inputs: EligibilityInput[] = [];
  for (const ap of await listAccessPoints(db, d.home_id)) {
    if (accessKindOf(ap.kind) === 'car') continue; // the car has its own answer
    const ctx = await loadDoorContext(db, d.home_id, ap.id, d.organisation_id);
    if (!ctx) continue;
    const { home, accessPoint, servedArea, lock, camera, opener } = ctx;
    const preferences = { ...ctx.preferences, pets: ctx.preferences.pets.status };
    inputs.push({ home, accessPoint, preferences, servedArea, lock, camera, opener, window });
  }
  return inputs;
}

export async function deliveryEligibility(
  db: Db,
  principal: Principal,
  deliveryId: string,
): Promise<Outcome<MethodEligibility[]>> {
  const found = await deliveryFor(db, principal, deliveryId, 'read');
  if (!found.ok) return found;
  const d = found.value;
  const home = await findHome(db, d.home_id);
  if (!home) return fail('not-found', 'No such delivery');
  const window = { start: d.window_start, end: d.window_end };
  const car = await findCarOfHome(db, home.id);
  const parcel = await findParcel(db, d.id);
  const carAnswer = car
    ? {
        accessPointId: car.access_point_id,
        reasons: await inCarReasons(db, home, {
          window,
          parcel: parcel
            ? {
                lengthCm: parcel.length_cm,
                widthCm: parcel.width_cm,
                heightCm: parcel.height_cm,
                valueCents: parcel.value_cents,
              }
            : null,
          servedArea: await servedAreaOf(db, home, d.organisation_id),
        }),
      }
    : null;
  return {
    ok: true,
    value: methodEligibility({ accessPoints: await accessPointInputs(db, d, window), car: carAnswer }),
  };
}
