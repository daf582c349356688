import { registerCar } from '../services/cars.js';
import type { ServiceDeps } from '../services/deps.js';
import { findHome } from '../store/homes-repo.js';
import type { DemoWorld } from './demo-accounts.js';

// The demo home's car (docs/car-boot.md): registered by the customer, parked in the street a few tens of metres from
// the door, open to in-car delivery every day, with an emulated connected vehicle paired to it, so
// `npm run demo -- delivery --method car` works out of the box.

/** Where the demo car is parked: across the street from the demo home. */
export const DEMO_CAR_PARKING = { lat: 51.539_15, lon: -0.088_05 };

/** Adds the car to a demo world that has none yet (older data folders too). */
export async function seedDemoCar(deps: ServiceDeps, world: DemoWorld): Promise<DemoWorld> {
  if (world.carAccessPointId) return world;
  const home = await findHome(deps.db, world.homeId);
  if (!home) throw new Error('the demo home is missing');
  const car = await registerCar(deps, home, {
    make: 'Volvo V70',
    colour: 'Red',
    plate: 'LD19 TRS',
    allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
    parking: { ...DEMO_CAR_PARKING, maxDistanceM: 60 },
  });
  if (!car.ok) throw new Error(`could not register the demo car: ${car.error.detail}`);
  return { ...world, carAccessPointId: car.value.access_point_id };
}
